import { dayNumber } from "../extract/calendar.ts";

/**
 * Related stories, in the manner of Hugo's related content: each story is a set of keys
 * (people, organizations, places, topics, its event), each key weighs by its kind and by how
 * rare it is in the archive, and two stories score the summed weight of the keys they share,
 * scaled down by the days between them. Candidates come from an index of keys, and a key
 * shared by more than RELATED_MAX_POSTINGS stories is left out (it is in so many stories that
 * it tells little about any one), so the work grows with the archive, not with its square.
 */
export const RELATED_COUNT = 5;
export const RELATED_MAX_POSTINGS = 500;
/**
 * Candidates are the stories that share a key held by at most this many stories (a person, an
 * event, a small place); keys held by more (a topic, a big city) then add to their scores but
 * bring no candidates of their own, so a story is scored against hundreds of others, not
 * thousands, however large the archive.
 */
export const RELATED_CANDIDATE_POSTINGS = 50;
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
  // Each key's weight for its kind and rarity, once; keys in too many stories are left out.
  const weightOf = new Map<string, number>();
  for (const [k, list] of postings) if (list.length <= RELATED_MAX_POSTINGS) weightOf.set(k, Math.log(1 + n / list.length));
  const days = items.map((it) => (it.date ? dayNumber(it.date) : null));

  // Scores of one story's candidates, in an array reset after each story (a Map per story
  // costs more than the scoring itself on a large archive).
  const scores = new Float64Array(n);
  const touched: number[] = [];
  const result = new Map<string, string[]>();
  for (const [i, keys] of keysOf.entries()) {
    const common: [string, number][] = [];
    for (const [k, weight] of keys) {
      const rarity = weightOf.get(k);
      if (rarity === undefined) continue;
      const w = weight * rarity;
      const list = postings.get(k)!;
      if (list.length > RELATED_CANDIDATE_POSTINGS) {
        common.push([k, w]);
        continue;
      }
      for (const j of list) {
        if (j === i) continue;
        if (scores[j] === 0) touched.push(j);
        scores[j] = scores[j]! + w;
      }
    }
    for (const j of touched) for (const [k, w] of common) if (keysOf[j]!.has(k)) scores[j] = scores[j]! + w;
    const twins = new Set(items[i]!.duplicateOf);
    const best: { j: number; score: number }[] = [];
    for (const j of touched) {
      const score = scores[j]! * timeFactor(days[i]!, days[j]!);
      scores[j] = 0;
      if (score < RELATED_MIN_SCORE || twins.has(items[j]!.id)) continue;
      keepBest(best, { j, score }, count, (a, b) => b.score - a.score || items[a.j]!.id.localeCompare(items[b.j]!.id));
    }
    touched.length = 0;
    result.set(
      items[i]!.id,
      best.map((x) => items[x.j]!.id),
    );
  }
  return result;
}

/** Puts `item` into `best` (sorted by `order`) when it is among the first `count`. */
function keepBest<T>(best: T[], item: T, count: number, order: (a: T, b: T) => number): void {
  if (best.length === count && order(item, best[count - 1]!) >= 0) return;
  let at = best.length;
  while (at > 0 && order(item, best[at - 1]!) < 0) at--;
  best.splice(at, 0, item);
  if (best.length > count) best.pop();
}

function timeFactor(a: number | null, b: number | null): number {
  if (a === null || b === null) return (1 + RELATED_MIN_TIME_FACTOR) / 2;
  return Math.max(RELATED_MIN_TIME_FACTOR, 0.5 ** (Math.abs(a - b) / RELATED_HALF_LIFE_DAYS));
}
