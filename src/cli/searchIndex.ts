import path from "node:path";
import * as pagefind from "pagefind";
import type { Story } from "../pipeline/schema/index.ts";
import { stripMarkdown } from "../pipeline/extract/article.ts";
import { storyFacets } from "../eleventy/search.ts";
import { displayDate } from "../eleventy/filters/dates.ts";
import { stabilizeSearchIndex } from "./stableSearchIndex.ts";
import site from "../data/site.json" with { type: "json" };

/** Pagefind writes its index and scripts here, inside the site. */
export const SEARCH_DIR = "pagefind";

/**
 * The search index of an archive, made from the story records rather than by reading the
 * written pages back: Pagefind gets each story's words, metadata and filters as a record, in
 * the archive's order (Pagefind numbers pages in the order they arrive, so the same archive
 * gives the same bytes). Reading 10,000 story pages of HTML back cost Pagefind minutes and
 * gigabytes; records of the same text cost a fraction. Started as soon as the archive is
 * built, it runs in Pagefind's own process beside Eleventy's rendering.
 *
 * A record holds what the story page marks for search (data-pagefind-body minus its ignored
 * panels): the headline, the body text and the photo captions; the same metadata (date,
 * outlet) and filters (storyFacets), and the date to sort by.
 */
export class SearchIndex {
  #index: pagefind.PagefindIndex;
  #adding: Promise<pagefind.NewFileResponse>[] = [];

  private constructor(index: pagefind.PagefindIndex) {
    this.#index = index;
  }

  static async open(): Promise<SearchIndex> {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`search index: ${errors.join("; ")}`);
    return new SearchIndex(index);
  }

  /** Hands every story to Pagefind; `write` waits for them. */
  addStories(stories: readonly Story[]): void {
    for (const story of stories) this.#adding.push(this.#index.addCustomRecord(searchRecord(story)));
  }

  /**
   * Writes the index into the site and makes its bytes stable. Throws with Pagefind's own
   * errors, so a failed index fails the build instead of shipping a search page that finds nothing.
   */
  async write(siteDir: string): Promise<{ pages: number }> {
    const added = await Promise.all(this.#adding);
    const errors = added.flatMap((a) => a.errors);
    if (errors.length > 0) throw new Error(`search index: ${errors.join("; ")}`);
    const written = await this.#index.writeFiles({ outputPath: path.join(siteDir, SEARCH_DIR) });
    if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join("; ")}`);
    // Same input, same bytes: Pagefind's filter files come out in a random order otherwise.
    await stabilizeSearchIndex(path.join(siteDir, SEARCH_DIR));
    return { pages: added.length };
  }

  /** Stops Pagefind's process; call once, whether the build succeeded or not. */
  async close(): Promise<void> {
    await pagefind.close();
  }
}

/** What Pagefind indexes of one story. */
export function searchRecord(story: Story): pagefind.CustomRecord {
  const r = story.record;
  const body = story.paragraphs.map((p) => (story.bodyFormat === "markdown" ? stripMarkdown(p) : p));
  return {
    url: r.url,
    content: [r.title, ...body, ...story.captions.map((c) => c.text)].join("\n\n"),
    language: site.language,
    meta: { title: r.title, date: displayDate(r.date, r.datePrecision), outlet: r.outlet ?? "Unknown outlet" },
    filters: storyFacets(r),
    ...(r.date ? { sort: { date: r.date } } : {}),
  };
}

/** Index an archive into a site already written (the preview server, after each rebuild). */
export async function indexArchive(siteDir: string, stories: readonly Story[]): Promise<{ pages: number }> {
  const search = await SearchIndex.open();
  try {
    search.addStories(stories);
    return await search.write(siteDir);
  } finally {
    await search.close();
  }
}
