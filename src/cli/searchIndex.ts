import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import type { Story } from "../pipeline/schema/index.ts";
import { stripMarkdown } from "../pipeline/extract/article.ts";
import { searchBundles, searchShardStories, storyFacets } from "../eleventy/search.ts";
import { displayDate } from "../eleventy/filters/dates.ts";
import { stabilizeSearchIndex } from "./stableSearchIndex.ts";
import site from "../data/site.json" with { type: "json" };

/**
 * The search index of an archive, made from the story records rather than by reading the
 * written pages back: Pagefind gets each story's words, metadata and filters as a record, in
 * the archive's order (Pagefind numbers pages in the order they arrive, so the same archive
 * gives the same bytes). Reading 10,000 story pages of HTML back cost Pagefind minutes and
 * gigabytes; records of the same text cost a fraction.
 *
 * A record holds what the story page marks for search (data-pagefind-body minus its ignored
 * panels): the headline, the body text and the photo captions; the same metadata (date,
 * outlet) and filters (storyFacets), and the date to sort by.
 */
class SearchIndex {
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

  /** Hands the stories to Pagefind; `write` waits for them. */
  addStories(stories: readonly Story[]): void {
    for (const story of stories) this.#adding.push(this.#index.addCustomRecord(searchRecord(story)));
  }

  /**
   * Writes the index into `bundleDir` and makes its bytes stable. Throws with Pagefind's own
   * errors, so a failed index fails the build instead of shipping a search page that finds nothing.
   */
  async write(bundleDir: string): Promise<{ pages: number }> {
    const added = await Promise.all(this.#adding);
    const errors = added.flatMap((a) => a.errors);
    if (errors.length > 0) throw new Error(`search index: ${errors.join("; ")}`);
    const written = await this.#index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join("; ")}`);
    // Same input, same bytes: Pagefind's filter files come out in a random order otherwise.
    await stabilizeSearchIndex(bundleDir);
    return { pages: added.length };
  }
}

/**
 * Indexes an archive's stories into the site at `siteDir`, shard by shard (searchBundles), each
 * in a Pagefind process of its own that ends before the next starts, so Pagefind never holds
 * more than one shard. Shards a larger archive left behind are removed. The build runs it
 * beside Eleventy's rendering: the work is in Pagefind's process. An aborted `signal` stops it
 * before the next shard (the caller closes Pagefind: see closeSearch).
 */
export async function indexArchive(siteDir: string, stories: readonly Story[], signal?: AbortSignal): Promise<{ pages: number }> {
  const perShard = searchShardStories();
  const bundles = searchBundles(stories.length, perShard);
  const extra = (await readdir(siteDir).catch(() => [] as string[])).filter((f) => /^pagefind-\d+$/.test(f) && !bundles.includes(`${f}/`));
  await Promise.all(extra.map((f) => rm(path.join(siteDir, f), { recursive: true, force: true })));
  let pages = 0;
  for (const [k, bundle] of bundles.entries()) {
    signal?.throwIfAborted();
    const search = await SearchIndex.open();
    try {
      search.addStories(stories.slice(k * perShard, (k + 1) * perShard));
      pages += (await search.write(path.join(siteDir, bundle))).pages;
    } finally {
      // Pagefind's process ends here, and with it the memory of this shard.
      await closeSearch();
    }
  }
  return { pages };
}

/** Stops Pagefind's process, if one is running (an index being written then never finishes). */
export async function closeSearch(): Promise<void> {
  await pagefind.close();
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
