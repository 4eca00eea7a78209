import { z } from "zod";
import type { StoryRecord } from "../schema/index.ts";
import { knownOutlet } from "../extract/outlet.ts";

/** A truth file: what a careful reader finds in each article (null: the text does not say). */
export const truthSchema = z.object({
  /** Groups of files that cover the same happening, to check event grouping (optional). */
  events: z.array(z.array(z.string())).optional(),
  files: z.record(
    z.string(),
    z.object({
      date: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/).nullable(),
      title: z.string().nullable(),
      outlet: z.string().nullable(),
    }),
  ),
});
export type Truth = z.infer<typeof truthSchema>;

export type Field = "date" | "title" | "outlet";

export interface Miss {
  file: string;
  field: Field;
  expected: string | null;
  actual: string | null;
  note: string;
}

export interface Evaluation {
  files: number;
  correct: Record<Field, number>;
  /** Dates given with high confidence that are wrong: the worst failure an archive can have. */
  wrongHighConfidence: number;
  /** Articles whose truth is "not stated" that we dated with a low-confidence estimate (allowed). */
  lowEstimates: number;
  misses: Miss[];
  /** Event grouping against the truth's groups, counted in pairs of files; null without truth groups. */
  events: { truePairs: number; foundPairs: number; correctPairs: number; wrongPairs: string[] } | null;
}

/** A record's date at its own precision: "2017-08-16", "2017-08" or "2017". */
function recordDate(r: StoryRecord): string | null {
  if (r.date === null) return null;
  return r.datePrecision === "day" ? r.date : r.datePrecision === "month" ? r.date.slice(0, 7) : r.date.slice(0, 4);
}

/**
 * Outlet names match ignoring case and a leading "The", and a station's call sign matches the
 * name it brands itself with ("WJXR" and "WJXR News 4"), as labellers write either.
 */
export function sameOutlet(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const key = (s: string) => s.toLowerCase().replace(/^the\s+/, "").replace(/\s+/g, " ").replace(/[.,;:]+$/, "").trim();
  const [x, y] = [key(a), key(b)];
  if (x === y) return true;
  // Two names outlets.json lists for one outlet ("AFP", "Agence France-Presse") are the same.
  const [knownA, knownB] = [knownOutlet(a), knownOutlet(b)];
  if (knownA !== null && knownA === knownB) return true;
  const callSign = /^[kwc][a-z]{2,3}$/;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return callSign.test(short) && long.startsWith(`${short} `);
}

const norm = (s: string | null) => (s === null ? null : s.replace(/\s+/g, " ").trim());

/**
 * Compare records with a truth file. A date is right when it equals the truth at the same
 * precision; when the truth is null (the text does not state the date) an undated record is
 * right and a low-confidence estimate is allowed but counted. A title is right when it equals
 * the headline as written, or when the truth has none and ours is marked generated.
 */
export function evaluate(records: readonly StoryRecord[], truth: Truth, events: readonly { storyIds: readonly string[] }[] = []): Evaluation {
  const bySource = new Map(records.map((r) => [r.sourceFile, r]));
  const result: Evaluation = { files: 0, correct: { date: 0, title: 0, outlet: 0 }, wrongHighConfidence: 0, lowEstimates: 0, misses: [], events: null };
  if (truth.events) result.events = compareEvents(records, truth.events, events);
  for (const [file, want] of Object.entries(truth.files).sort(([a], [b]) => a.localeCompare(b, "en"))) {
    result.files++;
    const r = bySource.get(file);
    if (!r) {
      for (const field of ["date", "title", "outlet"] as const) {
        result.misses.push({ file, field, expected: want[field], actual: null, note: "no story was built from this file" });
      }
      continue;
    }
    const got = recordDate(r);
    if (got === want.date) result.correct.date++;
    else if (want.date === null && r.dateConfidence === "low") {
      result.correct.date++;
      result.lowEstimates++;
    } else {
      if (r.dateConfidence === "high") result.wrongHighConfidence++;
      result.misses.push({ file, field: "date", expected: want.date, actual: got, note: `${r.dateSource}, ${r.dateConfidence}: ${r.dateEvidence}` });
    }
    const titleOk = want.title === null ? r.titleSource === "generated" : norm(r.title) === norm(want.title);
    if (titleOk) result.correct.title++;
    else result.misses.push({ file, field: "title", expected: want.title, actual: r.title, note: r.titleSource });
    if (sameOutlet(r.outlet, want.outlet)) result.correct.outlet++;
    else result.misses.push({ file, field: "outlet", expected: want.outlet, actual: r.outlet, note: "" });
  }
  return result;
}

function pairsOf(groups: readonly (readonly string[])[]): Set<string> {
  const pairs = new Set<string>();
  for (const g of groups) {
    const sorted = [...g].sort();
    for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) pairs.add(`${sorted[i]} + ${sorted[j]}`);
  }
  return pairs;
}

function compareEvents(records: readonly StoryRecord[], truthGroups: readonly (readonly string[])[], events: readonly { storyIds: readonly string[] }[]): NonNullable<Evaluation["events"]> {
  const fileOf = new Map(records.map((r) => [r.id, r.sourceFile]));
  const found = pairsOf(events.map((e) => e.storyIds.map((id) => fileOf.get(id) ?? id)));
  const wanted = pairsOf(truthGroups);
  const correct = [...found].filter((p) => wanted.has(p));
  return { truePairs: wanted.size, foundPairs: found.size, correctPairs: correct.length, wrongPairs: [...found].filter((p) => !wanted.has(p)).sort() };
}

/** The report `npm run eval` prints: per-field accuracy, then each miss. */
export function formatEvaluation(e: Evaluation): string {
  const pct = (n: number) => (e.files === 0 ? "n/a" : `${((100 * n) / e.files).toFixed(1)}%`);
  const lines = [
    `${e.files} files`,
    `date    ${e.correct.date}/${e.files} ${pct(e.correct.date)}  (wrong with high confidence: ${e.wrongHighConfidence}; low-confidence estimates where the text states no date: ${e.lowEstimates})`,
    `title   ${e.correct.title}/${e.files} ${pct(e.correct.title)}`,
    `outlet  ${e.correct.outlet}/${e.files} ${pct(e.correct.outlet)}`,
  ];
  if (e.events) {
    lines.push(`events  ${e.events.correctPairs} of ${e.events.truePairs} same-event pairs found; ${e.events.wrongPairs.length} of ${e.events.foundPairs} pairs grouped wrongly`);
    for (const p of e.events.wrongPairs) lines.push(`  wrongly grouped: ${p}`);
  }
  if (e.misses.length) lines.push("", "misses:");
  for (const m of e.misses) {
    lines.push(`  ${m.file} ${m.field}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}${m.note ? ` (${m.note})` : ""}`);
  }
  return lines.join("\n");
}
