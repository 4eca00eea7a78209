import { describe, expect, it } from "vitest";
import { buildBrowse, countOf } from "../../src/eleventy/browse.ts";
import type { Archive, Entity, StoryRef } from "../../src/pipeline/schema/index.ts";

const ref = (id: string): StoryRef => ({ id, title: id, url: `/stories/${id}/`, date: null, datePrecision: "unknown", dateConfidence: "none", outlet: null, summary: "", eventId: null });

const entity = (kind: Entity["kind"], folder: string, name: string, slug: string, stories: string[], aliases: string[] = []): Entity => ({
  kind,
  slug,
  url: `/${folder}/${slug}/`,
  name,
  aliases,
  stories: stories.map(ref),
  quotes: [],
  quotesUrl: null,
  namedWith: [],
});

type Lists = Pick<Archive, "people" | "places" | "organizations" | "outlets" | "events" | "quotes">;

const empty: Lists = { people: [], places: [], organizations: [], outlets: [], events: [], quotes: [] };

const archive: Lists = {
  people: [entity("person", "people", "Jeff Sessions", "jeff-sessions", ["a", "b"], ["Sessions"])],
  places: [entity("place", "places", "Miami", "miami", ["a"])],
  organizations: [entity("organization", "organizations", "Miami Herald", "miami-herald", ["b"])],
  outlets: [{ slug: "miami-herald", url: "/outlets/miami-herald/", name: "Miami Herald", stories: [ref("a")] }],
  events: [{ id: "e-1", slug: "e", url: "/events/e/", title: "E", date: null, anchorId: null, storyIds: ["a", "b"], stories: [ref("a"), ref("b")], outlets: [] }],
  quotes: [
    { speaker: "Jeff Sessions", slug: "jeff-sessions", personUrl: "/people/jeff-sessions/", quotes: [{ text: "One", story: ref("a") }, { text: "Two", story: ref("b") }], page: 1, url: "/quotes/#jeff-sessions" },
    { speaker: null, slug: "unattributed", personUrl: null, quotes: [{ text: "Three", story: ref("a") }], page: 1, url: "/quotes/#unattributed" },
  ],
};

describe("countOf", () => {
  it("counts in the singular only for one", () => {
    expect([0, 1, 2].map((n) => countOf(n, "person", "people"))).toEqual(["0 people", "1 person", "2 people"]);
  });
});

describe("buildBrowse", () => {
  it("gives every section, in the site's order, its address and count (quotations counted one by one)", () => {
    const { sections } = buildBrowse(archive);
    expect(Object.values(sections).map((s) => [s.title, s.url, s.countLabel])).toEqual([
      ["People", "/people/", "1 person"],
      ["Places", "/places/", "1 place"],
      ["Organizations", "/organizations/", "1 organization"],
      ["Outlets", "/outlets/", "1 outlet"],
      ["Events", "/events/", "1 event"],
      ["Quotes", "/quotes/", "3 quotations"],
    ]);
    expect(sections.quotes.crumbs).toEqual([{ label: "Home", url: "/" }, { label: "Quotes", url: null }]);
  });

  it("makes an index page per list of names, and a page per name under its index", () => {
    const { directories, entries } = buildBrowse(archive);
    expect(directories.map((d) => [d.url, d.entries.length])).toEqual([
      ["/people/", 1],
      ["/places/", 1],
      ["/organizations/", 1],
      ["/outlets/", 1],
    ]);
    expect(entries.map((e) => [e.url, e.kind])).toEqual([
      ["/people/jeff-sessions/", "person"],
      ["/places/miami/", "place"],
      ["/organizations/miami-herald/", "organization"],
      ["/outlets/miami-herald/", "outlet"],
    ]);
    expect(entries[0]).toMatchObject({
      name: "Jeff Sessions",
      aliases: ["Sessions"],
      lede: "2 stories name Jeff Sessions, newest first.",
      section: { title: "People", url: "/people/" },
      crumbs: [{ label: "Home", url: "/" }, { label: "People", url: "/people/" }, { label: "Jeff Sessions", url: null }],
    });
    expect(entries[1]!.lede).toBe("1 story names Miami, newest first.");
    // Outlets have no aliases, and their stories come from them rather than name them.
    expect(entries[3]).toMatchObject({ aliases: [], lede: "1 story from Miami Herald, newest first." });
  });

  it("still makes every index page of an empty archive, each saying there is nothing yet", () => {
    const { sections, directories, entries } = buildBrowse(empty);
    expect(directories.map((d) => [d.url, d.entries.length])).toEqual([
      ["/people/", 0],
      ["/places/", 0],
      ["/organizations/", 0],
      ["/outlets/", 0],
    ]);
    expect(directories.every((d) => /^No \w+ named yet\.$/.test(d.empty))).toBe(true);
    expect(entries).toEqual([]);
    expect(sections.people.countLabel).toBe("0 people");
  });
});
