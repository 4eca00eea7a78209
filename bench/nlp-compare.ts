// `npm run bench:nlp`: the measurements behind the choice of NLP library (README, "People,
// places and organizations"). Each labelled fixture set's clean story bodies go through
// compromise as it comes, wink-nlp with its English model as it comes, and this project's
// extraction (compromise typing each distinct name, plus the rules and lists of
// src/data/entities.json); names are scored against the hand labels in entities.json.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import nlp from "compromise";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { runPipeline } from "../src/pipeline/index.ts";
import { clearLexiconCache, extractEntities } from "../src/pipeline/enrich/entities.ts";
import { entityTruthSchema, sameEntity } from "../src/pipeline/report/evaluateEntities.ts";
import { stripMarkdown } from "../src/pipeline/extract/article.ts";

const SETS = (process.env.SETS ?? "eval holdout9 holdout10 holdout11").split(/\s+/).filter(Boolean);
const FIXTURES = path.resolve(import.meta.dirname, "../tests/fixtures");
type Kind = "person" | "place" | "organization";
const FIELDS = { person: "people", place: "places", organization: "organizations" } as const;

interface Tally {
  predicted: number;
  correct: number;
  labelled: number;
  found: number;
}
const tally = (): Tally => ({ predicted: 0, correct: 0, labelled: 0, found: 0 });
const systems = ["compromise", "wink-nlp", "this project"] as const;
const scores = Object.fromEntries(systems.map((s) => [s, { person: tally(), place: tally(), organization: tally(), any: tally() }])) as Record<(typeof systems)[number], Record<Kind | "any", Tally>>;
const millis = Object.fromEntries(systems.map((s) => [s, 0])) as Record<(typeof systems)[number], number>;
let articles = 0;
/** The stories our extraction is timed on, after the others, from a cold lexicon cache. */
const ours: { title: string; paragraphs: string[] }[] = [];

function score(t: Tally, kind: Kind | "any", predicted: readonly string[], labelled: readonly string[]): void {
  const same = (p: string, l: string) => (kind === "any" ? (["person", "place", "organization"] as const).some((k) => sameEntity(k, p, l)) : sameEntity(kind, p, l));
  const unique = [...new Set(predicted)];
  t.predicted += unique.length;
  t.correct += unique.filter((p) => labelled.some((l) => same(p, l))).length;
  t.labelled += labelled.length;
  t.found += labelled.filter((l) => unique.some((p) => same(p, l))).length;
}

const clean = (s: string) => s.replace(/['’]s$/u, "").replace(/[.,;:]+$/, "").trim();
const wink = winkNLP(model);
// Warm both libraries up, so that loading their lexicons is not counted against the first article.
nlp("Jeff Sessions spoke in Miami.").people();
wink.readDoc("Jeff Sessions spoke in Miami.");

for (const set of SETS) {
  const dir = path.join(FIXTURES, set);
  const truth = entityTruthSchema.parse(JSON.parse(readFileSync(path.join(dir, "entities.json"), "utf8")));
  const files = readdirSync(path.join(dir, "articles")).map((f) => ({ path: f, bytes: new Uint8Array(readFileSync(path.join(dir, "articles", f))) }));
  const archive = runPipeline(files, { buildDay: "2026-01-01" });
  for (const story of archive.stories) {
    const labels = truth.files[story.record.sourceFile];
    if (!labels) continue;
    articles++;
    const paragraphs = story.paragraphs.map((p) => (story.bodyFormat === "markdown" ? stripMarkdown(p) : p));
    const text = paragraphs.join("\n\n");
    const allLabels = [...labels.people, ...labels.places, ...labels.organizations];

    let t = performance.now();
    const doc = nlp(text);
    const found = { person: doc.people().out("array") as string[], place: doc.places().out("array") as string[], organization: doc.organizations().out("array") as string[] };
    millis.compromise += performance.now() - t;
    for (const kind of ["person", "place", "organization"] as const) score(scores.compromise[kind], kind, found[kind].map(clean), labels[FIELDS[kind]]);
    score(scores.compromise.any, "any", [...found.person, ...found.place, ...found.organization].map(clean), allLabels);

    // wink-nlp's English model tags parts of speech and finds dates, numbers, e-mails and the
    // like, but no people, places or organizations: the closest it offers is runs of proper nouns.
    t = performance.now();
    const runs: string[] = [];
    let run: string[] = [];
    wink
      .readDoc(text)
      .tokens()
      .each((token: { out: (f?: unknown) => string }) => {
        if (token.out(wink.its.pos) === "PROPN") run.push(token.out());
        else if (run.length) {
          runs.push(run.join(" "));
          run = [];
        }
      });
    if (run.length) runs.push(run.join(" "));
    millis["wink-nlp"] += performance.now() - t;
    score(scores["wink-nlp"].any, "any", runs.map(clean), allLabels);

    ours.push({ title: story.record.title, paragraphs });
    for (const kind of ["person", "place", "organization"] as const) score(scores["this project"][kind], kind, story.record[FIELDS[kind]], labels[FIELDS[kind]]);
    score(scores["this project"].any, "any", [...story.record.people, ...story.record.places, ...story.record.organizations], allLabels);
  }
}

// The pipeline above already read every name once; time this project's extraction from cold.
clearLexiconCache();
const start = performance.now();
for (const story of ours) extractEntities(story.title, story.paragraphs);
millis["this project"] = performance.now() - start;

const pct = (a: number, b: number) => (b === 0 ? "  n/a" : `${((100 * a) / b).toFixed(1).padStart(5)}`);
const f1 = (t: Tally) => {
  const p = t.predicted ? t.correct / t.predicted : 0;
  const r = t.labelled ? t.found / t.labelled : 0;
  return p + r ? ((200 * p * r) / (p + r)).toFixed(1).padStart(5) : "  n/a";
};
console.log(`${articles} labelled articles (${SETS.join(", ")}); precision / recall / F1, in %; milliseconds per article`);
console.log(`| system | people | places | organizations | any name (untyped) | ms/article |`);
console.log(`| --- | --- | --- | --- | --- | --- |`);
for (const s of systems) {
  const cell = (k: Kind | "any") => (scores[s][k].predicted === 0 && k !== "any" ? "no such type" : `${pct(scores[s][k].correct, scores[s][k].predicted)} / ${pct(scores[s][k].found, scores[s][k].labelled)} / ${f1(scores[s][k])}`);
  console.log(`| ${s} | ${cell("person")} | ${cell("place")} | ${cell("organization")} | ${cell("any")} | ${(millis[s] / articles).toFixed(2)} |`);
}
