import type { SourceLine, Story, StoryRecord } from "../../pipeline/schema/index.ts";
import { topicInfo } from "../../pipeline/enrich/topics.ts";
import { BOILERPLATE_RULES } from "../../pipeline/clean/rules.ts";

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

/** The public records of full stories, so list partials can show them like StoryRefs. */
export function records(stories: readonly Story[]): StoryRecord[] {
  return stories.map((s) => s.record);
}

/**
 * What the extract step's rule ids mean. The boilerplate rules carry their own descriptions
 * (src/pipeline/clean/rules.ts); these ids are plain strings in src/pipeline/extract/article.ts
 * with no description to read, so the legend's wording for them lives here.
 */
const EXTRACT_RULES: Record<string, string> = {
  "front-matter": "The file's front matter (metadata written by an editor)",
  "date-header": "A “date YYYY-MM-DD” header line, read as the story's date",
  "photo-caption": "A photo caption, listed apart from the body",
  byline: "A byline, read as the story's author",
  "date-line": "A line that is only a date or a timestamp",
  headline: "The headline, shown as the page title",
  "repeated-headline": "The headline repeated in the text",
};

export interface RemovalRule {
  id: string;
  description: string;
}

/** The rules that removed lines of this file, each once, in the order they first occur. */
export function removalRules(lines: readonly SourceLine[]): RemovalRule[] {
  const ids = new Set(lines.flatMap((l) => l.removedBy));
  return [...ids].map((id) => ({
    id,
    description: BOILERPLATE_RULES.find((r) => r.id === id)?.description ?? EXTRACT_RULES[id] ?? `Removed by the “${id}” rule`,
  }));
}
