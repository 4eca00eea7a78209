import { describe, expect, it } from "vitest";
import { eventGroups, eventPages, eventsById } from "../../src/eleventy/events.ts";
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
