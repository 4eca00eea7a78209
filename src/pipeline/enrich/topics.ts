import taxonomy from "../../data/topics.json" with { type: "json" };
import { slugify } from "./slugs.ts";

/** A topic needs at least this score (title hits count TITLE_WEIGHT times) to be assigned. */
export const TOPIC_MIN_SCORE = 3;
/** A topic must score at least this share of the story's best topic, so side mentions don't count. */
export const TOPIC_RELATIVE_SCORE = 0.4;
/** One keyword repeated is not a topic: at least this many different keywords must occur. */
export const TOPIC_MIN_DISTINCT_KEYWORDS = 2;
/** Each story gets at most this many topics: the ones it is really about. */
export const TOPIC_MAX_PER_STORY = 4;
export const TITLE_WEIGHT = 3;

export interface TopicDefinition {
  slug: string;
  name: string;
  description: string;
  patterns: RegExp[];
  weight: number;
  parent: string | null;
}

/** Keywords become whole-word patterns; all-capital keywords (ICE, DACA) match case-sensitively. */
function keywordPattern(keyword: string): RegExp {
  const stem = keyword.endsWith("*");
  const body = (stem ? keyword.slice(0, -1) : keyword).replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
  const flags = /^[A-Z]{2,}$/.test(keyword.replace("*", "")) ? "gu" : "giu";
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}${stem ? "[\\p{L}\\p{N}]*" : ""}(?![\\p{L}\\p{N}])`, flags);
}

export const TOPICS: readonly TopicDefinition[] = taxonomy.topics.map((t) => ({
  slug: slugify(t.slug),
  name: t.name,
  description: t.description,
  patterns: t.keywords.map(keywordPattern),
  weight: (t as { weight?: number }).weight ?? 1,
  parent: (t as { parent?: string }).parent ?? null,
}));

function hits(patterns: readonly RegExp[], text: string): number {
  let n = 0;
  for (const p of patterns) n += text.match(p)?.length ?? 0;
  return n;
}

/** The few topics a story is really about, best first; slugs come from the taxonomy. */
export function scoreTopics(title: string, body: string, extra: readonly string[] = []): string[] {
  const scored = TOPICS.map((t) => ({
    slug: t.slug,
    score: (hits(t.patterns, title) * TITLE_WEIGHT + hits(t.patterns, body)) * t.weight,
    distinct: t.patterns.filter((p) => hits([p], title) + hits([p], body) > 0).length,
  }))
    .filter((t) => t.score >= TOPIC_MIN_SCORE && t.distinct >= TOPIC_MIN_DISTINCT_KEYWORDS)
    .sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug));
  const best = scored[0]?.score ?? 0;
  const chosen: string[] = [];
  for (const t of scored.filter((x) => x.score >= best * TOPIC_RELATIVE_SCORE)) {
    // A narrow topic brings its broader parent along (sanctuary cities -> immigration).
    const parent = TOPICS.find((x) => x.slug === t.slug)?.parent;
    for (const slug of [t.slug, parent]) if (slug && !chosen.includes(slug)) chosen.push(slug);
  }
  chosen.splice(TOPIC_MAX_PER_STORY);
  // Front matter overrides anything inferred: an editor's topics replace the scored ones.
  const fromEditor = extra.map(slugify).filter(Boolean);
  return fromEditor.length > 0 ? [...new Set(fromEditor)] : chosen;
}

/** Name and description for a slug, including slugs an editor invented in front matter. */
export function topicInfo(slug: string): { name: string; description: string } {
  const t = TOPICS.find((x) => x.slug === slug);
  if (t) return { name: t.name, description: t.description };
  const name = slug.replace(/-/g, " ");
  return { name: name.charAt(0).toUpperCase() + name.slice(1), description: `Stories tagged “${name}” by an editor.` };
}
