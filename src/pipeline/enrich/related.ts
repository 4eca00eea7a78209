import { dayNumber } from "../extract/calendar.ts";

/**
 * Related stories, in the manner of Hugo's related content: each story is a set of keys
 * (people, organizations, places, topics, its event), each key weighs by its kind and by how
 * rare it is in the archive, and two stories score the summed weight of the keys they share,
 * scaled down by the days between them. Candidates come from an index of keys, and a key
 * shared by more than RELATED_MAX_POSTINGS stories is left out of that index (it is in so many
 * stories that it tells little about any one), so the work grows with the archive, not with
 * its square.
 */
export const RELATED_COUNT = 5;
export const RELATED_MAX_POSTINGS = 500;
/** A story must share at least this much weight to be related at all. */
export const RELATED_MIN_SCORE = 1;
/** Weights of each kind of key. */
export const RELATED_WEIGHTS = { event: 6, person: 3, organization: 2, place: 1, topic: 1.5 } as const;
/** Days over which the time factor halves. */
export const RELATED_HALF_LIFE_DAYS = 60;
/** The time factor never falls below this: an old story on the same people is still related. */
export const RELATED_MIN_TIME_FACTOR = 0.35;

export interface RelatedItem {
  id: string;
  date: string | null;
  eventId: string | null;
  people: readonly string[];
  organizations: readonly string[];
  places: readonly string[];
  topics: readonly string[];
  /** Stories that are the same text (duplicates) are not related, they are the story. */
  duplicateOf: readonly string[];
}

/** Story id -> ids of its related stories, best first. */
export function relatedStories(items: readonly RelatedItem[], count = RELATED_COUNT): Map<string, string[]> {
  const keysOf = items.map((it) => {
    const keys = new Map<string, number>();
    const add = (kind: keyof typeof RELATED_WEIGHTS, values: readonly string[]) => {
      for (const v of values) keys.set(`${kind}:${v}`, RELATED_WEIGHTS[kind]);
    };
    if (it.eventId) add("event", [it.eventId]);
    add("person", it.people);
    add("organization", it.organizations);
    add("place", it.places);
    add("topic", it.topics);
    return keys;
  });
  const postings = new Map<string, number[]>();
  for (const [i, keys] of keysOf.entries()) {
    for (const k of keys.keys()) {
      const list = postings.get(k);
      if (list) list.push(i);
      else postings.set(k, [i]);
    }
  }
  const n = items.length;
  const rarity = (k: string) => Math.log(1 + n / postings.get(k)!.length);
  const days = items.map((it) => (it.date ? dayNumber(it.date) : null));

  const result = new Map<string, string[]>();
  for (const [i, keys] of keysOf.entries()) {
    const scores = new Map<number, number>();
    for (const [k, weight] of keys) {
      const list = postings.get(k)!;
      if (list.length > RELATED_MAX_POSTINGS) continue;
      const w = weight * rarity(k);
      for (const j of list) if (j !== i) scores.set(j, (scores.get(j) ?? 0) + w);
    }
    const twins = new Set(items[i]!.duplicateOf);
    const ranked = [...scores.entries()]
      .filter(([j]) => !twins.has(items[j]!.id))
      .map(([j, s]) => ({ j, score: s * timeFactor(days[i]!, days[j]!) }))
      .filter((x) => x.score >= RELATED_MIN_SCORE)
      .sort((a, b) => b.score - a.score || items[a.j]!.id.localeCompare(items[b.j]!.id));
    result.set(
      items[i]!.id,
      ranked.slice(0, count).map((x) => items[x.j]!.id),
    );
  }
  return result;
}

function timeFactor(a: number | null, b: number | null): number {
  if (a === null || b === null) return (1 + RELATED_MIN_TIME_FACTOR) / 2;
  return Math.max(RELATED_MIN_TIME_FACTOR, 0.5 ** (Math.abs(a - b) / RELATED_HALF_LIFE_DAYS));
}
