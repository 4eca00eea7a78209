import { z } from "zod";
import type { StoryRecord } from "../schema/index.ts";
import { aliasKey, personKey } from "../enrich/entities.ts";
import { listedName } from "../enrich/aliases.ts";

/** Hand-labelled people, places, organizations and quotations of a fixture set (entities.json). */
export const entityTruthSchema = z.object({
  files: z.record(
    z.string(),
    z.object({
      people: z.array(z.string()),
      mainPeople: z.array(z.string()),
      places: z.array(z.string()),
      organizations: z.array(z.string()),
      quotes: z.array(z.object({ start: z.string(), speaker: z.string().nullable() })),
    }),
  ),
});
export type EntityTruth = z.infer<typeof entityTruthSchema>;

export interface Score {
  predicted: number;
  labelled: number;
  /** Predicted names that match a label. */
  correct: number;
  /** Labels that some predicted name matches. */
  found: number;
}

export interface EntityEvaluation {
  files: number;
  people: Score;
  places: Score;
  organizations: Score;
  /** Of the labelled main people, how many the story's people include. */
  mainPeople: { labelled: number; found: number };
  /** Labelled quotations found, and of those, how many have the labelled speaker. */
  quotes: { labelled: number; found: number; rightSpeaker: number; predicted: number };
  misses: string[];
}


/**
 * Whether a predicted name and a label name one entity: the same under the alias list, or the
 * same once case, accents, "the", "U.S." and middle initials are set aside; a label that is a
 * surname alone matches a full name ending in it.
 */
export function sameEntity(kind: "person" | "place" | "organization", predicted: string, label: string): boolean {
  const listed = (n: string) => listedName(kind, n);
  if (listed(predicted) && listed(predicted) === listed(label)) return true;
  const key = (n: string) => (kind === "person" ? personKey(n) : aliasKey(n).replace(/[.,]/g, ""));
  const a = key(predicted);
  const b = key(label);
  if (a === b) return true;
  if (kind === "person" && !b.includes(" ")) return a.split(" ").at(-1) === b;
  if (kind === "place") return a.replace(/ county$/, "") === b.replace(/ county$/, "");
  return false;
}

const normalizeQuote = (s: string) =>
  s
    .replace(/[“”"‘’']/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

/** Compare the records' names and quotations with the labels, file by file. */
export function evaluateEntities(records: readonly StoryRecord[], truth: EntityTruth): EntityEvaluation {
  const bySource = new Map(records.map((r) => [r.sourceFile, r]));
  const score = (): Score => ({ predicted: 0, labelled: 0, correct: 0, found: 0 });
  const out: EntityEvaluation = { files: 0, people: score(), places: score(), organizations: score(), mainPeople: { labelled: 0, found: 0 }, quotes: { labelled: 0, found: 0, rightSpeaker: 0, predicted: 0 }, misses: [] };
  const kinds = [
    ["person", "people"],
    ["place", "places"],
    ["organization", "organizations"],
  ] as const;
  for (const [file, labels] of Object.entries(truth.files).sort(([a], [b]) => a.localeCompare(b))) {
    const r = bySource.get(file);
    if (!r) {
      out.misses.push(`${file}: no story`);
      continue;
    }
    out.files++;
    for (const [kind, field] of kinds) {
      const s = out[field];
      const predicted = r[field];
      const labelled = labels[field];
      s.predicted += predicted.length;
      s.labelled += labelled.length;
      const wrong = predicted.filter((p) => !labelled.some((l) => sameEntity(kind, p, l)));
      const missed = labelled.filter((l) => !predicted.some((p) => sameEntity(kind, p, l)));
      s.correct += predicted.length - wrong.length;
      s.found += labelled.length - missed.length;
      if (wrong.length) out.misses.push(`${file} ${field} extra: ${wrong.join("; ")}`);
      if (missed.length) out.misses.push(`${file} ${field} missed: ${missed.join("; ")}`);
    }
    out.mainPeople.labelled += labels.mainPeople.length;
    const mainMissed = labels.mainPeople.filter((l) => !r.people.some((p) => sameEntity("person", p, l)));
    out.mainPeople.found += labels.mainPeople.length - mainMissed.length;
    if (mainMissed.length) out.misses.push(`${file} MAIN people missed: ${mainMissed.join("; ")}`);
    out.quotes.labelled += labels.quotes.length;
    out.quotes.predicted += r.quotes.length;
    for (const q of labels.quotes) {
      const start = normalizeQuote(q.start);
      const hit = r.quotes.find((p) => normalizeQuote(p.text).startsWith(start.slice(0, Math.max(12, start.length - 3))));
      if (!hit) {
        out.misses.push(`${file} quote missed: “${q.start}…” (${q.speaker ?? "no speaker"})`);
        continue;
      }
      out.quotes.found++;
      const right = q.speaker === null ? hit.speaker === null : hit.speaker !== null && (sameEntity("person", hit.speaker, q.speaker) || sameEntity("organization", hit.speaker, q.speaker));
      if (right) out.quotes.rightSpeaker++;
      else out.misses.push(`${file} quote speaker: “${q.start}…” expected ${q.speaker ?? "none"}, got ${hit.speaker ?? "none"}`);
    }
  }
  return out;
}

const pct = (a: number, b: number) => (b === 0 ? "–" : `${((100 * a) / b).toFixed(1)}%`);

export function formatEntityEvaluation(e: EntityEvaluation, misses = true): string {
  const row = (name: string, s: Score) => {
    const p = s.predicted ? s.correct / s.predicted : 0;
    const r = s.labelled ? s.found / s.labelled : 0;
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    return `${name.padEnd(14)} precision ${pct(s.correct, s.predicted).padStart(6)} (${s.correct}/${s.predicted})  recall ${pct(s.found, s.labelled).padStart(6)} (${s.found}/${s.labelled})  F1 ${(100 * f).toFixed(1)}`;
  };
  const lines = [
    `entities over ${e.files} files`,
    row("people", e.people),
    row("places", e.places),
    row("organizations", e.organizations),
    `main people    found ${pct(e.mainPeople.found, e.mainPeople.labelled)} (${e.mainPeople.found}/${e.mainPeople.labelled})`,
    `quotes         found ${pct(e.quotes.found, e.quotes.labelled)} (${e.quotes.found}/${e.quotes.labelled}); right speaker ${pct(e.quotes.rightSpeaker, e.quotes.found)} of those found (${e.quotes.rightSpeaker}/${e.quotes.found}); ${e.quotes.predicted} predicted`,
  ];
  if (misses && e.misses.length) lines.push("", "entity misses:", ...e.misses.map((m) => `  ${m}`));
  return lines.join("\n");
}
