import { describe, expect, it } from "vitest";
import { findHeadline, isAllCaps, isHeadlineShaped, isMenuLine, type TopLine } from "../../../src/pipeline/extract/top.ts";

const toLines = (text: string, removed: Record<number, string> = {}): TopLine[] =>
  text.split("\n").map((t, i) => ({ n: i + 1, original: t, text: t.replace(/\s+/g, " ").trim(), removedBy: removed[i + 1] ? [removed[i + 1]!] : [] }));
const kept = (l: TopLine) => l.text !== "" && l.removedBy.length === 0;

describe("menus and mastheads", () => {
  it.each([
    ["KVRN News 4  |  Live Stream  |  Weather  |  Traffic"],
    ["News & Opinion » Local News"],
    ["News / Public Safety"],
    ["Just In  For You  Australia  World  Business  Analysis  Sport"],
    ["THE VALLEY GAZETTE                    Wednesday, April 12, 2017                A3"],
  ])("%s is a menu or page header", (line) => {
    expect(isMenuLine(line, line.replace(/\s+/g, " ")) || isAllCaps(line)).toBe(true);
  });

  it("does not take a headline with a slash or a dash for a menu", () => {
    const h = "Voters approve $48 million school levy / county to borrow more";
    expect(isMenuLine(h, h)).toBe(false);
    expect(isHeadlineShaped(h, h)).toBe(true);
  });
});

describe("findHeadline", () => {
  it("skips furniture above the headline and reads the masthead as the outlet", () => {
    const text = "PEMI VALLEY RECORD\nSubscribe | e-Edition | Obituaries\n\nNews / Public Safety\n\nCounty jail to add body scanners after overdose deaths\n\nBy Staff Report\n\nThe Grafton Hills County House of Corrections will install two full-body scanners at its intake area this spring, part of a response to three deaths.";
    const lines = toLines(text, { 8: "byline" });
    const { headline, masthead } = findHeadline(lines, kept);
    expect(headline?.text).toBe("County jail to add body scanners after overdose deaths");
    expect(masthead).toBe("Pemi Valley Record");
    expect(lines.filter((l) => l.removedBy.includes("page-furniture")).map((l) => l.n)).toEqual([1, 2, 4]);
  });

  it("prefers the line a byline follows over a promotional line above it", () => {
    const text = "Exclusive news, data and analytics for financial market professionals\nLearn more about Refinitiv\n\nBusiness\n\nUK watchdog fines home insurer over slow flood claims\n\nBy Harriet Cole\nThe regulator said on Wednesday that the insurer had left hundreds of customers waiting months for payouts after the floods.";
    const { headline } = findHeadline(toLines(text, { 8: "byline" }), kept);
    expect(headline?.text).toBe("UK watchdog fines home insurer over slow flood claims");
  });

  it("allows one deck between the headline and its byline", () => {
    const text = "Allotment waiting lists hit record as councils struggle to find land\nSome applicants told they face a 15-year wait, with more than 180,000 people queueing\n\nPriya Nandakumar\nSat 18 Nov 2023 06.00 GMT\n\nThe number of people waiting for an allotment in England has reached a record, according to figures gathered from councils this autumn.";
    const { headline } = findHeadline(toLines(text, { 5: "date-line" }), kept);
    expect(headline?.text).toBe("Allotment waiting lists hit record as councils struggle to find land");
  });

  it("takes a headline written as two sentences when a byline sits under it", () => {
    const text = "The harbour dredging bill doubled. Nobody has said who pays.\n\nBY MARGO VELLACOTT\n\nThe county has spent nearly twice what it budgeted to dredge the harbour channel this year, according to invoices released on Tuesday by the port office.";
    const { headline } = findHeadline(toLines(text, { 3: "byline" }), kept);
    expect(headline?.text).toBe("The harbour dredging bill doubled. Nobody has said who pays.");
  });

  it("reaches the lead through short labels under the headline, but not through a second deck", () => {
    const through = "Ferry terminal reopens after winter repairs\n\nLISTEN • 3:05\n\nThe ferry terminal on the east pier reopened on Monday after four months of repairs to its loading ramp and waiting room.";
    expect(findHeadline(toLines(through), kept).headline?.text).toBe("Ferry terminal reopens after winter repairs");
    const tagline = "Harbour Notes\nDispatches from the waterfront and the people who work it\n\nThe ferry terminal nobody asked about\n\nI went down to the east pier on Monday to see the new ramp for myself, and it turns out the new ramp is mostly the old ramp, painted.";
    expect(findHeadline(toLines(tagline), kept).headline?.text).toBe("The ferry terminal nobody asked about");
  });

  it("reads an outlet's name above a story that has no headline", () => {
    const text = "KQVT News 9\n\nTraffic on the northbound bypass was backed up for three miles on Thursday after a trailer lost its load of hay bales near the river bridge.";
    const lines = toLines(text);
    const result = findHeadline(lines, kept);
    expect(result).toMatchObject({ headline: null, masthead: "KQVT News 9" });
    expect(lines[0]!.removedBy).toEqual(["page-furniture"]);
  });

  it("reads a headline set on two lines as one", () => {
    const caps = "THE HARBOUR TIMES     Tuesday, May 7, 2024     A2\n\nCOUNTY BOARD APPROVES\nNEW EVENING FERRY RUNS TO ISLAND\n\nBy Tom Ruiz\n\nPORTSMOUTH — The county board voted on Monday to add two evening ferry runs to the island schedule starting in June.";
    const lines = toLines(caps, { 6: "byline" });
    expect(findHeadline(lines, kept).headline?.text).toBe("COUNTY BOARD APPROVES NEW EVENING FERRY RUNS TO ISLAND");
    expect(lines[3]!.removedBy).toEqual(["headline"]);
    const broken = "Bridge closed for repairs;\ndetour adds ten minutes\nBy Ana Ruiz\nThe county closed the river bridge on Monday for three weeks of deck repairs, and drivers face a detour.";
    expect(findHeadline(toLines(broken, { 3: "byline" }), kept).headline?.text).toBe("Bridge closed for repairs; detour adds ten minutes");
  });

  it("takes a headline in capitals over a sentence-case deck, with no byline", () => {
    const text = "News provided by\nHarbor Freight Lines, Inc.\n\nHARBOR FREIGHT LINES OPENS NEW CROSS-DOCK HUB IN GARY, CREATING 200 JOBS\n\nFacility adds capacity in the Midwest; company to add electric tractors next year\n\nGARY, Ind., May 1, 2019 /PRNewswire/ -- Harbor Freight Lines, Inc., a carrier based in Indiana, today announced the opening of a new hub.";
    expect(findHeadline(toLines(text), kept).headline?.text).toBe("HARBOR FREIGHT LINES OPENS NEW CROSS-DOCK HUB IN GARY, CREATING 200 JOBS");
  });

  it("reads a deck of bulleted points as one deck", () => {
    const text = "Politics\nCity Sues State Over New Conditions on Police Grants\n  • City says the new requirements are unconstitutional\n  • Mayor says the city won't choose between values and money\nBy Ana Ruiz\nThe city sued the state on Monday, challenging the new conditions attached to police grants.";
    expect(findHeadline(toLines(text, { 5: "byline" }), kept).headline?.text).toBe("City Sues State Over New Conditions on Police Grants");
  });

  it("takes a news release's headline from under its contact block, not its motto", () => {
    const text = "Harbor County\nServing Our Community Every Day\nNEWS RELEASE\nFOR IMMEDIATE RELEASE\nMay 2, 2019\nMedia Contact:\nAna Ruiz, Office of Communications\nCOUNTY: FERRY SERVICE WILL RESUME MONDAY AFTER DOCK REPAIRS ARE FINISHED\nHARBOR COUNTY — The county said today that ferry service between the island and the mainland will resume on Monday.";
    const lines = toLines(text, { 5: "date-line" });
    expect(findHeadline(lines, kept).headline?.text).toBe("COUNTY: FERRY SERVICE WILL RESUME MONDAY AFTER DOCK REPAIRS ARE FINISHED");
  });

  it("finds nothing when no line has a byline, date or lead under it", () => {
    expect(findHeadline(toLines("Menu\nSearch"), kept).headline).toBeNull();
  });
});

describe("lines that are not headlines", () => {
  it.each([
    ["Dana Whitcomb and Luis Ortega"],
    ["Helen Crabtree North of England correspondent"],
    ["Serving Winslow County since 1888"],
    ["Non-Emergency: (555) 555-0199"],
    ["City of Marlow Heights, MI"],
    ["Arts & Culture"],
  ])("%s", (line) => {
    expect(isHeadlineShaped(line, line)).toBe(false);
  });

  it.each([["Analysis: Europe's chip subsidy race leaves smaller suppliers counting the cost"], ["FAIR BOARD VOTES TO MOVE DEMOLITION DERBY TO FRIDAY NIGHT"], ["Trump Fires Comey"]])("keeps the headline %s", (line) => {
    expect(isHeadlineShaped(line, line)).toBe(true);
  });
});
