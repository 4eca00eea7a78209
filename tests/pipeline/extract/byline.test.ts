import { describe, expect, it } from "vitest";
import { readByline } from "../../../src/pipeline/extract/byline.ts";

describe("readByline", () => {
  it.each([
    ["By KOLD News 13 Staff | March 18, 2020 at 6:29 AM MST", "KOLD News 13 Staff"],
    ["By Jane Roe and John Doe", "Jane Roe and John Doe"],
    ["BY MARIA LÓPEZ, Associated Press", "MARIA LÓPEZ, Associated Press"],
    ["By Jane Roe, Updated March 3, 2021", "Jane Roe"],
    ["POR ANA MARÍA LORENZO", "ANA MARÍA LORENZO"],
    ["Par Claire Dubois", "Claire Dubois"],
  ])("%s", (line, name) => {
    expect(readByline(line)).toBe(name);
  });

  it("does not read sentences that start with 'by'", () => {
    expect(readByline("by the end of the year, the county will pay")).toBeNull();
    expect(readByline("Byrne JAG grants were cut")).toBeNull();
  });
});

describe("bylines that are not", () => {
  it("rejects a headline that starts with 'By The Numbers:' and cuts at 'Updated'", () => {
    expect(readByline("By The Numbers: Hurricane Season So Far")).toBeNull();
    expect(readByline("By Jane Doe, CNN Updated 1:03 PM EST, Thu February 6, 2020")).toBe("Jane Doe, CNN");
    expect(readByline("By The Associated Press")).toBe("The Associated Press");
  });
});
