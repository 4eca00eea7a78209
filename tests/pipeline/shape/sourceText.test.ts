import { describe, expect, it } from "vitest";
import { sourceLines, sourceText } from "../../../src/pipeline/shape/sourceText.ts";

describe("sourceText and sourceLines", () => {
  const lines = [
    { n: 1, text: " date 2017-08-16 Follow us", removedBy: ["date-header", "social-follow"] },
    { n: 2, text: "", removedBy: [] },
    { n: 3, text: "MIAMI — The county voted.", removedBy: [] },
    { n: 4, text: "", removedBy: [] },
    { n: 5, text: "Share this story", removedBy: ["share-prompt"] },
    { n: 6, text: "", removedBy: [] },
  ];

  it("keeps the text once and an entry for each removed line only, and gives every line back", () => {
    const kept = sourceText(lines);
    expect(kept.removed).toEqual([
      { n: 1, by: ["date-header", "social-follow"] },
      { n: 5, by: ["share-prompt"] },
    ]);
    expect(sourceLines(kept)).toEqual(lines);
    expect(sourceLines(sourceText([{ n: 1, text: "", removedBy: [] }]))).toEqual([{ n: 1, text: "", removedBy: [] }]);
  });

  it("refuses lines that are not a whole file's", () => {
    expect(() => sourceText([lines[0]!, lines[2]!])).toThrow(/numbered from 1 without a gap/);
  });
});
