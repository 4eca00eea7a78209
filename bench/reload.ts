// `npm run bench:reload -- --articles N [--edits E]`
//
// How long `npm start` takes to show an edit: the synthetic corpus of N articles (bench/corpus.ts)
// is copied, the preview server is started on it, and once it serves the site one seed file is
// edited E times (a sentence appended to its body). Each time we wait for the story's page, as
// the server serves it, to contain the new sentence: the time from saving the file to that is
// what a writer waits for the reloaded page. Prints each time and their median.
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

try {
  const firstBuild = await waitFor(async () => (await fetchText(`${ORIGIN}/api/stories.json`)) !== null && /Watching/.test(log), EDIT_TIMEOUT_MS);
  const exported = JSON.parse((await fetchText(`${ORIGIN}/api/stories.json`))!) as { stories: { url: string; sourceFile: string }[] };
  // A story from the middle of the archive: not the newest, not the oldest.
  const story = exported.stories[Math.floor(exported.stories.length / 2)]!;
  console.log(`${articles} articles: first build and serve ${(firstBuild / 1000).toFixed(1)} s; editing ${story.sourceFile} (${story.url})`);
  const times: number[] = [];
  for (let i = 1; i <= edits; i++) {
    const marker = `Reload check number ${i} for the benchmark ${Date.now()}.`;
    appendFileSync(path.join(seeds, story.sourceFile), `\n\n${marker}\n`);
    const ms = await waitFor(async () => (await fetchText(`${ORIGIN}${story.url}`))?.includes(marker) ?? false, EDIT_TIMEOUT_MS);
    times.push(ms);
    console.log(`edit ${i}: page shows it after ${(ms / 1000).toFixed(2)} s`);
    // Let the server settle (its search index is rewritten after each rebuild).
    await sleep(3000);
  }
  console.log(JSON.stringify({ articles, edits, medianSeconds: Math.round(median(times)) / 1000, seconds: times.map((t) => Math.round(t) / 1000) }));
} finally {
  server.kill("SIGTERM");
  await sleep(500);
  rmSync(work, { recursive: true, force: true });
}
