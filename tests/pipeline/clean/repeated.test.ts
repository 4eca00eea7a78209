import { describe, expect, it } from "vitest";
import { findRepeatedLines } from "../../../src/pipeline/clean/repeated.ts";

const story = (n: number, extra: string[] = []) => [
  `Headline number ${n} about a different thing`,
  `Paragraph one of story ${n} tells readers something entirely new about topic ${n}.`,
  `Paragraph two of story ${n} adds detail that no other story in the corpus has at all.`,
  ...extra,
];

describe("findRepeatedLines", () => {
  it("finds a line that three unrelated stories carry", () => {
    const slogan = "Download the Channel 9 app for breaking news alerts";
    const repeated = findRepeatedLines([story(1, [slogan]), story(2, [slogan]), story(3, [slogan]), story(4)]);
    expect([...repeated]).toEqual([slogan]);
  });

  it("ignores a line only two stories share", () => {
    const slogan = "Download the Channel 9 app";
    expect(findRepeatedLines([story(1, [slogan]), story(2, [slogan]), story(3)]).size).toBe(0);
  });

  it("never takes the shared text of copies of one story (syndication) for boilerplate", () => {
    const wire = [
      "Wire headline about the storm",
      "The storm made landfall near the coast on Tuesday with winds of 120 miles per hour, officials said.",
      "More than 40,000 homes lost power across three counties as the storm moved inland overnight.",
      "Shelters opened in schools and churches, and the governor asked residents to stay off the roads.",
    ];
    const copies = [0, 1, 2, 3].map((i) => [...wire, `Copy ${i} was saved from outlet number ${i} of the network`]);
    expect(findRepeatedLines(copies).size).toBe(0);
  });
});

describe("lines that repeat but belong to their story", () => {
  it("keeps dates, bylines and sentences, and treats a short brief saved three times as one story", () => {
    const shared = ["March 3, 2020", "By The Associated Press"];
    const files = [1, 2, 3].map((n) => [...story(n), ...shared]);
    expect(findRepeatedLines(files).size).toBe(0);
    const brief = ["Brief headline", "The council met on Monday night and approved the budget by a vote of six to one.", "The mayor said the budget protects the library and adds two police officers."];
    expect(findRepeatedLines([brief, brief, brief]).size).toBe(0);
  });
});
