import { describe, expect, it } from "vitest";
import { eventGroups, eventIndexPages, eventPages, eventsById } from "../../src/eleventy/events.ts";
import type { ArchiveEvent, StoryRef } from "../../src/pipeline/schema/index.ts";

const ref = (id: string, outlet: string | null, date: string | null = "2017-08-16"): StoryRef => ({
  id,
  title: `Story ${id}`,
  url: `/stories/${id}/`,
  date,
  datePrecision: date ? "day" : "unknown",
  dateConfidence: date ? "high" : "none",
  outlet,
  summary: "",
  eventId: "e-1",
});

const event = (overrides: Partial<ArchiveEvent> = {}): ArchiveEvent => ({
  id: "e-1",
  slug: "2017-08-16-sessions-in-miami",
  url: "/events/2017-08-16-sessions-in-miami/",
  title: "Sessions in Miami",
  date: "2017-08-16",
  anchorId: "a",
  storyIds: ["a", "b", "c"],
  stories: [ref("a", "Associated Press"), ref("b", "CBS Miami"), ref("c", null)],
  outlets: ["Associated Press", "CBS Miami"],
  ...overrides,
});

const outlets = [
  { slug: "associated-press", url: "/outlets/associated-press/", name: "Associated Press", stories: [] },
  { slug: "cbs-miami", url: "/outlets/cbs-miami/", name: "CBS Miami", stories: [] },
];

describe("eventPages", () => {
  it("links each story's outlet to its page, and leaves a story of unknown outlet unlinked", () => {
    const [page] = eventPages({ events: [event()], outlets });
    expect(page!.coverage.map((s) => [s.id, s.outletUrl])).toEqual([
      ["a", "/outlets/associated-press/"],
      ["b", "/outlets/cbs-miami/"],
      ["c", null],
    ]);
    expect(page!.outletLinks).toEqual([
      { name: "Associated Press", url: "/outlets/associated-press/" },
      { name: "CBS Miami", url: "/outlets/cbs-miami/" },
    ]);
  });

  it("describes the event and titles its page apart from its anchor story's", () => {
    const [page] = eventPages({ events: [event()], outlets });
    expect(page).toMatchObject({
      titleDetail: "event of 16 August 2017",
      description: "3 stories about one happening, 16 August 2017, from Associated Press and CBS Miami.",
      crumbs: [{ label: "Home", url: "/" }, { label: "Events", url: "/events/" }, { label: "Sessions in Miami", url: null }],
    });
  });

  it("says so when the date and the outlets are unknown", () => {
    const [page] = eventPages({ events: [event({ date: null, outlets: [], stories: [ref("a", null, null), ref("b", null, null)] })], outlets: [] });
    expect(page).toMatchObject({ titleDetail: "event, date unknown", description: "2 stories about one happening.", outletLinks: [] });
  });

  it("names three or more outlets as a list", () => {
    const [page] = eventPages({ events: [event({ outlets: ["A", "B", "C"] })], outlets: [] });
    expect(page!.description).toBe("3 stories about one happening, 16 August 2017, from A, B and C.");
  });
});

describe("eventsById", () => {
  it("finds each event by its id, and nothing for an unknown id or an inherited name", () => {
    const byId = eventsById([event(), event({ id: "e-2", title: "Other" })]);
    expect(byId["e-2"]!.title).toBe("Other");
    expect(byId["e-9"]).toBeUndefined();
    expect(byId["constructor"]).toBeUndefined();
  });
});

describe("eventGroups", () => {
  it("puts events several stories cover apart from those one story covers, keeping their order", () => {
    const many = event();
    const one = event({ id: "e-2", storyIds: ["d"], stories: [ref("d", "CBS Miami")], outlets: ["CBS Miami"] });
    const other = event({ id: "e-3" });
    expect(eventGroups([many, one, other])).toEqual({ covered: [many, other], single: [one] });
  });
});

describe("eventIndexPages", () => {
  const one = (id: string) => event({ id, storyIds: ["d"], stories: [ref("d", "CBS Miami")], outlets: ["CBS Miami"] });

  it("lists the events several stories cover first, then the others, a page's worth a page", () => {
    const [c1, c2] = [event({ id: "c-1" }), event({ id: "c-2" })];
    const [s1, s2, s3] = [one("s-1"), one("s-2"), one("s-3")];
    const pages = eventIndexPages([s1, c1, s2, c2, s3], 2);
    expect(pages.map((p) => [p.url, p.covered.map((e) => e.id), p.single.map((e) => e.id), p.label])).toEqual([
      ["/events/", ["c-1", "c-2"], [], "page 1 of 3"],
      ["/events/page/2/", [], ["s-1", "s-2"], "page 2 of 3"],
      ["/events/page/3/", [], ["s-3"], "page 3 of 3"],
    ]);
    expect(pages[1]).toMatchObject({ previous: "/events/", next: "/events/page/3/" });
  });

  it("keeps a short list, or none, on one page at /events/ with no pager", () => {
    expect(eventIndexPages([event()]).map((p) => [p.url, p.covered.length, p.links.length, p.label])).toEqual([["/events/", 1, 0, null]]);
    expect(eventIndexPages([]).map((p) => [p.url, p.covered.length, p.single.length])).toEqual([["/events/", 0, 0]]);
  });
});
