import { describe, expect, it } from "vitest";
import { bylinePeople, storyPeople } from "../../src/eleventy/people.ts";

describe("bylinePeople", () => {
  it("splits several writers and drops affiliations after a comma", () => {
    expect(bylinePeople("Ella Kim and Jordan Reyes, Staff Writers")).toEqual(["Ella Kim", "Jordan Reyes"]);
    expect(bylinePeople("Tom Reyes, Associated Press")).toEqual(["Tom Reyes"]);
    expect(bylinePeople("Whitney Soto & Abe Lindqvist")).toEqual(["Whitney Soto", "Abe Lindqvist"]);
  });

  it("writes an all-capitals name the usual way", () => {
    expect(bylinePeople("JOHN R. DALEY")).toEqual(["John R. Daley"]);
    expect(bylinePeople("Caroline Ashby-Grant")).toEqual(["Caroline Ashby-Grant"]);
  });

  it("names no one for desks, roles and organisations", () => {
    for (const byline of ["Staff Report", "KOLD News 13 Staff", "Our Correspondent", "Senior Editor", "Office of University Communications", "SAMUEL PRYOR Associated Press"]) {
      expect(bylinePeople(byline), byline).toEqual([]);
    }
    expect(bylinePeople(null)).toEqual([]);
  });
});

describe("storyPeople", () => {
  it("joins the record's people (once entity extraction fills them) with the byline's, each once", () => {
    expect(storyPeople({ people: ["Jane Roe", "Jeff Sessions"], byline: "Jane Roe" })).toEqual(["Jane Roe", "Jeff Sessions"]);
  });
});
