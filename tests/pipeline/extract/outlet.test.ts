import { describe, expect, it } from "vitest";
import { knownOutlet, outletFromAddress, outletFromCode, outletFromCopyright, outletFromCredit, outletFromFollowPrompt, outletFromMasthead, outletFromPromo, outletFromSignatures, outletFromStaff } from "../../../src/pipeline/extract/outlet.ts";

describe("outletFromCode", () => {
  it("maps known dateline codes, first outlet first", () => {
    expect(outletFromCode("CBSMiami")).toBe("CBS Miami");
    expect(outletFromCode("CBSLA.com/AP")).toBe("CBS Los Angeles");
    expect(outletFromCode("AP")).toBe("Associated Press");
  });

  it("keeps an unknown code as the outlet wrote it", () => {
    expect(outletFromCode("KQVT")).toBe("KQVT");
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
    // The web address in the holder's name is a known outlet's.
    expect(outletFromCopyright("© 2017 by WPLG Local10.com - All rights reserved.")).toBe("WPLG Local 10");
  });
});

describe("outletFromAddress", () => {
  it("names a known outlet from a page address or a reporter's e-mail, and nothing else", () => {
    expect(outletFromAddress("https://www.washingtonpost.com/local/2019/05/14/some-story/")).toBe("The Washington Post");
    expect(outletFromAddress("Source: https://www.al.com/news/2018/06/ferry.html")).toBe("AL.com");
    expect(outletFromAddress("Reach the reporter at jdoe@seattletimes.com.")).toBe("The Seattle Times");
    expect(outletFromAddress("https://news.bbc.co.uk/1/hi/uk/123.stm")).toBe("BBC News");
    expect(outletFromAddress("Email tips to jdoe@gmail.com")).toBeNull();
    expect(outletFromAddress("https://example-gazette.org/story")).toBeNull();
  });
});

describe("outletFromStaff", () => {
  it("takes the organisation whose staff wrote the story", () => {
    expect(outletFromStaff("By Ana Ruiz, Valley Courier Staff")).toBe("Valley Courier");
    expect(outletFromStaff("Posted 9:12 AM, May 2, 2019, by KTLA Digital Staff")).toBe("KTLA");
    expect(outletFromStaff("Seattle Times staff reporter")).toBe("The Seattle Times");
    expect(outletFromStaff("Reuters Staff")).toBe("Reuters");
  });

  it("does not take a rank, a writer's name or a paper's one-word short name", () => {
    expect(outletFromStaff("By Jane Roe, Senior Staff Writer")).toBeNull();
    expect(outletFromStaff("By Jane Roe Staff Writer")).toBeNull();
    expect(outletFromStaff("Herald Staff Writer")).toBeNull();
    expect(outletFromStaff("The staff said the shelter was full.")).toBeNull();
  });
});

describe("outletFromPromo", () => {
  it("reads the outlet an app, newsletter or coverage prompt names", () => {
    expect(outletFromPromo("Get the latest from NBC 6 South Florida anywhere, anytime")).toBe("NBC 6 South Florida");
    expect(outletFromPromo("Get breaking news alerts in the KQVT News 9 app.")).toBe("KQVT News 9");
    expect(outletFromPromo("Stay informed: Sign up for the AL.com daily newsletter.")).toBe("AL.com");
    expect(outletFromPromo("The Hill has reached out to the agency for comment.")).toBe("The Hill");
  });

  it("takes no unknown name from a sentence, and no section", () => {
    expect(outletFromPromo("The Riverside Bugle reached out to the mayor.")).toBeNull();
    expect(outletFromPromo("Sign up for the Local News newsletter")).toBeNull();
    expect(outletFromPromo("Download the app to get alerts")).toBeNull();
  });
});

describe("call signs, copyright lines without a year and aliases", () => {
  it("reads a station's call sign, with or without its band", () => {
    expect(outletFromCode("WLS")).toBe("ABC7 Chicago");
    expect(outletFromCopyright("Copyright © 2019 WLS-TV. All Rights Reserved.")).toBe("ABC7 Chicago");
    expect(outletFromCopyright("Copyright 2017 KQVT-FM 91.3. To see more, visit our website.")).toBe("KQVT");
    expect(outletFromCredit("KQVT | By Nadia Ortiz")).toBe("KQVT");
  });

  it("takes a copyright line without a year only when it names an outlet", () => {
    expect(outletFromCopyright("Copyright NBC Bay Area")).toBe("NBC Bay Area");
    expect(outletFromCopyright("© Copyright 2001-2023 Wessex Gazette. All rights reserved.")).toBe("Wessex Gazette");
    expect(outletFromCopyright("Copyright law is outdated, he said.")).toBeNull();
  });

  it("knows the names outlets.json gives one outlet, and generic words are not outlets", () => {
    expect(knownOutlet("Agence France-Presse")).toBe(knownOutlet("AFP"));
    expect(knownOutlet("The Washington Post")).toBe("The Washington Post");
    expect(knownOutlet("Time")).toBeNull();
  });

  it("reads any follow prompt whose address is a known outlet or a call sign", () => {
    expect(outletFromFollowPrompt("date 2019-04-02 Follow WRAL.COM: Facebook | Twitter")).toBe("WRAL");
    expect(outletFromFollowPrompt("Follow KQVT.COM on Facebook")).toBe("KQVT");
    expect(outletFromFollowPrompt("Follow the money")).toBeNull();
  });
});

describe("outlets named by a page's furniture", () => {
  it("reads a credit that names only the outlet, an edition's masthead and a print page header", () => {
    expect(outletFromCredit("CBC News · Posted: Nov 06, 2018 4:00 AM ET | Last Updated: November 7, 2018")).toBe("CBC News");
    expect(outletFromMasthead("CBC News Toronto", { firstLine: true })).toBe("CBC News");
    expect(outletFromMasthead("B4                THE BOSTON GLOBE   TUESDAY, JANUARY 15, 2019")).toBe("The Boston Globe");
    expect(outletFromMasthead("A4\tHARLOW VALLEY HERALD\tWednesday, September 14, 2011")).toBe("Harlow Valley Herald");
    expect(outletFromMasthead("WLRN 91.3 FM | Public Media for South Florida", { firstLine: true })).toBe("WLRN");
  });

  it("takes no common word in capitals for a station", () => {
    expect(outletFromMasthead("WORK")).toBeNull();
    expect(outletFromCopyright("© 2021 WEST Publishing Co.")).toBeNull();
    expect(outletFromFollowPrompt("Follow kids.org for more")).toBeNull();
  });
});
