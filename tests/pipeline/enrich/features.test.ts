import { describe, expect, it } from "vitest";
import { compactFeatures, findNames, findTerms, NAMES, sharedCount, storyFeatures, TERMS } from "../../../src/pipeline/enrich/features.ts";

describe("findNames", () => {
  const names = findNames("Attorney General Jeff Sessions spoke at PortMiami on Wednesday. Sessions praised Miami-Dade.\nThe Department of Justice agreed.");

  it("finds multi-word names, their surnames and hyphenated places", () => {
    expect(names.get("jeff sessions")).toBe(1);
    expect(names.get("sessions")).toBe(2);
    expect(names.has("portmiami")).toBe(true);
    expect(names.has("miami-dade")).toBe(true);
    expect(names.has("department of justice")).toBe(true);
  });

  it("skips weekdays, sentence starters, and never joins across sentences or lines", () => {
    expect(names.has("wednesday")).toBe(false);
    expect(names.has("the")).toBe(false);
    expect([...names.keys()].some((n) => n.includes("portmiami sessions") || n.includes("miami-dade the"))).toBe(false);
  });
});

describe("findTerms", () => {
  it("keeps content words, drops stopwords and plural s", () => {
    const terms = findTerms("The protesters said the cities would lose grants.");
    expect([...terms.keys()].sort()).toEqual(["city", "grant", "lose", "protester"]);
  });
});

describe("compactFeatures", () => {
  const full = storyFeatures("Bridge vote", ["Mayor Ana Ruiz said the bridge toll vote failed. Ruiz will call a second vote on the ferry contract. The ferry crews wait."]);
  const compact = compactFeatures(full);
  const words = (ids: Int32Array, vocabulary: typeof NAMES) => [...ids].map((id) => vocabulary.word(id));

  it("keeps every name and word with its count, as numbers in ascending order", () => {
    expect(new Map(words(compact.names, NAMES).map((n, k) => [n, compact.nameCounts[k]]))).toEqual(full.names);
    expect(new Map(words(compact.terms, TERMS).map((t, k) => [t, compact.termCounts[k]]))).toEqual(full.terms);
    for (const ids of [compact.names, compact.terms, compact.plainTerms, compact.distinctNames]) expect([...ids]).toEqual([...ids].sort((a, b) => a - b));
  });

  it("keeps the lower-case words that are no word of the story's names, and the names that stand for the others", () => {
    expect(words(compact.plainTerms, TERMS)).toContain("ferry");
    expect(words(compact.plainTerms, TERMS)).not.toContain("ruiz");
    expect(words(compact.distinctNames, NAMES)).toEqual(["ana ruiz"]);
  });

  it("gives a word the same number in every story", () => {
    const other = compactFeatures(storyFeatures("Ferry", ["The ferry contract went to Ana Ruiz."]));
    expect(sharedCount(compact.terms, other.terms)).toBeGreaterThanOrEqual(2);
    expect(sharedCount(compact.names, other.names, (id) => NAMES.word(id) === "ana ruiz")).toBe(1);
  });
});
