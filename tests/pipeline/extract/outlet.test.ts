import { describe, expect, it } from "vitest";
import { outletFromCode, outletFromCopyright, outletFromCredit, outletFromFollowPrompt, outletFromMasthead, outletFromSignatures } from "../../../src/pipeline/extract/outlet.ts";

describe("outletFromCode", () => {
  it("maps known dateline codes, first outlet first", () => {
    expect(outletFromCode("CBSMiami")).toBe("CBS Miami");
    expect(outletFromCode("CBSLA.com/AP")).toBe("CBS Los Angeles");
    expect(outletFromCode("AP")).toBe("Associated Press");
  });

  it("keeps an unknown code as the outlet wrote it", () => {
    expect(outletFromCode("WKMG")).toBe("WKMG");
    expect(outletFromCode("KTXL.com")).toBe("KTXL");
  });
});

describe("outletFromSignatures", () => {
  it("finds an outlet by its signature lines", () => {
    expect(outletFromSignatures(["date 2017-08-16 Follow CBSMIAMI.COM: Facebook | Twitter"])?.name).toBe("CBS Miami");
    expect(outletFromSignatures(["The AP is one of the largest and most trusted sources"])?.name).toBe("Associated Press");
  });

  it("guesses nothing from a mere mention", () => {
    expect(outletFromSignatures(["CNN reported that the memo narrowed the definition.", "Image via AP"])).toBeNull();
  });
});

describe("outletFromCredit", () => {
  it("reads the outlet after the writer in a byline or credit line", () => {
    expect(outletFromCredit("By Fiona McLeod, BBC News")).toBe("BBC News");
    expect(outletFromCredit("Derek Olafson · CBC News · Posted: 2019-11-05 14:32 CT")).toBe("CBC News");
    expect(outletFromCredit("By Tom Reyes, Associated Press | Sept. 22, 2018")).toBe("Associated Press");
  });

  it("does not take a job title or a plain sentence for an outlet", () => {
    expect(outletFromCredit("By Jane Roe, Staff Writer")).toBeNull();
    expect(outletFromCredit("The Daily News reported the story first.")).toBeNull();
  });
});

describe("outletFromCopyright", () => {
  it("takes the holder of a copyright line, but not a corporate owner", () => {
    expect(outletFromCopyright("© 2009 The Lakeshore Courier. All rights reserved.")).toBe("The Lakeshore Courier");
    expect(outletFromCopyright("Copyright 2023 The Associated Press. All rights reserved.")).toBe("Associated Press");
    expect(outletFromCopyright("Copyright 2020 Scripps Media, Inc. All rights reserved.")).toBeNull();
    expect(outletFromCopyright("He said copyright law is outdated.")).toBeNull();
  });
});

describe("credits with a preposition", () => {
  it("reads 'Special to the Times' as the Times", () => {
    expect(outletFromCredit("By Jane Doe, Special to the Tampa Bay Times")).toBe("Tampa Bay Times");
  });
});

describe("outletFromMasthead", () => {
  it("reads known names, capitals and title-case newspaper names, but not section labels", () => {
    expect(outletFromMasthead("ABC News")).toBe("ABC News");
    expect(outletFromMasthead("PEMI VALLEY RECORD")).toBe("Pemi Valley Record");
    expect(outletFromMasthead("The Fairhaven Courier")).toBe("The Fairhaven Courier");
    expect(outletFromMasthead("WKDV News 6")).toBe("WKDV News 6");
    expect(outletFromMasthead("Local News")).toBeNull();
    expect(outletFromMasthead("Council approves budget after late fight")).toBeNull();
  });
});

describe("public bodies and first-line names", () => {
  it("reads an agency's own masthead and a short name at the very top", () => {
    expect(outletFromMasthead("RIVERSIDE TOWNSHIP POLICE DEPARTMENT")).toBe("Riverside Township Police Department");
    expect(outletFromMasthead("City of Marlow Heights, MI")).toBe("City of Marlow Heights");
    expect(outletFromMasthead("The Furrow", { firstLine: true })).toBe("The Furrow");
    expect(outletFromMasthead("The Furrow")).toBeNull();
  });
});

describe("station brands shared by several cities", () => {
  it("never maps CBS4 to one city, and reads a station's follow prompt", () => {
    expect(outletFromCode("CBS4")).toBe("CBS4");
    expect(outletFromSignatures(["Follow CBSDENVER.COM: Facebook | Twitter"])?.name).toBe("CBS Denver");
    expect(outletFromFollowPrompt("Follow FOXPHILLY.COM")).toBe("FOX Philadelphia");
  });

  it("does not take a parent company or a 'by' for the copyright holder's name", () => {
    expect(outletFromCopyright("© 2023 FOX Television Stations")).toBeNull();
    expect(outletFromCopyright("© 2017 by WPLG Local10.com - All rights reserved.")).toBe("WPLG Local10.com");
  });
});
