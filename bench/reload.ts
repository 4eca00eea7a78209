// `npm run bench:reload -- --articles N [--edits E]`
//
// How long `npm start` takes to show an edit: the synthetic corpus of N articles (bench/corpus.ts)
// is copied, the preview server is started on it, and once it serves the site one seed file is
// edited E times (a sentence appended to its body), each time with the server idle. Each time
// we wait for the story's page, as the server serves it, to contain the new sentence: the time
// from saving the file to that is what a writer waits for the reloaded page. We also wait for
// the full rebuild that follows (lists, names, search). Then one more edit is made while such a
// rebuild is running. Prints each time and their medians.
import { spawn } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { ensureCorpus } from "./corpus.ts";
import { median } from "./measure.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const PORT = 8093;
const ORIGIN = `http://127.0.0.1:${PORT}`;
/** Give up on one edit after this long. */
const EDIT_TIMEOUT_MS = 15 * 60_000;

const { values } = parseArgs({ options: { articles: { type: "string", default: "10000" }, edits: { type: "string", default: "3" }, seed: { type: "string", default: "1" } } });
const articles = Number(values.articles);
const edits = Number(values.edits);

const corpus = ensureCorpus(path.join(ROOT, ".bench"), articles, Number(values.seed));
const work = mkdtempSync(path.join(os.tmpdir(), "news-archive-reload-"));
const seeds = path.join(work, "seeds");
cpSync(corpus.dir, seeds, { recursive: true });

const env = { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("ARCHIVE_"))), PORT: String(PORT), ARCHIVE_CACHE_DIR: path.join(work, "cache") };
const server = spawn(process.execPath, ["--import", "tsx", "src/cli/serve.ts", "--seeds", seeds, "--out", path.join(work, "site"), "--build-day", "2026-01-01"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
let log = "";
server.stdout.setEncoding("utf8").on("data", (chunk: string) => (log += chunk));
server.stderr.setEncoding("utf8").on("data", (chunk: string) => (log += chunk));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function fetchText(url: string): Promise<string | null> {
  try {
    const response = await fetch(url);
    return response.ok ? await response.text() : null;
  } catch {
    return null;
  }
}

/** Waits until `test` passes, polling every 100 ms; the milliseconds it took. */
async function waitFor(test: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const start = performance.now();
  while (!(await test())) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs / 1000} s; server output:\n${log.slice(-2000)}`);
    await sleep(100);
  }
  return performance.now() - start;
}

/** How many full rebuilds the server has finished (it logs a line for each). */
const rebuilds = () => log.match(/site rebuilt in/g)?.length ?? 0;

try {
  const firstBuild = await waitFor(async () => (await fetchText(`${ORIGIN}/api/stories.json`)) !== null && /Watching/.test(log), EDIT_TIMEOUT_MS);
  const exported = JSON.parse((await fetchText(`${ORIGIN}/api/stories.json`))!) as { stories: { url: string; sourceFile: string }[] };
  // A story from the middle of the archive: not the newest, not the oldest.
  const story = exported.stories[Math.floor(exported.stories.length / 2)]!;
  console.log(`${articles} articles: first build and serve ${(firstBuild / 1000).toFixed(1)} s; editing ${story.sourceFile} (${story.url})`);
  let n = 0;
  /** Appends a sentence to the story's file; the milliseconds until its page shows it. */
  const edit = async () => {
    const marker = `Reload check number ${++n} for the benchmark ${Date.now()}.`;
    appendFileSync(path.join(seeds, story.sourceFile), `\n\n${marker}\n`);
    return waitFor(async () => (await fetchText(`${ORIGIN}${story.url}`))?.includes(marker) ?? false, EDIT_TIMEOUT_MS);
  };
  // With the server idle: the edit's page, then the full rebuild that follows it.
  const times: number[] = [];
  const rebuildTimes: number[] = [];
  for (let i = 1; i <= edits; i++) {
    const before = rebuilds();
    const start = performance.now();
    const ms = await edit();
    times.push(ms);
    await waitFor(async () => rebuilds() > before, EDIT_TIMEOUT_MS);
    rebuildTimes.push(performance.now() - start);
    console.log(`edit ${i}: page shows it after ${(ms / 1000).toFixed(2)} s; whole site rebuilt after ${(rebuildTimes.at(-1)! / 1000).toFixed(1)} s`);
  }
  // An edit while the server is busy with the rebuild an earlier edit started.
  const before = rebuilds();
  await edit();
  await sleep(2000);
  const busy = await edit();
  console.log(`edit during a rebuild: page shows it after ${(busy / 1000).toFixed(2)} s`);
  await waitFor(async () => rebuilds() > before, EDIT_TIMEOUT_MS);
  const round = (ms: number) => Math.round(ms) / 1000;
  console.log(
    JSON.stringify({ articles, edits, medianSeconds: round(median(times)), seconds: times.map(round), rebuildMedianSeconds: round(median(rebuildTimes)), duringRebuildSeconds: round(busy), firstBuildSeconds: round(firstBuild) }),
  );
} finally {
  server.kill("SIGTERM");
  await sleep(500);
  rmSync(work, { recursive: true, force: true });
}
