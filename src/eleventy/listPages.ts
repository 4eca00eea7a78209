import type { StoryRef } from "../pipeline/schema/index.ts";
import { listPageUrl } from "../pipeline/shape/pages.ts";

/** Stories a topic or name page lists at once; a longer list goes on over numbered pages. */
export const STORIES_PER_PAGE = 100;
/** Page links shown on each side of the current page; the first and last are always shown. */
const PAGER_WINDOW = 2;

/** One page of a long list of stories. */
export interface ListPage {
  /** From 1. */
  number: number;
  count: number;
  /** This page's address (listPageUrl). */
  url: string;
  stories: StoryRef[];
  /** The place in the whole list of this page's first and last story, from 1. */
  first: number;
  last: number;
  previous: string | null;
  next: string | null;
  /** The pages the pager links to: the first, the last and a few around this one; null marks a gap. */
  links: ({ number: number; url: string; current: boolean } | null)[];
  /** "page 2 of 7", for titles and headings; null when the list fits on one page. */
  label: string | null;
}

/** The links of page `number` of `count`: its neighbours, and the pager's bounded set of pages. */
export function pager(listUrl: string, number: number, count: number): Pick<ListPage, "previous" | "next" | "links" | "label"> {
  const shown = [...new Set([1, ...range(number - PAGER_WINDOW, number + PAGER_WINDOW), count])].filter((n) => n >= 1 && n <= count).sort((a, b) => a - b);
  const links = shown.flatMap((n, k) => [...(k > 0 && n - shown[k - 1]! > 1 ? [null] : []), { number: n, url: listPageUrl(listUrl, n), current: n === number }]);
  return {
    previous: number > 1 ? listPageUrl(listUrl, number - 1) : null,
    next: number < count ? listPageUrl(listUrl, number + 1) : null,
    links: count > 1 ? links : [],
    label: count > 1 ? `page ${number} of ${count}` : null,
  };
}

/**
 * A list of stories cut into pages of STORIES_PER_PAGE. Every page links to a bounded number
 * of others, so the pages of a topic with 100,000 stories do not hold 1,000 links each. An
 * empty list still has its first page.
 */
export function listPages(listUrl: string, stories: readonly StoryRef[], size = STORIES_PER_PAGE): ListPage[] {
  const count = Math.max(1, Math.ceil(stories.length / size));
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    count,
    url: listPageUrl(listUrl, i + 1),
    stories: stories.slice(i * size, (i + 1) * size),
    first: i * size + 1,
    last: Math.min(stories.length, (i + 1) * size),
    ...pager(listUrl, i + 1, count),
  }));
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
