import { describe, expect, it } from "vitest";
import { runPipeline } from "../../../src/pipeline/index.ts";
import { buildTimeline, buildTopics, compareStories } from "../../../src/pipeline/shape/pages.ts";

const enc = (s: string) => new TextEncoder().encode(s);
const md = (path: string, date: string | null, title: string, topics = "[immigration]") => ({
  path,
  bytes: enc(`---\ntitle: ${title}\n${date ? `date: '${date}'\n` : ""}topics: ${topics}\n---\nBody text.\n`),
});

const archive = runPipeline(
  [md("1.md", "2017-08-16", "B day"), md("2.md", "2017-08-16", "A day"), md("3.md", "2017-08", "Month only"), md("4.md", "2016", "Year only"), md("5.md", null, "No date", "[protests, immigration]"), md("6.md", "2017-01-27", "January")],
  { buildDay: "2026-01-01" },
);

describe("buildTimeline", () => {
  const { years, undated } = buildTimeline(archive.stories);

  it("groups by year, month and day, newest first, keeping partial dates at their precision", () => {
    expect(years.map((y) => [y.year, y.count])).toEqual([["2017", 4], ["2016", 1]]);
    const [aug, jan] = years[0]!.months;
    expect(aug!.month).toBe("2017-08");
    expect(aug!.days.map((d) => [d.date, d.stories.map((s) => s.title)])).toEqual([["2017-08-16", ["A day", "B day"]]]);
    expect(aug!.monthOnly.map((s) => s.title)).toEqual(["Month only"]);
    expect(jan!.month).toBe("2017-01");
    expect(years[1]!.yearOnly.map((s) => s.title)).toEqual(["Year only"]);
  });

  it("keeps undated stories apart", () => {
    expect(undated.map((s) => s.title)).toEqual(["No date"]);
  });
});

describe("buildTopics", () => {
  it("lists each topic with its stories, by name", () => {
    const topics = buildTopics(archive.stories);
    expect(topics.map((t) => [t.slug, t.stories.length, t.url])).toEqual([["immigration", 6, "/topics/immigration/"], ["protests", 1, "/topics/protests/"]]);
  });
});

describe("compareStories", () => {
  it("does not mutate and orders ties by title", () => {
    const copy = [...archive.stories];
    const sorted = [...copy].reverse().sort(compareStories);
    expect(sorted.map((s) => s.record.title)).toEqual(archive.stories.map((s) => s.record.title));
    expect(copy).toEqual(archive.stories);
  });
});
