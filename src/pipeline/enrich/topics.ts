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
  keywords: Keyword[];
  weight: number;
  parent: string | null;
}

/** The words of a text (runs of letters and digits), counted as written and in lower case. */
interface WordCounts {
  exact: Map<string, number>;
  lower: Map<string, number>;
  /** Words counted under each taxonomy stem they start with ("immigra" for "immigrants"), as written and in lower case. */
  exactStems: Map<string, number>;
  lowerStems: Map<string, number>;
}

/** How often a keyword occurs in a text, given the text and its counted words. */
type Keyword = (text: string, words: WordCounts) => number;

const WORD = /[\p{L}\p{N}]+/gu;

function countWords(text: string): WordCounts {
  const exact = new Map<string, number>();
  const lower = new Map<string, number>();
  for (const [word] of text.matchAll(WORD)) {
    exact.set(word, (exact.get(word) ?? 0) + 1);
    const l = word.toLowerCase();
    lower.set(l, (lower.get(l) ?? 0) + 1);
  }
  return { exact, lower, exactStems: countStems(exact, STEMS.exact), lowerStems: countStems(lower, STEMS.lower) };
}

/** Each word's count added to every stem it starts with: a few look-ups a word, not one a stem. */
function countStems(words: ReadonlyMap<string, number>, stems: { set: ReadonlySet<string>; lengths: readonly number[] }): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [word, n] of words) {
    for (const length of stems.lengths) {
      if (length > word.length) break;
      const prefix = word.slice(0, length);
      if (stems.set.has(prefix)) counts.set(prefix, (counts.get(prefix) ?? 0) + n);
    }
  }
  return counts;
}

/**
 * Keywords match whole words; a trailing * matches any ending; all-capital keywords (ICE,
 * DACA) match case-sensitively. A single word is looked up among the text's counted words;
 * a phrase ("law enforcement", "neo-Nazi*") is matched with a pattern, and only in texts that
 * have its first word, so a story is tokenised once rather than scanned once per keyword.
 */
function keywordMatcher(keyword: string): Keyword {
  const stem = keyword.endsWith("*");
  const word = stem ? keyword.slice(0, -1) : keyword;
  const caseSensitive = /^[A-Z]{2,}$/.test(word);
  if (/^[\p{L}\p{N}]+$/u.test(word)) {
    const key = caseSensitive ? word : word.toLowerCase();
    if (!stem) return (_, words) => (caseSensitive ? words.exact : words.lower).get(key) ?? 0;
    return (_, words) => (caseSensitive ? words.exactStems : words.lowerStems).get(key) ?? 0;
  }
  const body = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${body}${stem ? "[\\p{L}\\p{N}]*" : ""}(?![\\p{L}\\p{N}])`, caseSensitive ? "gu" : "giu");
  const first = (word.match(/^[\p{L}\p{N}]+/u)?.[0] ?? "").toLowerCase();
  return (text, words) => (first && !words.lower.has(first) ? 0 : (text.match(pattern)?.length ?? 0));
}

/** The single-word stems of the taxonomy ("immigra*"), as written (all-capital ones) and in lower case, with their lengths. */
const STEMS = (() => {
  const stems = taxonomy.topics.flatMap((t) => t.keywords).filter((k) => /^[\p{L}\p{N}]+\*$/u.test(k)).map((k) => k.slice(0, -1));
  const group = (list: string[]) => ({ set: new Set(list), lengths: [...new Set(list.map((w) => w.length))].sort((a, b) => a - b) });
  return { exact: group(stems.filter((w) => /^[A-Z]{2,}$/.test(w))), lower: group(stems.filter((w) => !/^[A-Z]{2,}$/.test(w)).map((w) => w.toLowerCase())) };
})();

export const TOPICS: readonly TopicDefinition[] = taxonomy.topics.map((t) => ({
  slug: slugify(t.slug),
  name: t.name,
  description: t.description,
  keywords: t.keywords.map(keywordMatcher),
  weight: (t as { weight?: number }).weight ?? 1,
  parent: (t as { parent?: string }).parent ?? null,
}));

/** The few topics a story is really about, best first; slugs come from the taxonomy. */
export function scoreTopics(title: string, body: string, extra: readonly string[] = []): string[] {
  const titleWords = countWords(title);
  const bodyWords = countWords(body);
  const scored = TOPICS.map((t) => {
    let score = 0;
    let distinct = 0;
    for (const keyword of t.keywords) {
      const inTitle = keyword(title, titleWords);
      const inBody = keyword(body, bodyWords);
      score += inTitle * TITLE_WEIGHT + inBody;
      if (inTitle + inBody > 0) distinct++;
    }
    return { slug: t.slug, score: score * t.weight, distinct };
  })
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
