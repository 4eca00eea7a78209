import type { SourceLine, Story, StoryRecord } from "../../pipeline/schema/index.ts";
import { topicInfo } from "../../pipeline/enrich/topics.ts";
import { BOILERPLATE_RULES } from "../../pipeline/clean/rules.ts";
import { METADATA_RULES } from "../../pipeline/extract/metadataRules.ts";

/** "Sanctuary cities" for "sanctuary-cities": the taxonomy is the one source of topic names. */
export function topicName(slug: string): string {
  return topicInfo(slug).name;
}

// One index per stories array, built on first use, so a page with duplicates does not scan
// a hundred thousand stories per link.
const indexes = new WeakMap<readonly Story[], Map<string, StoryRecord>>();

/** The record of the story with this id, or null (for links to a story's duplicates). */
export function storyById(id: string, stories: readonly Story[]): StoryRecord | null {
  let index = indexes.get(stories);
  if (!index) {
    index = new Map(stories.map((s) => [s.record.id, s.record]));
    indexes.set(stories, index);
  }
  return index.get(id) ?? null;
}

export interface RemovalRule {
  id: string;
  description: string;
}

/** The rules that removed lines of this file, each once, in the order they first occur. */
export function removalRules(lines: readonly SourceLine[]): RemovalRule[] {
  const ids = new Set(lines.flatMap((l) => l.removedBy));
  return [...ids].map((id) => ({
    id,
    description: BOILERPLATE_RULES.find((r) => r.id === id)?.description ?? (METADATA_RULES as Record<string, string>)[id] ?? `Removed by the “${id}” rule`,
  }));
}
