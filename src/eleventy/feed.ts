import { convertHtmlToAbsoluteUrls, dateToRfc3339 } from "@11ty/eleventy-plugin-rss";
import type { Archive, Story } from "../pipeline/schema/index.ts";
import { topicInfo } from "../pipeline/enrich/topics.ts";
import { bodyHtml } from "./filters/body.ts";
import { displayDate } from "./filters/dates.ts";
import { bylinePeople } from "./people.ts";
import { absoluteUrl } from "./urls.ts";

/** How many of the newest stories the feeds carry. */
export const FEED_SIZE = 20;

export interface FeedSite {
  title: string;
  description: string;
  language: string;
  baseUrl: string;
  buildDay: string;
}

/** One feed entry, shared by the Atom and the JSON feed so they never disagree. */
export interface FeedEntry {
  id: string;
  url: string;
  title: string;
  summary: string;
  contentHtml: string;
  /** RFC 3339, midnight UTC of the story's day: a calendar day that no time zone moves. */
  published: string;
  /** "16 August 2017", "August 2017" or "2017": how much of the date is known. */
  dateLabel: string;
  datePrecision: "day" | "month" | "year";
  authors: string[];
  topics: { slug: string; name: string }[];
}

export interface Feed {
  title: string;
  description: string;
  language: string;
  homeUrl: string;
  atomUrl: string;
  jsonUrl: string;
  /** The build day (settable with --build-day), so two builds of one input are identical. */
  updated: string;
  entries: FeedEntry[];
}

/** Midnight UTC of a "YYYY-MM-DD" day, as RFC 3339 (the plugin's Atom date format). */
export function rfc3339Day(day: string): string {
  return dateToRfc3339(new Date(`${day}T00:00:00Z`));
}

/**
 * The stories a feed may carry, newest first. A feed entry must have a date, and a made-up one
 * is the worst thing an archive can show, so undated stories are left out (they stay on the
 * timeline and in the JSON export). A story known only to the month or year is dated, as in
 * its record, to the first day of that month or year, and its entry says how much is known.
 */
export function feedStories(stories: readonly Story[]): Story[] {
  return stories.filter((s) => s.record.date !== null).slice(0, FEED_SIZE);
}

/** "/stories/x/" -> "/archive/stories/x/" when the site lives under /archive; "//host/x" is left alone. */
export function underBasePath(html: string, baseUrl: string): string {
  const basePath = new URL(`${baseUrl}/`).pathname.replace(/\/$/, "");
  return basePath ? html.replace(/(\s(?:href|src)=")\/(?!\/)/g, `$1${basePath}/`) : html;
}

async function feedEntry(story: Story, baseUrl: string): Promise<FeedEntry> {
  const r = story.record;
  const url = absoluteUrl(r.url, baseUrl);
  const precision = r.datePrecision as FeedEntry["datePrecision"];
  // Links in an editor's Markdown are relative to the story page; a feed reader has no page.
  // A root-relative link ("/stories/x/") means the archive's root, which may sit below the
  // domain's (https://example.org/archive), as the pages' links do through the base plugin.
  const contentHtml = await convertHtmlToAbsoluteUrls(underBasePath(bodyHtml(story), baseUrl), url);
  return {
    id: url,
    url,
    title: r.title,
    summary: precision === "day" ? r.summary : `${r.summary} (Published ${displayDate(r.date, precision)}; the exact day is not known.)`.trim(),
    contentHtml,
    published: rfc3339Day(r.date!),
    dateLabel: displayDate(r.date, precision),
    datePrecision: precision,
    authors: bylinePeople(r.byline),
    topics: r.topics.map((slug) => ({ slug, name: topicInfo(slug).name })),
  };
}

/** The newest stories as feed entries, with the feed's own addresses. */
export async function buildFeed(archive: Archive, site: FeedSite): Promise<Feed> {
  return {
    title: site.title,
    description: site.description,
    language: site.language,
    homeUrl: absoluteUrl("/", site.baseUrl),
    atomUrl: absoluteUrl("/feed.xml", site.baseUrl),
    jsonUrl: absoluteUrl("/feed.json", site.baseUrl),
    updated: rfc3339Day(site.buildDay),
    entries: await Promise.all(feedStories(archive.stories).map((s) => feedEntry(s, site.baseUrl))),
  };
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1), pretty-printed with a stable key order. */
export function jsonFeed(feed: Feed): string {
  const doc = {
    version: "https://jsonfeed.org/version/1.1",
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: feed.jsonUrl,
    description: feed.description,
    language: feed.language,
    authors: [{ name: feed.title }],
    items: feed.entries.map((e) => ({
      id: e.id,
      url: e.url,
      title: e.title,
      content_html: e.contentHtml,
      summary: e.summary,
      date_published: e.published,
      ...(e.authors.length > 0 ? { authors: e.authors.map((name) => ({ name })) } : {}),
      tags: e.topics.map((t) => t.name),
      // Extensions start with "_" (JSON Feed 1.1): how much of date_published is known.
      _archive: { date_precision: e.datePrecision, date_label: e.dateLabel },
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
