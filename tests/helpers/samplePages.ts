import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { attribute, parseHtml, text } from "./parseHtml.ts";

/** Every kind of page the site has, in the order a reader meets them. */
export const PAGE_TYPES = [
  "home", "story", "timeline", "year", "month",
  "topics", "topic", "people", "person", "places", "place",
  "organizations", "organization", "outlets", "outlet", "events", "event",
  "quotes", "search", "404",
] as const;

/** The widths each kind of page is checked and photographed at: a phone and a laptop. */
export const READER_WIDTHS = [375, 1280] as const;

export type PageType = (typeof PAGE_TYPES)[number];

export interface SamplePage {
  type: PageType;
  /** The site path with its query: "/people/jeff-sessions/", "/search/?q=protest". */
  path: string;
  /** The text of the page's <h1> in the built file. */
  heading: string;
  /** A selector to wait for before the page is ready to look at (the search's results). */
  ready?: string;
}

/** The browsable lists: each index page and its entries' pages, e.g. "/people/" and "/people/<slug>/". */
const LISTS: [index: PageType, entry: PageType][] = [
  ["topics", "topic"], ["people", "person"], ["places", "place"],
  ["organizations", "organization"], ["outlets", "outlet"], ["events", "event"],
];

/**
 * One page of each type in a built site (built at the domain root), found the way a reader finds
 * them rather than from seed names: the first story the home page lists, the first year and
 * month the timeline links, the first entry of each index page, and a search for the longest
 * word of that story's headline. Throws when a type has no page, naming where it looked.
 */
export async function samplePages(siteDir: string): Promise<SamplePage[]> {
  const open = async (sitePath: string) => {
    const file = path.join(siteDir, sitePath.endsWith("/") ? `${sitePath}index.html` : sitePath);
    return parseHtml(await readFile(file, "utf8"), file);
  };
  const heading = async (sitePath: string) => {
    const h1 = (await open(sitePath)).querySelector("h1");
    if (!h1) throw new Error(`${sitePath} has no <h1>`);
    return text(h1);
  };
  /** The first link inside <main> of `from` whose path matches `pattern`. */
  const firstLink = async (from: string, pattern: RegExp) => {
    const links = (await open(from)).querySelectorAll("main a[href]").map((a) => attribute(a, "href") ?? "");
    const found = links.find((href) => pattern.test(new URL(href, `http://site.invalid${from}`).pathname));
    if (found === undefined) throw new Error(`${from} links to no page matching ${pattern}`);
    return new URL(found, `http://site.invalid${from}`).pathname;
  };

  const found: Partial<Record<PageType, string>> = {
    home: "/",
    story: await firstLink("/", /^\/stories\/.+\/$/),
    timeline: "/timeline/",
    year: await firstLink("/timeline/", /^\/timeline\/\d{4}\/$/),
    month: await firstLink("/timeline/", /^\/timeline\/\d{4}\/\d{2}\/$/),
    quotes: "/quotes/",
    search: "/search/",
    "404": "/404.html",
  };
  for (const [index, entry] of LISTS) {
    found[index] = `/${index}/`;
    found[entry] = await firstLink(`/${index}/`, new RegExp(`^/${index}/[^/]+/$`));
  }

  const storyHeading = await heading(found.story!);
  const word = storyHeading.split(/[^\p{L}]+/u).reduce((a, b) => (b.length > a.length ? b : a), "");
  return Promise.all(
    PAGE_TYPES.map(async (type): Promise<SamplePage> => {
      const sitePath = found[type];
      if (sitePath === undefined) throw new Error(`samplePages() has no rule to find a ${type} page`);
      const sample = { type, path: sitePath, heading: await heading(sitePath) };
      if (type !== "search") return sample;
      return { ...sample, path: `/search/?q=${encodeURIComponent(word)}`, ready: '#search-status:has-text("match")' };
    }),
  );
}

/** Opens a sample page and waits until it is ready to look at. */
export async function openSample(page: Page, origin: string, sample: SamplePage): Promise<void> {
  const response = await page.goto(`${origin}${sample.path}`);
  if (response?.status() !== 200) throw new Error(`${sample.path}: status ${response?.status()}`);
  if (sample.ready) await page.locator(sample.ready).waitFor({ timeout: 30_000 });
}
