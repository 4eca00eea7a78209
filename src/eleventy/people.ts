import type { StoryRecord } from "../pipeline/schema/index.ts";
import { bylinePeople } from "../pipeline/extract/byline.ts";

// Where a byline names people is the pipeline's reading; the site uses it for filters, authors and citations.
export { bylinePeople };

/**
 * Everyone a story names as a person: the record's `people` (the people its body names) and
 * the people of its byline, each once.
 */
export function storyPeople(record: Pick<StoryRecord, "people" | "byline">): string[] {
  return [...new Set([...record.people, ...bylinePeople(record.byline)])];
}
