import { describe, expect, it } from "vitest";
import { readDateline } from "../../../src/pipeline/extract/dateline.ts";

describe("readDateline", () => {
  it.each([
    ["MIAMI (CBSMiami) – A number of groups", "Miami", "CBSMiami", "CBS Miami"],
    ["MIAMI — Attorney General Jeff Sessions vowed", "Miami", null, null],
    ["WASHINGTON (AP) — The Senate on Thursday", "Washington", "AP", "Associated Press"],
    ["LOS ANGELES (CBSLA.com/AP) -- Firefighters", "Los Angeles", "CBSLA.com/AP", "CBS Los Angeles"],
    ["TUCSON, Ariz. (KOLD) - Police are", "Tucson, Ariz.", "KOLD", "KOLD News 13"],
    ["ST. PETERSBURG, Fla. — The city", "St. Petersburg, Fla.", null, null],
    ["ORLANDO, Fla. (WKMG) — The council", "Orlando, Fla.", "WKMG", "WKMG News 6"],
    ["TWIN FALLS, Idaho (KQVT) — The council", "Twin Falls, Idaho", "KQVT", "KQVT"],
  ])("%s", (lead, place, code, outlet) => {
    expect(readDateline(lead)).toMatchObject({ place, code, outlet });
  });

  it("keeps a month and day without a year apart, never as a date", () => {
    expect(readDateline("WASHINGTON, Feb 26 (Reuters) - Lawmakers")).toMatchObject({ place: "Washington", monthDay: "Feb 26", outlet: "Reuters" });
  });

  it("does not take an ordinary sentence for a dateline", () => {
    expect(readDateline("A rally is planned in front of County Hall.")).toBeNull();
    expect(readDateline("The AP is one of the largest")).toBeNull();
    expect(readDateline("BREAKING: A fire broke out")).toBeNull();
  });
});

describe("datelines without a place in capitals", () => {
  it("reads a bare outlet code and a title-case place with a code", () => {
    expect(readDateline("(CNN) — When the sirens went off")).toMatchObject({ place: null, code: "CNN", outlet: "CNN" });
    expect(readDateline("Sydney (AAP) - Electricity operators")).toMatchObject({ place: "Sydney", outlet: "Australian Associated Press" });
  });

  it("does not read a politician's party for a dateline", () => {
    expect(readDateline("Cruz (R-Texas) — said the bill")).toBeNull();
  });
});

describe("labels that are not datelines", () => {
  it("does not read CORRECTION: or EDITOR'S NOTE — as a place", () => {
    expect(readDateline("CORRECTION: An earlier version of this story misstated the date.")).toBeNull();
    expect(readDateline("EXCLUSIVE — The mayor said")).toBeNull();
  });
});

describe("wire datelines with a month and day", () => {
  it("reads 'Mumbai, Jan 17 (PTI)'", () => {
    expect(readDateline("Mumbai, Jan 17 (PTI) Suburban trains were hit")).toMatchObject({ place: "Mumbai", outlet: "Press Trust of India" });
  });
});

describe("press releases sent by a wire", () => {
  it("reads the place and the wire from 'CITY, Month D, YYYY /PRNewswire/ --'", () => {
    expect(readDateline("CHICAGO, April 2, 2019 /PRNewswire/ -- Harlow Freight Systems, Inc. today announced")).toMatchObject({ place: "Chicago", code: "PRNewswire", outlet: "PR Newswire" });
  });
});
