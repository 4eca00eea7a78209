// `npm run bench:heap -- --articles N`
//
// Where the build's memory goes: the pipeline's stages run one by one on the synthetic corpus
// of N articles (bench/corpus.ts), and after each the live heap (with the buffers outside it,
// such as the files' bytes) is measured after a full garbage collection (so the figures are
// what must be held, not what the collector has yet to free). Then the archive's share of each
// field of a story, found by dropping it. Parses come from a cache of their own in .bench/
// (parsed once, in worker threads, on the first run).
import path from "node:path";
import { parseArgs } from "node:util";
import { setTimeout as sleep } from "node:timers/promises";
import { ensureCorpus } from "./corpus.ts";
import { assembleArchive, prepareFiles } from "../src/pipeline/index.ts";
import { readSeeds } from "../src/pipeline/read/readSeeds.ts";
import { parseJobs } from "../src/pipeline/run/parseJobs.ts";

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with node --expose-gc (npm run bench:heap does)");

const ROOT = path.resolve(import.meta.dirname, "..");
const { values } = parseArgs({ options: { articles: { type: "string", default: "10000" }, seed: { type: "string", default: "1" } } });
const articles = Number(values.articles);
const corpus = ensureCorpus(path.join(ROOT, ".bench"), articles, Number(values.seed));
const BUILD_DAY = "2026-01-01";

/** Live heap in MB, after what was let go has been collected (a tick first, so no stack slot holds it). */
async function liveMB(): Promise<number> {
  await sleep(10);
  gc!();
  gc!();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return (heapUsed + arrayBuffers) / 1e6;
}

const base = await liveMB();
const rows: [string, number][] = [];
const note = async (stage: string) => rows.push([stage, (await liveMB()) - base]);

let read: Awaited<ReturnType<typeof readSeeds>> | null = await readSeeds(corpus.dir);
let prepared: ReturnType<typeof prepareFiles> | null = prepareFiles(read.files, { buildDay: BUILD_DAY }, read.messages);
read = null;
await note("files read, their repeated lines found (prepareFiles: each file's bytes kept)");
// parseJobs empties prepared.jobs, letting each file go once it is parsed.
let parsed: Awaited<ReturnType<typeof parseJobs>> | null = await parseJobs(prepared.jobs, prepared.repeated, { buildDay: BUILD_DAY, cacheDir: path.join(ROOT, ".bench", `parsed-${articles}`) });
const { fileCount, messages } = prepared;
prepared = null;
await note("every file's parse, the files let go (what the archive-wide steps start from)");
const archive = assembleArchive({ fileCount, messages }, parsed);
await note("+ the archive (during the archive-wide steps)");
parsed = null;
await note("the archive alone (what Eleventy renders from)");

const fields: [string, number][] = [];
const stories = archive.stories as unknown as Record<string, unknown>[];
for (const field of ["original", "paragraphs", "record", "related", "links", "dateCandidates", "captions"]) {
  const before = await liveMB();
  for (const story of stories) story[field] = null;
  fields.push([`story.${field}`, before - (await liveMB())]);
}

const mb = (n: number) => `${Math.round(n).toLocaleString("en")} MB`.padStart(9);
const perStory = (n: number) => `${((n * 1000) / archive.stories.length).toFixed(1)} KB a story`.padStart(17);
console.log(`${articles} articles, live heap and buffers after a full collection:`);
for (const [stage, n] of rows) console.log(`${mb(n)} ${perStory(n)}  ${stage}`);
console.log("of the archive alone:");
for (const [field, n] of fields) console.log(`${mb(n)} ${perStory(n)}  ${field}`);
console.log(JSON.stringify({ articles, stages: Object.fromEntries(rows.map(([k, v]) => [k, Math.round(v)])), fields: Object.fromEntries(fields.map(([k, v]) => [k, Math.round(v)])) }));
