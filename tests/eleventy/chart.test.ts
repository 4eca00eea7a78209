import { describe, expect, it } from "vitest";
import { CHART, monthChart, monthCounts } from "../../src/eleventy/chart.ts";
import type { StoryRef } from "../../src/pipeline/schema/index.ts";
import { timelineMonth } from "../helpers/records.ts";

const years = [
  { year: "2018", count: 2, months: [timelineMonth("2018-02", 2)], yearOnly: [] },
  { year: "2017", count: 5, months: [timelineMonth("2017-11", 4), timelineMonth("2017-10", 1)], yearOnly: [] },
];

describe("monthCounts", () => {
  it("lists every month from the first to the last, oldest first, empty months included", () => {
    expect(monthCounts(years)).toEqual([
      { month: "2017-10", count: 1 },
      { month: "2017-11", count: 4 },
      { month: "2017-12", count: 0 },
      { month: "2018-01", count: 0 },
      { month: "2018-02", count: 2 },
    ]);
    expect(monthCounts([])).toEqual([]);
  });
});

describe("monthChart", () => {
  // Three stories of 2016 known only to the year: on no bar, but counted apart.
  const yearOnly = Array.from({ length: 3 }, () => ({}) as StoryRef);
  const chart = monthChart([...years, { year: "2016", count: 3, months: [], yearOnly }]);

  it("links each month with stories to its page, and leaves empty months unlinked and flat", () => {
    expect(chart.bars.map((b) => [b.label, b.count, b.url])).toEqual([
      ["October 2017", 1, "/timeline/2017/10/"],
      ["November 2017", 4, "/timeline/2017/11/"],
      ["December 2017", 0, null],
      ["January 2018", 0, null],
      ["February 2018", 2, "/timeline/2018/02/"],
    ]);
    expect(chart.bars[2]!.height).toBe(0);
  });

  it("scales the tallest bar to the plot and the others in proportion, standing on the baseline", () => {
    expect(chart.max).toBe(4);
    const [oct, nov] = chart.bars;
    expect(nov!.height).toBe(CHART.plotHeight);
    expect(oct!.height).toBe(CHART.plotHeight / 4);
    for (const bar of chart.bars) expect(bar.y + bar.height).toBe(chart.baseline);
    for (const [a, b] of chart.bars.slice(1).map((bar, i) => [chart.bars[i]!, bar] as const)) expect(b.x).toBeGreaterThan(a.x + a.width);
  });

  it("labels each year under its first month and counts the stories known only to the year apart", () => {
    expect(chart.yearLabels.map((l) => l.text)).toEqual(["2017", "2018"]);
    expect(chart.total).toBe(7);
    expect(chart.yearOnly).toBe(3);
  });
});
