import { describe, expect, it } from "vitest";
import { findNames, findTerms } from "../../../src/pipeline/enrich/features.ts";

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
