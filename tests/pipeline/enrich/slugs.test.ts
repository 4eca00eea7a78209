import { describe, expect, it } from "vitest";
import { isSafeSlug, SLUG_MAX_LENGTH, slugify } from "../../../src/pipeline/enrich/slugs.ts";

describe("slugify", () => {
  it("makes lowercase ASCII slugs, dropping apostrophes and accents", () => {
    expect(slugify("Attorney General Jeff Sessions Tells Citizens of ‘Sanctuary Cities’")).toBe("attorney-general-jeff-sessions-tells-citizens-of-sanctuary-cities");
    expect(slugify("Gimenez’s São Paulo trip: café & más")).toBe("gimenezs-sao-paulo-trip-cafe-mas");
  });

  it("cuts long slugs at a hyphen", () => {
    const slug = slugify("word ".repeat(40));
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug.endsWith("word")).toBe(true);
  });
});

describe("isSafeSlug", () => {
  it("rejects path tricks", () => {
    for (const bad of ["../etc", "a/b", "C:\\x", "c:", "UPPER", "", "a--b"]) expect(isSafeSlug(bad)).toBe(false);
    expect(isSafeSlug("my-story-2")).toBe(true);
  });
});
