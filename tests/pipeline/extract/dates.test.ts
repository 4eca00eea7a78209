import { describe, expect, it } from "vitest";
import { chooseDate, dateOrder, lineCandidates, mentionedWeekdays, parseDates, plausible, sameDayWords, textCandidates, urlDateCandidates, weekdayOf } from "../../../src/pipeline/extract/dates.ts";

const DAY = "2026-01-01";
const lines = (...texts: string[]) => texts.map((text, i) => ({ line: i + 1, text }));

describe("parseDates", () => {
  it("reads full dates, with a time and zone that never move the day", () => {
    expect(parseDates("By KOLD News 13 Staff | March 18, 2020 at 11:29 PM MST", DAY)).toMatchObject([{ value: "2020-03-18", precision: "day" }]);
    expect(parseDates("2017-08-16T23:30:00-05:00", DAY)).toMatchObject([{ value: "2017-08-16" }]);
  });

  it("reads a month with a year at month precision", () => {
    expect(parseDates("in August 2017 the county", DAY)).toMatchObject([{ value: "2017-08-01", precision: "month" }]);
  });

  it("ignores dates without a written year and relative phrases", () => {
    expect(parseDates("WASHINGTON, Feb 26 (Reuters) -", DAY)).toEqual([]);
    expect(parseDates("closed the highway for several hours yesterday", DAY)).toEqual([]);
  });
});

describe("plausible", () => {
  it("rejects dates after the build day or before 1800", () => {
    expect(plausible("2025-12-31", DAY)).toBe(true);
    expect(plausible("2026-01-02", DAY)).toBe(false);
    expect(plausible("1799-12-31", DAY)).toBe(false);
  });
});

describe("lineCandidates", () => {
  it("takes bylines and standalone date lines near the top as high confidence", () => {
    const found = lineCandidates(lines("Headline here", "By Jane Roe | March 18, 2020 at 6:29 AM MST", "November 2, 2023 3:53 PM EDT"), DAY);
    expect(found.map((c) => [c.value, c.source, c.confidence])).toEqual([
      ["2020-03-18", "byline", "high"],
      ["2023-11-02", "byline", "high"],
    ]);
    expect(found[0]!.evidence).toContain("By Jane Roe | March 18, 2020");
  });

  it("marks an ambiguous numeric labelled date as medium and says why", () => {
    const [c] = lineCandidates(lines("Body text.", "Publication date: 05/08/2006"), DAY);
    expect(c).toMatchObject({ value: "2006-05-08", confidence: "medium" });
    expect(c!.evidence).toContain("month first");
  });

  it("prefers the published time to the updated time on one line", () => {
    const [c] = lineCandidates(lines("Updated: Jan. 5, 2019 / Published: Jan. 3, 2019"), DAY);
    expect(c!.value).toBe("2019-01-03");
  });

  it("gives an updated-only timestamp medium confidence", () => {
    const [c] = lineCandidates(lines("Updated 10:42 AM ET Feb. 3, 2019"), DAY);
    expect(c).toMatchObject({ value: "2019-02-03", confidence: "medium" });
  });
});

describe("textCandidates", () => {
  it("keeps a caption date an estimate even when its weekday is the one the story names", () => {
    const found = textCandidates({
      paragraphs: lines("Sessions spoke in Miami on Wednesday about cities."),
      captions: [{ line: 7, text: "Sessions speaks in Miami on Aug. 16, 2017. (Credit: CNN)" }],
      buildDay: DAY,
    });
    expect(found).toMatchObject([{ value: "2017-08-16", source: "text", confidence: "low", line: 7 }]);
    expect(found[0]!.evidence).toContain("on Wednesday");
  });

  it("keeps a caption date low when nothing corroborates it", () => {
    const [c] = textCandidates({ paragraphs: lines("No weekday here."), captions: [{ line: 3, text: "A man walks by on Aug. 16, 2017. (Credit: CNN)" }], buildDay: DAY });
    expect(c!.confidence).toBe("low");
  });

  it("never lets a date the story talks about, or a file photo, win", () => {
    const found = textCandidates({
      paragraphs: lines("The county marked the anniversary of the Sept. 10, 2017 landfall."),
      captions: [{ line: 2, text: "FILE - In this Sept. 10, 2017 file photo, a man walks past homes. (AP Photo/David Goldman)" }],
      buildDay: DAY,
    });
    expect(found.every((c) => c.talkedAbout)).toBe(true);
    expect(chooseDate(found).date).toBeNull();
  });
});

describe("chooseDate", () => {
  it("follows the cascade: header over byline over text, and says where the winner came from", () => {
    const header = { value: "2017-08-16", precision: "day", source: "header", evidence: "header", line: 1, confidence: "high", quote: "", talkedAbout: false } as const;
    const text = { ...header, value: "2017-08-15", source: "text", confidence: "medium", evidence: "text" } as const;
    expect(chooseDate([text, header])).toMatchObject({ date: "2017-08-16", source: "header", confidence: "high", evidence: "header" });
  });

  it("is undated, never today, when there is nothing", () => {
    expect(chooseDate([])).toMatchObject({ date: null, precision: "unknown", source: "none", confidence: "none" });
  });
});

describe("weekdays", () => {
  it("knows the weekday of a calendar day", () => {
    expect(weekdayOf("2017-08-16")).toBe("Wednesday");
  });

  it("finds the weekdays a story names for its news, not 'last Friday'", () => {
    const found = mentionedWeekdays(lines("A rally is planned Friday morning.", "It follows last Tuesday's vote."));
    expect([...found.keys()]).toEqual(["Friday"]);
  });
});

describe("sameDayWords", () => {
  it("finds 'today' or 'this morning' outside quotations", () => {
    expect(sameDayWords(lines("Crews reopened the road this morning."))).toBe("road this morning");
    expect(sameDayWords(lines("“Today we win,” she said in 2010."))).toBeNull();
  });
});

describe("urlDateCandidates", () => {
  it("reads the day in a page address, with medium confidence", () => {
    const [c] = urlDateCandidates(lines("This is Google's cache of https://www.example.com/2021/03/03/council-budget/?print=1."), DAY);
    expect(c).toMatchObject({ value: "2021-03-03", source: "byline", confidence: "medium" });
  });

  it("ignores impossible days", () => {
    expect(urlDateCandidates(lines("https://example.com/2021/02/30/x/"), DAY)).toEqual([]);
  });

  it("reads an address filed by month as the month alone", () => {
    expect(urlDateCandidates(lines("Source: https://www.example.com/news/2018/06/ferry-cuts.html"), DAY)).toMatchObject([{ value: "2018-06-01", precision: "month", confidence: "medium" }]);
  });
});

describe("scraped timestamps", () => {
  it("reads two-digit years in numeric stamps", () => {
    expect(parseDates("Posted: 10/11/22 9:14 PM CDT | Updated: 10/12/22 6:30 AM CDT", DAY)[0]).toMatchObject({ value: "2022-10-11" });
  });
});

describe("dates that only look like publication dates", () => {
  const LEAD = "The county council voted on Tuesday to approve the plan after a long debate about its cost and its timing.";

  it("does not read 'a memo dated' or 'a study published on' as a label", () => {
    expect(lineCandidates(lines(LEAD, "A memo dated Jan. 5, 2019, told managers to wait."), DAY)).toEqual([]);
    expect(lineCandidates(lines(LEAD, "A study published on March 3, 2019 in Nature found more."), DAY)).toEqual([]);
  });

  it("ignores date lines in a timeline or a comment section after the story", () => {
    const found = lineCandidates(lines("Short headline here", LEAD, "July 25, 2016", "The first vote.", "March 10, 2020 at 9:15 am", "A reader comment.", "x", "y", "z", "w", "v"), DAY);
    expect(found).toEqual([]);
  });

  it("trusts a date line or label at the very end, with medium confidence", () => {
    const [c] = lineCandidates(lines("Short headline here", LEAD, "This article was first published on 2 March 2017"), DAY);
    expect(c).toMatchObject({ value: "2017-03-02", confidence: "medium" });
  });

  it("reads an address only at the top, not a link cited in the story", () => {
    expect(urlDateCandidates(lines(LEAD, "The 2018 report (https://county.example.gov/2018/01/05/library-report/) said so."), DAY)).toEqual([]);
  });
});

describe("dateOrder and day-first pages", () => {
  it("decides from the page's own dates, zones or currency", () => {
    expect(dateOrder(["Published 04/05/2022", "Clean-up (28/04/2022)"]).order).toBe("dmy");
    expect(dateOrder(["Posted 04/05/2022", "Meeting on 12/20/2022"]).order).toBe("mdy");
    expect(dateOrder(["Published 04/05/2022", "The vote on 14 March 2022"]).order).toBe("dmy");
    expect(dateOrder(["Published 04/05/2022 10:00 BST"]).order).toBe("dmy");
    expect(dateOrder(["Tickets cost £5"]).order).toBe("dmy");
    expect(dateOrder(["Published 04/05/2022"]).order).toBeNull();
  });

  it("reads an ambiguous stamp day first on a day-first page, saying why", () => {
    const [c] = lineCandidates(lines("Headline of a story here", "Published 04/05/2022 at 10:48"), DAY, dateOrder(["(28/04/2022)"]));
    expect(c).toMatchObject({ value: "2022-05-04", confidence: "medium" });
    expect(c!.evidence).toContain("read day first");
  });
});

describe("labels in other languages and magazine issues", () => {
  it("reads 'Publicado el martes 2 de marzo de 2021'", () => {
    expect(parseDates("Publicado el martes 2 de marzo de 2021", DAY)[0]).toMatchObject({ value: "2021-03-02", precision: "day" });
  });

  it("dates a magazine piece to the month of its issue", () => {
    const [c] = lineCandidates(lines("Why Your Trailhead Is Closed", "From the March 2019 issue"), DAY);
    expect(c).toMatchObject({ value: "2019-03-01", precision: "month", confidence: "medium" });
  });

  it("reads a newspaper page header as a date line", () => {
    const [c] = lineCandidates(lines("A4\tHARLOW VALLEY HERALD\tWednesday, September 14, 2011", "Mill fire ruled accidental"), DAY);
    expect(c).toMatchObject({ value: "2011-09-14", confidence: "high" });
  });
});

describe("numeric dates with no sign of their order", () => {
  it("reads 10/11/2023 day first when the story's weekdays fit only that reading", () => {
    const lines = [
      { line: 1, text: "Published: 10/11/2023 6:00 a.m." },
      { line: 3, text: "The crew was pulled from the water late Thursday night, and all four men were home with their families by Friday morning, the coast guard said." },
    ];
    const [c] = lineCandidates(lines, DAY);
    expect(c).toMatchObject({ value: "2023-11-10", confidence: "medium" });
    expect(c!.evidence).toContain("read day first");
  });

  it("keeps the month-first reading when the weekdays do not decide", () => {
    const lines = [
      { line: 1, text: "Published: 10/11/2023 6:00 a.m." },
      { line: 3, text: "The council met to discuss the budget for the coming year and voted to delay the decision until after the public hearings had been held." },
    ];
    expect(lineCandidates(lines, DAY)[0]).toMatchObject({ value: "2023-10-11", confidence: "medium" });
  });
});

describe("a timestamp line that opens with its date", () => {
  const lines = (stamp: string) => ["Builder convicted over death of worker in trench collapse", "Jury finds groundworks firm failed to ensure safety of worker (41)", "Mícheál Ó Dálaigh", stamp, "A jury has convicted a builder over the death of a worker who was killed when a trench collapsed on a housing site in 2016."].map((text, i) => ({ line: i + 1, text }));

  it("reads 'Wed, Feb 20, 2019, 18:05 Updated: …' as the publication stamp, with high confidence", () => {
    const [c] = lineCandidates(lines("Wed, Feb 20, 2019, 18:05 Updated: Wed, Feb 20, 2019, 19:40"), "2026-01-01");
    expect(c).toMatchObject({ value: "2019-02-20", source: "byline", confidence: "high", line: 4 });
  });

  it("does not take a browser's print header for one", () => {
    const found = lineCandidates(lines("6/30/23, 10:14 AM Pier repairs to close south end of boardwalk – The Coastal Courier"), "2026-01-01");
    expect(found.filter((c) => c.confidence === "high")).toEqual([]);
  });
});
