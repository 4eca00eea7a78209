import { describe, expect, it } from "vitest";
import { GENERATED_HEADLINE_LENGTH, generateHeadline, looksLikeHeadline } from "../../../src/pipeline/extract/headline.ts";

describe("looksLikeHeadline", () => {
  it("accepts title-case and sentence-case headlines", () => {
    expect(looksLikeHeadline("Attorney General Jeff Sessions Tells Citizens of ‘Sanctuary Cities’ to Call Their Mayors, Get Policies Changed", "This is an archived article.")).toBe(true);
    expect(looksLikeHeadline("Fire crews contain brush fire that closed highway near Malibu", "LOS ANGELES (CBSLA.com/AP) -- Firefighters on Sunday contained a brush fire that burned about 200 acres.")).toBe(true);
  });

  it("rejects leads, datelines, bylines and fragments", () => {
    expect(looksLikeHeadline("MIAMI (CBSMiami) – A number of groups are expected to protest.", undefined)).toBe(false);
    expect(looksLikeHeadline("The city's library system will extend its weekend hours at four branches, officials announced.", "x")).toBe(false);
    expect(looksLikeHeadline("By Jane Roe", "long paragraph follows here with many words in it")).toBe(false);
    expect(looksLikeHeadline("Local News", "x")).toBe(false);
  });
});

describe("generateHeadline", () => {
  it("cuts a long lead sentence at a clause when that leaves a readable headline", () => {
    expect(generateHeadline("A number of groups are expected to protest when Attorney General Jeff Sessions stops by Miami to talk about sanctuary cities.")).toBe("A number of groups are expected to protest");
  });

  it("otherwise cuts at a word, near the limit, with an ellipsis", () => {
    const h = generateHeadline("Attorney General Jeff Sessions and Immigrations and Customs Enforcement acting director Thomas Homan went to Miami on Wednesday.");
    expect(h.length).toBeLessThanOrEqual(GENERATED_HEADLINE_LENGTH + 1);
    expect(h.endsWith("…")).toBe(true);
    expect("Attorney General Jeff Sessions and Immigrations and Customs Enforcement acting director Thomas Homan").toContain(h.slice(0, -1));
  });

  it("keeps a short lead sentence whole, without its final period", () => {
    expect(generateHeadline("Crews contained the fire. More follows.")).toBe("Crews contained the fire");
  });

  it("never cuts inside a quotation", () => {
    const h = generateHeadline("Sessions called sanctuary cities “a trafficker, smuggler, or predator’s best friend, and a threat to every community in the nation” on Wednesday.");
    expect(h).toBe("Sessions called sanctuary cities…");
  });
});
