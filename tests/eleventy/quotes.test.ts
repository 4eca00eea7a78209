import { describe, expect, it } from "vitest";
import { quotePages, storyQuotes } from "../../src/eleventy/quotes.ts";
import { buildQuotes, QUOTES_PER_PAGE } from "../../src/pipeline/shape/entities.ts";
import { story } from "../helpers/records.ts";

describe("storyQuotes", () => {
  it("links a speaker the story names among its people or organizations, in the story's order", () => {
    const s = story({
      quotes: [
        { speaker: "Jeff Sessions", text: "Work with us." },
        { speaker: "U.S. Conference of Mayors", text: "We stand with Chicago." },
        { speaker: "Someone Else", text: "Not linked." },
        { speaker: null, text: "No one named." },
      ],
    });
    s.links.people = [{ name: "Jeff Sessions", url: "/people/jeff-sessions/" }];
    s.links.organizations = [{ name: "U.S. Conference of Mayors", url: "/organizations/u-s-conference-of-mayors/" }];
    expect(storyQuotes(s)).toEqual([
      { text: "Work with us.", speaker: "Jeff Sessions", speakerUrl: "/people/jeff-sessions/" },
      { text: "We stand with Chicago.", speaker: "U.S. Conference of Mayors", speakerUrl: "/organizations/u-s-conference-of-mayors/" },
      { text: "Not linked.", speaker: "Someone Else", speakerUrl: null },
      { text: "No one named.", speaker: null, speakerUrl: null },
    ]);
  });

  it("prefers the person's page when a person and an organization share the name", () => {
    const s = story({ quotes: [{ speaker: "Miami", text: "Hello." }] });
    s.links.people = [{ name: "Miami", url: "/people/miami/" }];
    s.links.organizations = [{ name: "Miami", url: "/organizations/miami/" }];
    expect(storyQuotes(s)[0]!.speakerUrl).toBe("/people/miami/");
  });

  it("gives nothing for a story without quotations", () => {
    expect(storyQuotes(story())).toEqual([]);
  });
});

describe("the quotes list over pages", () => {
  /** Stories quoting speakers: [speaker, how many quotations]. */
  function quoted(counts: [string | null, number][]) {
    return counts.flatMap(([speaker, n], k) => Array.from({ length: n }, (_, i) => story({ id: `s-${k}-${i}`, quotes: [{ speaker, text: `Quotation ${i} of ${speaker}.` }] })));
  }

  it("keeps a short list on one page at /quotes/", () => {
    const groups = buildQuotes(quoted([["Ana Ruiz", 3], [null, 2]]), new Map(), new Map());
    expect(groups.map((g) => [g.speaker, g.page, g.url])).toEqual([
      ["Ana Ruiz", 1, "/quotes/#ana-ruiz"],
      [null, 1, "/quotes/#unattributed"],
    ]);
    const pages = quotePages(groups);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ url: "/quotes/", label: null, links: [] });
  });

  it("goes on over the next pages with a speaker quoted more than a page holds, the rest filling the last", () => {
    const many = 2 * QUOTES_PER_PAGE + 50;
    const groups = buildQuotes(quoted([["Busy Speaker", many], ["Ana Ruiz", 100], ["Ben Ortiz", 60]]), new Map(), new Map());
    expect(groups.map((g) => [g.speaker, g.page])).toEqual([
      ["Busy Speaker", 1],
      ["Ana Ruiz", 3],
      ["Ben Ortiz", 4],
    ]);
    const pages = quotePages(groups);
    expect(pages.map((p) => p.groups.map((g) => [g.speaker, g.quotes.length, g.continued]))).toEqual([
      [["Busy Speaker", QUOTES_PER_PAGE, false]],
      [["Busy Speaker", QUOTES_PER_PAGE, true]],
      [
        ["Busy Speaker", 50, true],
        ["Ana Ruiz", 100, false],
      ],
      [["Ben Ortiz", 60, false]],
    ]);
    // Every quotation once, in order.
    expect(pages.flatMap((p) => p.groups.flatMap((g) => g.quotes))).toEqual(groups.flatMap((g) => g.quotes));
    expect(pages.every((p) => p.groups.reduce((n, g) => n + g.quotes.length, 0) <= QUOTES_PER_PAGE)).toBe(true);
  });

  it("fills pages speaker by speaker, splitting none that fits on a page, each quotation on exactly one page", () => {
    const most = QUOTES_PER_PAGE + 10;
    const groups = buildQuotes(quoted([["Busy Speaker", most], ["Ana Ruiz", 150], ["Ben Ortiz", 40], ["Cy Young", 20], [null, 5]]), new Map(), new Map());
    expect(groups.map((g) => [g.speaker, g.page])).toEqual([
      ["Busy Speaker", 1],
      ["Ana Ruiz", 2],
      ["Ben Ortiz", 2],
      ["Cy Young", 3],
      [null, 3],
    ]);
    expect(groups[1]!.url).toBe("/quotes/page/2/#ana-ruiz");
    const pages = quotePages(groups);
    expect(pages.map((p) => p.url)).toEqual(["/quotes/", "/quotes/page/2/", "/quotes/page/3/"]);
    expect(pages.flatMap((p) => p.groups.flatMap((g) => g.quotes))).toEqual(groups.flatMap((g) => g.quotes));
    expect(pages.map((p) => p.groups.map((g) => [g.speaker, g.continued]))).toEqual([
      [["Busy Speaker", false]],
      [
        ["Busy Speaker", true],
        ["Ana Ruiz", false],
        ["Ben Ortiz", false],
      ],
      [
        ["Cy Young", false],
        [null, false],
      ],
    ]);
    expect(pages[1]).toMatchObject({ previous: "/quotes/", next: "/quotes/page/3/", label: "page 2 of 3" });
  });
});
