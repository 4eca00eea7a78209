import { describe, expect, it } from "vitest";
import { citation } from "../../src/eleventy/citation.ts";
import { record } from "../helpers/records.ts";

const SITE = { title: "Test Archive", baseUrl: "https://example.org/archive" };

describe("citation", () => {
  it("cites author, headline, outlet, date, archive address and leaves the access date to the reader", () => {
    expect(citation(record(), SITE)).toBe(
      "Jane Roe. “Council Meets.” Miami Herald, 16 August 2017. Test Archive, https://example.org/archive/stories/2017/08/16/council-meets/. Accessed [date].",
    );
  });

  it("leaves out what is unknown and keeps a headline's own question mark", () => {
    const text = citation(record({ title: "Who Pays?", byline: null, outlet: null, date: null, datePrecision: "unknown" }), SITE);
    expect(text).toBe("“Who Pays?” n.d. Test Archive, https://example.org/archive/stories/2017/08/16/council-meets/. Accessed [date].");
  });

  it("cites a date known only to the month as the month", () => {
    expect(citation(record({ date: "2017-08-01", datePrecision: "month" }), SITE)).toContain("Miami Herald, August 2017.");
  });
});
