import { HtmlBasePlugin } from "@11ty/eleventy";
import type { Archive, Story } from "../pipeline/schema/index.ts";
import { buildArchive } from "../pipeline/index.ts";
import site from "../data/site.json" with { type: "json" };
import type { SiteOptions } from "./options.ts";
import { registerFilters } from "./filters/index.ts";
import { buildCalendar } from "./calendar.ts";
import { monthChart } from "./chart.ts";
import { buildBrowse } from "./browse.ts";
import { eventGroups, eventIndexPages, eventPages, eventsById } from "./events.ts";
import { buildFeed } from "./feed.ts";
import { xmlSafe } from "./xml.ts";
import { datedSearchBundles, searchBundles, UNDATED_YEAR } from "./search.ts";
import { cacheCompiledTemplates } from "./templateCache.ts";
import { listPages } from "./listPages.ts";
import { writeExport } from "./exportFile.ts";
import { quotePages } from "./quotes.ts";
import { htmlPageUrls, sitemapFiles, sitemapFileUrl, type PageItem } from "./sitemap.ts";

/**
 * The long paginated lists whose pages a large build writes over several Eleventy runs, by the
 * name of their global data: the template that pages through each, and how many of its pages
 * weigh about as much as one story's page in a run (by their HTML: an event's page is about a
 * fifth of a story's; a page of 200 quotations, a month's stories or 500 events several times
 * one; a page of 100 undated stories two or three).
 */
export const PAGED_LISTS = {
  storyBatch: { template: "story.njk", perStory: 1 },
  eventPages: { template: "events/event.njk", perStory: 2 },
  entryPages: { template: "directories/entry.njk", perStory: 2 },
  topicPages: { template: "topics/topic.njk", perStory: 1 },
  quotePages: { template: "quotes.njk", perStory: 0.1 },
  monthPages: { template: "calendar/month.njk", perStory: 0.1 },
  undatedPages: { template: "calendar/undated.njk", perStory: 0.4 },
  eventIndexPages: { template: "events/index.njk", perStory: 0.1 },
} as const;
export type PagedList = keyof typeof PAGED_LISTS;

/**
 * Which pages an Eleventy run writes. Eleventy keeps every page it renders in memory until its
 * run ends (about twice the size of the HTML), so a large archive's long lists of pages (its
 * stories, events, names, topics, quotations, months: PAGED_LISTS) are written over several
 * runs in one process, each run a part of one or more lists of about the same weight; the first
 * run also writes every other page. The CLI builds the archive once and sets this before each
 * run (src/cli/render.ts); a bare `eleventy` run, with no batch set, builds the archive itself
 * and writes every page.
 */
export interface StoryBatch {
  /** The archive to reuse instead of running the pipeline again. */
  archive?: Archive;
  /**
   * For each long list, the [start, end) of its pages to write; when set, a list it leaves out
   * gets no pages in this run. All of every list when absent.
   */
  ranges?: Partial<Record<PagedList, [number, number]>>;
  /**
   * The stories to write instead of the archive's: the preview server's quick pass writes an
   * edited story's page from a record remade outside the archive (src/cli/serve.ts).
   */
  stories?: readonly Story[];
  /** Templates to leave out (paths Eleventy can ignore): a run that writes only some lists leaves out every other template. */
  ignore?: string[];
}

let batch: StoryBatch = {};

export function setStoryBatch(next: StoryBatch): void {
  batch = next;
}

type EleventyConfig = any; // Eleventy ships no TypeScript types.

/**
 * Wires the pipeline into Eleventy: parse the seeds once per build, hand the archive to the
 * templates as global data, and copy `public/` to the site root.
 */
export async function configureArchive(eleventyConfig: EleventyConfig, options: SiteOptions): Promise<{ pathPrefix: string }> {
  // Templates live in templates/, layouts and partials beside them.
  eleventyConfig.setInputDirectory("templates");
  eleventyConfig.setIncludesDirectory("_includes");
  eleventyConfig.setLayoutsDirectory("_layouts");
  eleventyConfig.setOutputDirectory(options.outDir);
  eleventyConfig.setTemplateFormats(["njk"]);

  // public/ holds CSS, icons and robots.txt, copied as they are.
  eleventyConfig.addPassthroughCopy({ public: "/" });

  // A story is re-read when its seed file changes under `npm start`.
  eleventyConfig.addWatchTarget(options.seedsDir);

  // The batch set when this run was configured: a later setStoryBatch is for a later run.
  const run = batch;
  // Parse once per build, before any template asks for the data; a build that writes its story
  // pages over several Eleventy runs (see StoryBatch) parses once and hands each run the archive.
  let archive: Archive | undefined;
  eleventyConfig.on("eleventy.before", async () => {
    if (run.archive) {
      archive = run.archive;
      return;
    }
    archive = await buildArchive({ seedsDir: options.seedsDir, buildDay: options.buildDay, cacheDir: options.cacheDir, keepInMemory: options.keepParses });
  });
  eleventyConfig.addGlobalData("archive", () => archive);
  // The JSON export is written apart from the templates (see writeExport): by the CLI after its
  // runs, or here after a bare `eleventy` run.
  eleventyConfig.on("eleventy.after", async () => {
    if (!run.archive && archive) await writeExport(options.outDir, archive);
  });
  // The pages of the long lists this run writes: all of them, or one part (see StoryBatch).
  for (const list of Object.keys(PAGED_LISTS) as PagedList[]) {
    eleventyConfig.addGlobalData(list, () => {
      if (!archive) return undefined;
      if (list === "storyBatch" && run.stories) return run.stories;
      const pages = pagedLists[list].pages(archive);
      if (!run.ranges) return pages;
      const range = run.ranges[list];
      return range ? pages.slice(...range) : [];
    });
  }
  for (const template of run.ignore ?? []) eleventyConfig.ignores.add(template);
  const siteData = { ...site, baseUrl: options.baseUrl, buildDay: options.buildDay };
  eleventyConfig.addGlobalData("site", siteData);
  // Shapes for the calendar pages, the timeline's chart and the feeds, computed here from the
  // archive (the pipeline knows nothing of pages it does not shape itself).
  eleventyConfig.addGlobalData("calendar", () => archive && shapes.calendar(archive));
  eleventyConfig.addGlobalData("monthChart", () => archive && shapes.monthChart(archive));
  eleventyConfig.addGlobalData("feed", () => archive && buildFeed(archive, siteData));
  // The browsable lists (people, places, organizations, outlets, events, quotes) and their
  // pages; events by id, built once, for the lists of stories that show each story's event.
  eleventyConfig.addGlobalData("browse", () => archive && shapes.browse(archive));
  eleventyConfig.addGlobalData("eventsById", () => archive && shapes.eventsById(archive));
  eleventyConfig.addGlobalData("eventGroups", () => archive && shapes.eventGroups(archive));
  // The files of a sitemap of more than 50,000 pages, for templates/sitemaps.njk to paginate over.
  eleventyConfig.addGlobalData("sitemapFiles", () => ({ of: (items: PageItem[]) => sitemapFiles(htmlPageUrls(items, archive ? shapes.pagedUrls(archive) : [])), url: sitemapFileUrl }));
  // Every page of the long lists, for the sitemap: those later runs write are not in this run's collections.
  eleventyConfig.addGlobalData("pagedUrls", () => archive && shapes.pagedUrls(archive));
  // The search filter value of undated stories, for the story pages and the search script alike.
  eleventyConfig.addGlobalData("undatedYear", UNDATED_YEAR);
  // The folders of the search index (one per shard of stories), for the search script.
  eleventyConfig.addGlobalData("searchBundles", () => archive && searchBundles(archive.stories.length));
  eleventyConfig.addGlobalData("datedSearchBundles", () => archive && datedSearchBundles(archive.stats.dated));

  // A base URL with a path (https://example.org/archive) means the site lives below the
  // domain root: the base plugin prefixes every root-relative link in the HTML with that path.
  eleventyConfig.addPlugin(HtmlBasePlugin);

  // The Atom feed and the sitemap must parse as XML whatever control characters a story holds.
  eleventyConfig.addTransform("xml-safe", (content: string, outputPath: string | false) => (typeof outputPath === "string" && outputPath.endsWith(".xml") ? xmlSafe(content) : content));

  registerFilters(eleventyConfig);
  // Last: each page as the UTF-8 bytes Eleventy writes. Eleventy holds every page it renders
  // until its run ends, and V8 keeps a string with any character past Latin-1 (a curly quote,
  // a dash) at two bytes a character: as bytes, a run of 1,500 stories' pages held 260 MB
  // instead of 335.
  eleventyConfig.addTransform("utf8-bytes", (content: unknown) => (typeof content === "string" ? Buffer.from(content) : content));
  // Each template and layout is compiled once per build, not once per page (see templateCache.ts).
  eleventyConfig.on("eleventy.engine.njk", ({ nunjucks }: { nunjucks: Parameters<typeof cacheCompiledTemplates>[0] }) => cacheCompiledTemplates(nunjucks));
  return { pathPrefix: new URL(`${options.baseUrl}/`).pathname };
}

/**
 * The page shapes made from an archive, each computed once for it however many templates ask,
 * and shared by the Eleventy runs of one build (a batched build reuses one archive).
 */
const browseOf = onePerArchive(buildBrowse);
const eventPagesOf = onePerArchive(eventPages);
const topicPagesOf = onePerArchive((a: Archive) => a.topics.flatMap((topic) => listPages(`/topics/${topic.slug}/`, topic.stories).map((page) => ({ topic, page }))));
const quotePagesOf = onePerArchive((a: Archive) => quotePages(a.quotes));
const eventIndexPagesOf = onePerArchive((a: Archive) => eventIndexPages(a.events));
const calendarOf = onePerArchive(buildCalendar);
const entryPagesOf = onePerArchive((a: Archive) => browseOf(a).entries.flatMap((entry) => listPages(entry.url, entry.stories).map((page) => ({ entry, page }))));

/** Each long list's pages in an archive, and their addresses. */
const listed = <T>(pages: (a: Archive) => readonly T[], url: (page: T) => string) => ({ pages, urls: (a: Archive) => pages(a).map(url) });
const pagedLists: Record<PagedList, { pages: (a: Archive) => readonly unknown[]; urls: (a: Archive) => string[] }> = {
  storyBatch: listed((a) => a.stories, (story) => story.record.url),
  eventPages: listed(eventPagesOf, (event) => event.url),
  entryPages: listed(entryPagesOf, (entry) => entry.page.url),
  topicPages: listed(topicPagesOf, (topic) => topic.page.url),
  quotePages: listed(quotePagesOf, (page) => page.url),
  monthPages: listed((a) => calendarOf(a).months, (month) => month.url),
  undatedPages: listed((a) => calendarOf(a).undatedPages, (page) => page.url),
  eventIndexPages: listed(eventIndexPagesOf, (page) => page.url),
};

const shapes = {
  calendar: calendarOf,
  monthChart: onePerArchive((a) => monthChart(a.timeline.years)),
  browse: browseOf,
  eventsById: onePerArchive((a) => eventsById(a.events)),
  eventGroups: onePerArchive((a) => eventGroups(a.events)),
  pagedUrls: onePerArchive((a) => (Object.keys(PAGED_LISTS) as PagedList[]).flatMap((list) => pagedLists[list].urls(a))),
};

/** How many pages each long list has (see StoryBatch). */
export function pagedListSizes(archive: Archive): Record<PagedList, number> {
  return Object.fromEntries((Object.keys(PAGED_LISTS) as PagedList[]).map((list) => [list, pagedLists[list].pages(archive).length])) as Record<PagedList, number>;
}

/** `fn` computed once for each archive (each build), however many templates or runs ask for it. */
function onePerArchive<T>(fn: (archive: Archive) => T): (archive: Archive) => T {
  const results = new WeakMap<Archive, T>();
  return (archive) => {
    if (!results.has(archive)) results.set(archive, fn(archive));
    return results.get(archive)!;
  };
}
