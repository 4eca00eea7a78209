import { describe, expect, it } from "vitest";
import { periodBreadcrumbs, sectionBreadcrumbs, storyBreadcrumbs, storyNeighbours } from "../../src/eleventy/storyNavigation.ts";
import { story } from "../helpers/records.ts";

describe("storyBreadcrumbs", () => {
  it("goes down the calendar as far as the date is known, the story last and unlinked", () => {
    expect(storyBreadcrumbs({ title: "T", date: "2017-08-16", datePrecision: "day" })).toEqual([
      { label: "Home", url: "/" },
      { label: "Timeline", url: "/timeline/" },
      { label: "2017", url: "/timeline/2017/" },
      { label: "August 2017", url: "/timeline/2017/08/" },
      { label: "T", url: null },
    ]);
    expect(storyBreadcrumbs({ title: "T", date: "2017-01-01", datePrecision: "year" }).map((c) => c.label)).toEqual(["Home", "Timeline", "2017", "T"]);
    expect(storyBreadcrumbs({ title: "T", date: null, datePrecision: "unknown" })[2]).toEqual({ label: "Undated", url: "/timeline/#undated" });
  });

  it("ends a year or month page's trail with the page itself", () => {
    expect(periodBreadcrumbs("2017-08").slice(-2)).toEqual([
      { label: "2017", url: "/timeline/2017/" },
      { label: "August 2017", url: null },
    ]);
    expect(periodBreadcrumbs("2017").at(-1)).toEqual({ label: "2017", url: null });
  });
});

describe("sectionBreadcrumbs", () => {
  const people = { title: "People", url: "/people/" };

  it("ends a section's index at the section itself, unlinked", () => {
    expect(sectionBreadcrumbs(people)).toEqual([
      { label: "Home", url: "/" },
      { label: "People", url: null },
    ]);
  });

  it("puts a page listed in a section under the section's link", () => {
    expect(sectionBreadcrumbs(people, "Jeff Sessions")).toEqual([
      { label: "Home", url: "/" },
      { label: "People", url: "/people/" },
      { label: "Jeff Sessions", url: null },
    ]);
  });
});

describe("storyNeighbours", () => {
  // The archive's order: newest first, one day's stories by title, undated last.
  const stories = [
    story({ id: "c", date: "2017-08-16", title: "A" }),
    story({ id: "b", date: "2017-08-16", title: "B" }),
    story({ id: "a", date: "2017-01-27", title: "C" }),
    story({ id: "u", date: null, datePrecision: "unknown", title: "D" }),
  ];

  it("links each dated story to the one before and after it in time, in the archive's stable order", () => {
    expect(storyNeighbours("b", stories)).toMatchObject({ older: { id: "a" }, newer: { id: "c" } });
    expect(storyNeighbours("c", stories)).toMatchObject({ older: { id: "b" }, newer: null });
    expect(storyNeighbours("a", stories)).toMatchObject({ older: null, newer: { id: "b" } });
  });

  it("gives undated stories no neighbours and never links to them", () => {
    expect(storyNeighbours("u", stories)).toEqual({ older: null, newer: null });
    expect(storyNeighbours("a", stories).older).toBeNull();
  });
});
