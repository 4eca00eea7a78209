import { describe, expect, it } from "vitest";
import { buildCalendar, FULL_LIST_MAX, monthUrl, UNDATED_URL, yearUrl } from "../../src/eleventy/calendar.ts";
import { STORIES_PER_PAGE } from "../../src/eleventy/listPages.ts";
import type { Archive } from "../../src/pipeline/schema/index.ts";
import { timelineMonth } from "../helpers/records.ts";

const archive = {
  timeline: {
    years: [
      { year: "2018", count: 2, months: [timelineMonth("2018-02", 2)], yearOnly: [] },
      { year: "2017", count: 5, months: [timelineMonth("2017-11", 4), timelineMonth("2017-10", 1)], yearOnly: [] },
    ],
    undated: [],
  },
} as unknown as Archive;

describe("buildCalendar", () => {
  it("makes a page for every year and every month that has stories, at its address", () => {
    const calendar = buildCalendar(archive);
    expect(calendar.years.map((y) => y.url)).toEqual(["/timeline/2018/", "/timeline/2017/"]);
    expect(calendar.months.map((m) => [m.url, m.label])).toEqual([
      ["/timeline/2018/02/", "February 2018"],
      ["/timeline/2017/11/", "November 2017"],
      ["/timeline/2017/10/", "October 2017"],
    ]);
  });

  it("links each page to the next older and newer period that has stories, across years", () => {
    const { years, months } = buildCalendar(archive);
    expect(months[0]).toMatchObject({ newer: null, older: { period: "2017-11", label: "November 2017", url: "/timeline/2017/11/" } });
    expect(months[2]).toMatchObject({ older: null, newer: { period: "2017-11" } });
    expect(years[1]).toMatchObject({ older: null, newer: { period: "2018", label: "2018", url: "/timeline/2018/" } });
  });

  it("puts the month pages under their year's", () => {
    expect(yearUrl("2017")).toBe("/timeline/2017/");
    expect(monthUrl("2017-08")).toBe("/timeline/2017/08/");
  });

  it("lists every story on the timeline and the year pages of a small archive", () => {
    const calendar = buildCalendar(archive);
    expect(calendar.timelineFull).toBe(true);
    expect(calendar.years.map((y) => y.full)).toEqual([true, true]);
    expect(calendar.undatedPages).toEqual([]);
  });

  it("lists only months with their counts where a page would hold too many stories, and pages the undated ones", () => {
    const big = FULL_LIST_MAX + 1;
    const undated = Array.from({ length: STORIES_PER_PAGE + 1 }, (_, i) => ({ id: `u${i}` }));
    const large = {
      timeline: {
        years: [
          { year: "2018", count: big, months: [timelineMonth("2018-02", big)], yearOnly: [] },
          { year: "2017", count: 5, months: [timelineMonth("2017-11", 5)], yearOnly: [] },
        ],
        undated,
      },
    } as unknown as Archive;
    const calendar = buildCalendar(large);
    expect(calendar.timelineFull).toBe(false);
    expect(calendar.years.map((y) => y.full)).toEqual([false, true]);
    expect(calendar.undatedPages.map((p) => p.url)).toEqual([UNDATED_URL, `${UNDATED_URL}page/2/`]);
    expect(calendar.undatedPages.flatMap((p) => p.stories)).toEqual(undated);
  });
});
