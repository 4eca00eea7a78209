import { createHash } from "node:crypto";
import type { ArchiveEvent } from "../schema/index.ts";

/** An event as grouping finds it; its page shape (coverage, outlets, address) is added later. */
export type FoundEvent = Omit<ArchiveEvent, "url" | "stories" | "outlets">;
import type { ChosenDate } from "../extract/dates.ts";
import { dayNumber, fromDayNumber, humanDay, weekdayOfNumber } from "../extract/calendar.ts";
import { slugify } from "./slugs.ts";
import { distinctNames, NAMES, sharedCount, sharedIds, TERMS, type CompactFeatures } from "./features.ts";

/**
 * Two stories cover the same happening only if their word profiles are at least this alike
 * (cosine of TF-IDF weights). Words alone cannot tell two events of one long-running subject
 * apart; the date checks in `consistent` do that, so this bar only keeps unrelated stories out.
 */
export const EVENT_MIN_SIMILARITY = 0.12;
/**
 * An undated story joins a dated group only when this alike to one of its members… (high: an
 * undated story on the same subject may be about the next storm or the later ruling, and
 * joining borrows the wrong day; measured on the labelled sets, no wrong join is above it)
 */
export const EVENT_MIN_SIMILARITY_TO_JOIN = 0.15;
/** An undated story that calls its news a repeat ("a second storm") must be this alike to join. */
export const EVENT_MIN_SIMILARITY_FOLLOW_UP = 0.45;
/** …and this much more alike to it than to any other group its weekdays would allow. */
export const EVENT_JOIN_MARGIN = 0.03;
/** …and the next best group is less than this share as alike: two close candidates are two happenings of one subject, and the story could belong to either. */
export const EVENT_JOIN_RATIO = 0.8;
/** Two undated stories have no date to check, so their words must be much more alike. */
export const EVENT_MIN_SIMILARITY_UNDATED = 0.35;
/** ...and they share at least this many names (people, places, organisations). */
export const EVENT_MIN_SHARED_NAMES = 3;
/** ...and at least this many words that are not part of names and not in most stories ("raft", "dredging"). */
export const EVENT_MIN_SHARED_TERMS = 3;
/** Dated coverage of one event spans at most this many days. */
export const EVENT_MAX_SPAN_DAYS = 3;
/** Names count this much more than ordinary words. */
export const NAME_WEIGHT = 2;
/** A name in more than this share of a large archive says nothing about which event a story covers. */
export const MAX_NAME_SHARE = 0.2;
/** An event holds at most this many stories (the outlets that covered one happening, and their follow-ups). */
export const EVENT_MAX_STORIES = 50;

export interface EventItem {
  /** Unique key (the source file). */
  key: string;
  title: string;
  titleIsHeadline: boolean;
  date: ChosenDate;
  features: CompactFeatures;
  /** Weekdays the story names for its news, with the words it uses ("Wednesday" -> "vowed Wednesday"). */
  weekdays: ReadonlyMap<string, string>;
  /** Words that put the story's news on its publication day ("this morning"), or null. */
  sameDay?: string | null;
  /** The headline or lead calls the news a repeat ("Second storm…", "Another arrest…"). */
  followUp?: boolean;
}

export interface EventResult {
  events: FoundEvent[];
  /** Story key -> event id. */
  eventOf: Map<string, string>;
  /** Dates borrowed from an event by stories that had none. */
  borrowed: Map<string, ChosenDate>;
  /** Estimated dates that the event confirms (a caption's day that is the event's day). */
  confirmed: Map<string, ChosenDate>;
}

const SOURCE_RANK: Record<ChosenDate["source"], number> = { "front-matter": 0, header: 1, byline: 2, text: 3, event: 4, none: 5 };
const CONFIDENCE_RANK: Record<ChosenDate["confidence"], number> = { high: 0, medium: 1, low: 2, none: 3 };

/**
 * Group stories about the same happening: close in date, alike in words and sharing several
 * names. Grouping is greedy from the most alike pair down, and a merge is refused when it would
 * stretch the event's dates past EVENT_MAX_SPAN_DAYS or put an undated story that names a
 * weekday next to a day of another weekday. Candidate pairs come from an index of shared names,
 * so the work grows with the pairs that share names, not with the square of the archive.
 */
export function groupEvents(items: readonly EventItem[]): EventResult {
  const n = items.length;
  // How many stories hold each word: for the weights, and to tell the words few stories share.
  const termDf = documentFrequencies(items, (f) => f.terms, TERMS.size);
  const vectors = weightVectors(items, termDf);
  const pairs = candidatePairs(items, termDf)
    .map(([a, b]) => ({ a, b, sim: cosine(vectors[a]!, vectors[b]!) }))
    .filter((p) => p.sim >= (!isDated(items[p.a]!) && !isDated(items[p.b]!) ? EVENT_MIN_SIMILARITY_UNDATED : EVENT_MIN_SIMILARITY))
    .sort((x, y) => y.sim - x.sim || x.a - y.a || x.b - y.b);

  const parent = Array.from({ length: n }, (_, i) => i);
  const members = Array.from({ length: n }, (_, i) => [i]);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const merge = (a: number, b: number): boolean => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return true;
    // However alike their words, this many stories are a running subject, not one happening;
    // the cap also keeps each merge's work bounded, however large the archive.
    if (members[ra]!.length + members[rb]!.length > EVENT_MAX_STORIES) return false;
    const merged = [...members[ra]!, ...members[rb]!];
    if (!consistent(merged.map((i) => items[i]!))) return false;
    parent[rb] = ra;
    members[ra] = merged;
    return true;
  };
  const dated = (i: number) => isDated(items[i]!);

  // 1. Dated stories, most alike first: their dates keep two happenings apart.
  for (const { a, b } of pairs) if (dated(a) && dated(b)) merge(a, b);

  // 2. An undated story joins the group it is most like, only when it is clearly more like that
  //    group than any other its weekdays allow: a wrong date is worse than none.
  const undatedLinks = new Map<number, { group: number; sim: number }[]>();
  for (const { a, b, sim } of pairs) {
    if (dated(a) === dated(b) || sim < EVENT_MIN_SIMILARITY) continue;
    const [u, d] = dated(a) ? [b, a] : [a, b];
    const group = find(d);
    if (!consistent([...members[group]!.map((i) => items[i]!), items[u]!])) continue;
    const links = undatedLinks.get(u) ?? [];
    const known = links.find((l) => l.group === group);
    if (known) known.sim = Math.max(known.sim, sim);
    else links.push({ group, sim });
    undatedLinks.set(u, links);
  }
  for (const [u, links] of [...undatedLinks.entries()].sort(([x], [y]) => x - y)) {
    const [best, second] = links.sort((x, y) => y.sim - x.sim || x.group - y.group);
    // A story that calls its news "a second storm" or "another arrest" is about a later happening
    // of the same kind unless its words leave no doubt.
    const bar = items[u]!.followUp ? EVENT_MIN_SIMILARITY_FOLLOW_UP : EVENT_MIN_SIMILARITY_TO_JOIN;
    if (!best || best.sim < bar || (second && (best.sim - second.sim < EVENT_JOIN_MARGIN || second.sim >= best.sim * EVENT_JOIN_RATIO))) continue;
    merge(best.group, u);
  }

  // 3. Undated stories with each other, only when their words are very alike.
  for (const { a, b } of pairs) if (!dated(a) && !dated(b)) merge(a, b);

  const events: FoundEvent[] = [];
  const eventOf = new Map<string, string>();
  const borrowed = new Map<string, ChosenDate>();
  const confirmed = new Map<string, ChosenDate>();
  for (let root = 0; root < n; root++) {
    // Every story belongs to an event: a happening covered once is an event of one story.
    if (find(root) !== root) continue;
    const group = members[root]!.map((i) => items[i]!).sort((x, y) => x.key.localeCompare(y.key, "en"));
    const anchor = anchorOf(group);
    // The event is named after a real headline: the anchor's if it has one.
    const named = [anchor, ...group].find((g) => g?.titleIsHeadline) ?? anchor ?? group[0]!;
    // Named after its anchor (or first) story, so the id survives new coverage joining the event.
    const id = `e-${createHash("sha256").update(named.key).digest("hex").slice(0, 12)}`;
    const date = anchor?.date.date ?? null;
    events.push({ id, slug: slugify(`${date ?? "undated"} ${named.title}`) || id, title: named.title, date, anchorId: anchor?.key ?? null, storyIds: group.map((g) => g.key) });
    for (const g of group) {
      eventOf.set(g.key, id);
      if (anchor && g.date.date === null) borrowed.set(g.key, borrowDate(g, anchor, group));
      if (anchor && g !== anchor && g.date.confidence === "low" && g.date.source === "text" && g.date.date === anchor.date.date) {
        confirmed.set(g.key, {
          ...g.date,
          confidence: "medium",
          evidence: `${g.date.evidence.replace(/\.$/, "")}; and “${anchor.title}”, about the same event, is dated ${humanDay(anchor.date.date!)} by ${SOURCE_WORDS[anchor.date.source]}.`,
        });
      }
    }
  }
  events.sort((x, y) => (y.date ?? "").localeCompare(x.date ?? "") || x.title.localeCompare(y.title, "en"));
  return { events, eventOf, borrowed, confirmed };
}

/** The surest day-precise date in the group: the event's anchor. */
function anchorOf(group: readonly EventItem[]): EventItem | null {
  return (
    group
      .filter((g) => g.date.date !== null && g.date.precision === "day" && g.date.source !== "event" && g.date.confidence !== "low")
      .sort((x, y) => SOURCE_RANK[x.date.source] - SOURCE_RANK[y.date.source] || CONFIDENCE_RANK[x.date.confidence] - CONFIDENCE_RANK[y.date.confidence] || x.key.localeCompare(y.key, "en"))[0] ?? null
  );
}

/**
 * An undated story borrows its event's day. It is medium confidence when the story names that
 * day's weekday ("on Wednesday"), and only a low estimate when it names no weekday at all.
 */
function borrowDate(story: EventItem, anchor: EventItem, group: readonly EventItem[]): ChosenDate {
  // The day the story's weekday names: a dated member's own day, or the day before it.
  const dated = [anchor, ...group.filter((g) => g !== anchor && g.date.date !== null && g.date.precision === "day" && g.date.confidence !== "low")];
  for (const member of dated) {
    const d = dayNumber(member.date.date!);
    for (const day of [d, d - 1]) {
      const said = story.weekdays.get(weekdayOfNumber(day));
      if (!said) continue;
      const how = `dated ${humanDay(member.date.date!)} by ${SOURCE_WORDS[member.date.source]}`;
      const which = day === d ? "" : `; that ${weekdayOfNumber(day)} was ${humanDay(fromDayNumber(day))}`;
      return { date: fromDayNumber(day), precision: "day", source: "event", confidence: "medium", evidence: `Date inferred: says "${said}" and covers the same event as “${member.title}”, ${how}${which}.` };
    }
  }
  const day = anchor.date.date!;
  const how = `dated ${humanDay(day)} by ${SOURCE_WORDS[anchor.date.source]}`;
  if (story.sameDay && story.weekdays.size === 0) {
    // "Today" fits any day, so it corroborates nothing: still only an estimate.
    return { date: day, precision: "day", source: "event", confidence: "low", evidence: `Date estimated: says "${story.sameDay}" and covers the same event as “${anchor.title}”, ${how}.` };
  }
  return { date: day, precision: "day", source: "event", confidence: "low", evidence: `Date estimated: covers the same event as “${anchor.title}”, ${how}; the story names no day of its own.` };
}

const SOURCE_WORDS: Record<ChosenDate["source"], string> = {
  "front-matter": "its front matter",
  header: "its header",
  byline: "its byline",
  text: "a date in its text",
  event: "its event",
  none: "nothing",
};


/**
 * Dated members span at most EVENT_MAX_SPAN_DAYS, and an undated member that names weekdays
 * names the weekday of a dated member's day or of the day before it (a story dated Wednesday
 * reports Tuesday night's vote).
 */
/**
 * A low-confidence date (a photo caption's day) does not date a story for grouping: it may be
 * the day of an earlier happening the photo shows. Such a story joins like an undated one.
 */
function isDated(item: EventItem): boolean {
  return item.date.date !== null && item.date.confidence !== "low";
}

function consistent(members: readonly EventItem[]): boolean {
  // A low-confidence date (a caption's) constrains nothing: the story counts as undated here.
  const group = members.map((g) => (g.date.confidence === "low" ? { ...g, date: { ...g.date, date: null } } : g));
  const days = group.filter((g) => g.date.date !== null && g.date.precision === "day").map((g) => dayNumber(g.date.date!));
  if (days.length > 0 && Math.max(...days) - Math.min(...days) > EVENT_MAX_SPAN_DAYS) return false;
  // Stories known only to the month or year must at least share the month or year.
  const partial = group.filter((g) => g.date.date !== null && g.date.precision !== "day");
  for (const p of partial) {
    const prefix = p.date.precision === "month" ? p.date.date!.slice(0, 7) : p.date.date!.slice(0, 4);
    if (group.some((g) => g.date.date !== null && !g.date.date.startsWith(prefix))) return false;
  }
  if (days.length === 0) return true;
  const eventDays = new Set<string>(days.flatMap((d) => [weekdayOfNumber(d), weekdayOfNumber(d - 1)]));
  return group.every((g) => g.date.date !== null || g.weekdays.size === 0 || [...g.weekdays.keys()].some((w) => eventDays.has(w)));
}



/** A story's weights, by key (a name's number times two, a word's times two plus one), keys ascending. */
interface Vector {
  keys: Int32Array;
  weights: Float64Array;
}

/** TF-IDF weights (log term frequency, smoothed IDF), names weighted up, normalised to length 1. */
function weightVectors(items: readonly EventItem[], termDf: Int32Array): Vector[] {
  const nameDf = documentFrequencies(items, (f) => f.names, NAMES.size);
  const n = items.length;
  return items.map(({ features: f }) => {
    const entries: [number, number][] = [];
    f.names.forEach((id, k) => entries.push([id * 2, (1 + Math.log(f.nameCounts[k]!)) * Math.log(1 + n / nameDf[id]!) * NAME_WEIGHT]));
    f.terms.forEach((id, k) => entries.push([id * 2 + 1, (1 + Math.log(f.termCounts[k]!)) * Math.log(1 + n / termDf[id]!)]));
    entries.sort((a, b) => a[0] - b[0]);
    let norm = 0;
    for (const [, w] of entries) norm += w * w;
    norm = Math.sqrt(norm) || 1;
    return { keys: Int32Array.from(entries, (e) => e[0]), weights: Float64Array.from(entries, (e) => e[1] / norm) };
  });
}

/** For each number of a vocabulary of `size`, how many of the stories hold it. */
function documentFrequencies(items: readonly EventItem[], ids: (f: CompactFeatures) => Int32Array, size: number): Int32Array {
  const df = new Int32Array(size);
  for (const { features } of items) for (const id of ids(features)) df[id]!++;
  return df;
}

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  for (let i = 0, j = 0; i < a.keys.length && j < b.keys.length; ) {
    if (a.keys[i]! < b.keys[j]!) i++;
    else if (a.keys[i]! > b.keys[j]!) j++;
    else dot += a.weights[i++]! * b.weights[j++]!;
  }
  return dot;
}

/**
 * Names in more stories than this say nothing about which event a story covers (an event is
 * covered by a few outlets, not by fifty); they still count once a rarer name has paired two
 * stories. It also bounds the pairs a story is compared with, however large the archive.
 */
export const MAX_NAME_POSTINGS = 50;

/**
 * Pairs of stories that share at least EVENT_MIN_SHARED_NAMES distinct names that are not
 * everywhere, and EVENT_MIN_SHARED_TERMS distinctive words. Counted story by story, so memory stays bounded by one story's neighbours.
 */
function candidatePairs(items: readonly EventItem[], termDf: Int32Array): [number, number][] {
  const index = new Map<number, number[]>();
  items.forEach(({ features: f }, i) => {
    for (const name of f.distinctNames) {
      const postings = index.get(name);
      if (postings) postings.push(i);
      else index.set(name, [i]);
    }
  });
  const maxPosting = Math.min(MAX_NAME_POSTINGS, Math.max(10, Math.ceil(items.length * MAX_NAME_SHARE)));
  // Officials and places recur in unrelated stories; what happened shows in the other words.
  // A title before a name ("Mayor", "Commissioner") is capitalised: only words both stories
  // also write in lower case, and that are no word of either's names, count (plainTerms).
  const distinctive = (t: number) => termDf[t]! > 0 && termDf[t]! <= maxPosting;
  const sharesTerms = (i: number, j: number): boolean => sharedCount(items[i]!.features.plainTerms, items[j]!.features.plainTerms, distinctive, EVENT_MIN_SHARED_TERMS) >= EVENT_MIN_SHARED_TERMS;
  const pairs: [number, number][] = [];
  const seen = new Set<number>();
  items.forEach(({ features: f }, i) => {
    // Neighbours come through a name few stories share; then every shared name counts, so
    // that in a collection on one subject its common names still add up.
    seen.clear();
    for (const name of f.distinctNames) {
      const postings = index.get(name)!;
      if (postings.length < 2 || postings.length > maxPosting) continue;
      for (const j of postings) {
        if (j <= i || seen.has(j)) continue;
        seen.add(j);
        // Shared names counted once each: "CH-149 Cormorant" in one story and "Cormorant" in
        // both is one name, not none ("CH-149 Cormorant" is not in the other) and not two.
        const shared = sharedIds(f.names, items[j]!.features.names).map((id) => NAMES.word(id));
        // Merging forms of a name only lowers the count: too few names already is no pair.
        if (shared.length < EVENT_MIN_SHARED_NAMES) continue;
        if (distinctNames(shared).length >= EVENT_MIN_SHARED_NAMES && sharesTerms(i, j)) pairs.push([i, j]);
      }
    }
  });
  return pairs;
}

/** "Second east coast low in a week", "Another ICE arrest…": the news is a repeat of something. */
const FOLLOW_UP = /\b(?:second|third|fourth|another|again|fresh|renewed|latest in a)\b/i;

/** Whether a story's headline calls its news a repeat of an earlier one (its lead says "another" too often in passing). */
export function isFollowUp(title: string): boolean {
  return FOLLOW_UP.test(title);
}
