import { describe, expect, it } from "vitest";
import { listPages, STORIES_PER_PAGE } from "../../src/eleventy/listPages.ts";
import type { StoryRef } from "../../src/pipeline/schema/index.ts";

const refs = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `s-${i}` }) as StoryRef);

describe("a long list of stories over numbered pages", () => {
  it("keeps a short list on one page, with no pager and no page label", () => {
    const [only, ...rest] = listPages("/topics/courts/", refs(STORIES_PER_PAGE));
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ number: 1, count: 1, url: "/topics/courts/", previous: null, next: null, links: [], label: null, first: 1, last: STORIES_PER_PAGE });
  });

  it("gives an empty list its first page", () => {
    expect(listPages("/people/x/", [])).toMatchObject([{ number: 1, count: 1, stories: [], label: null }]);
  });

  it("cuts a long list into pages, each story on exactly one, linked in order", () => {
    const stories = refs(2 * STORIES_PER_PAGE + 5);
    const pages = listPages("/people/jeff-sessions/", stories);
    expect(pages.map((p) => p.url)).toEqual(["/people/jeff-sessions/", "/people/jeff-sessions/page/2/", "/people/jeff-sessions/page/3/"]);
    expect(pages.flatMap((p) => p.stories)).toEqual(stories);
    expect(pages.map((p) => p.label)).toEqual(["page 1 of 3", "page 2 of 3", "page 3 of 3"]);
    expect(pages[2]).toMatchObject({ first: 2 * STORIES_PER_PAGE + 1, last: 2 * STORIES_PER_PAGE + 5, previous: "/people/jeff-sessions/page/2/", next: null });
    expect(pages[0]!.links.map((l) => l && [l.number, l.current])).toEqual([[1, true], [2, false], [3, false]]);
  });

  it("links each page of a very long list to a bounded number of others: the ends and its neighbours", () => {
    const pages = listPages("/topics/courts/", refs(1000 * STORIES_PER_PAGE));
    expect(pages).toHaveLength(1000);
    const middle = pages[499]!;
    expect(middle.links.map((l) => l?.number ?? null)).toEqual([1, null, 498, 499, 500, 501, 502, null, 1000]);
    expect(Math.max(...pages.map((p) => p.links.length))).toBeLessThanOrEqual(9);
  });
});
