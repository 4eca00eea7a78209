import { describe, expect, it } from "vitest";
import { countWords, excerpt, splitSentences, titleCaseWords, truncateAtWord } from "../../../src/pipeline/extract/text.ts";

describe("splitSentences", () => {
  it("does not split at abbreviations, initials or 'U.S.'", () => {
    expect(splitSentences("said Communications Dir. Michael Hernandez. “We worked with them.” The U.S. House voted. J. Smith agreed.")).toEqual([
      "said Communications Dir. Michael Hernandez.",
      "“We worked with them.”",
      "The U.S. House voted.",
      "J. Smith agreed.",
    ]);
  });
});

describe("truncateAtWord", () => {
  it("leaves short text alone and cuts long text at a word, without a dangling 'the'", () => {
    expect(truncateAtWord("short", 10)).toEqual({ text: "short", truncated: false });
    expect(truncateAtWord("one two three the four", 18)).toEqual({ text: "one two three", truncated: true });
  });
});

describe("helpers", () => {
  it("counts words with apostrophes and hyphens as one", () => {
    expect(countWords("Miami-Dade's mayor didn't 3 go.")).toBe(5);
  });
  it("title-cases upper-case place names", () => {
    expect(titleCaseWords("ST. PETERSBURG")).toBe("St. Petersburg");
    expect(titleCaseWords("NEW YORK")).toBe("New York");
  });
  it("quotes an excerpt around a match with ellipses", () => {
    const text = "word ".repeat(60) + "TARGET " + "word ".repeat(60);
    const e = excerpt(text, text.indexOf("TARGET"), text.indexOf("TARGET") + 6, 40);
    expect(e).toContain("TARGET");
    expect(e.startsWith("…") && e.endsWith("…")).toBe(true);
  });
});
