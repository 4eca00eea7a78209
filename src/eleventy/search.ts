import type { StoryRecord } from "../pipeline/schema/index.ts";
import { topicInfo } from "../pipeline/enrich/topics.ts";
import { storyPeople } from "./people.ts";

/** The filter value of stories without a date, so a search can be narrowed to them too. */
export const UNDATED_YEAR = "Undated";

/**
 * The values a story page gives Pagefind's filters (`data-pagefind-filter`), by filter name:
 * the search page's topic, outlet, year and person menus are built from these. An unknown
 * outlet gives no value rather than an "Unknown outlet" that would lump unrelated stories.
 */
export function storyFacets(record: StoryRecord): Record<"topic" | "outlet" | "year" | "person", string[]> {
  return {
    topic: record.topics.map((slug) => topicInfo(slug).name),
    outlet: record.outlet ? [record.outlet] : [],
    year: [record.date ? record.date.slice(0, 4) : UNDATED_YEAR],
    person: storyPeople(record),
  };
}

/** Pagefind writes its index and scripts here, inside the site. */
export const SEARCH_DIR = "pagefind";

/**
 * Stories a Pagefind index holds at most. Pagefind's process holds about 240 MB per 1,000
 * records while it indexes them, however they are fed (`npm run bench:search`), so a larger
 * archive is indexed in shards of this many stories, one Pagefind process after another, and
 * the search page searches them all (public/search.js).
 */
export const SEARCH_SHARD_STORIES = 5000;
/** Tests set a smaller shard (ARCHIVE_SEARCH_SHARD) to index a small archive in several. */
export const searchShardStories = (): number => Number(process.env.ARCHIVE_SEARCH_SHARD) || SEARCH_SHARD_STORIES;

/**
 * The folders of an archive's search index, relative to the site's root: "pagefind/", then
 * "pagefind-2/", "pagefind-3/"… for each further shard. Shards hold consecutive runs of the
 * archive's stories (newest first, the undated last), so a search in date order reads them in turn.
 */
export function searchBundles(storyCount: number, perShard: number = searchShardStories()): string[] {
  const shards = Math.max(1, Math.ceil(storyCount / perShard));
  return Array.from({ length: shards }, (_, k) => (k === 0 ? `${SEARCH_DIR}/` : `${SEARCH_DIR}-${k + 1}/`));
}

/**
 * How many of the search index's folders (searchBundles) hold a dated story: the archive lists
 * its dated stories first, so they are the first folders. A search in date order reads only
 * these (a folder of undated stories alone has no date to sort by, and Pagefind would give its
 * results unsorted); the undated stories are searched apart and listed last.
 */
export function datedSearchBundles(datedCount: number, perShard: number = searchShardStories()): number {
  return Math.ceil(datedCount / perShard);
}
