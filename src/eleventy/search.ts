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
