// `npm run bench -- --articles N [--repeat R] [--seed S] [--peers eleventy,hugo|none] [--keep]`
//
// Builds a synthetic corpus of N articles (bench/corpus.ts, cached in .bench/) with everything
// on: the pipeline, every page, the feeds and the search index, as `npm run build` does, in a
// child process. Then the same stories as plain Markdown pages with a bare Eleventy project and
// with Hugo (bench/peers.ts). Each build runs R times, interleaved, and the medians are
// reported: a table, one JSON line, and .bench/results-<N>.json.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { BuildTimings } from "../src/cli/timings.ts";
import { ensureCorpus, type CorpusManifest } from "./corpus.ts";
import { folderSize, measure, median, type Measured } from "./measure.ts";
import { ensureHugo, PEER_LABELS, PEERS, peerBuild, writePeerProjects, type PeerName } from "./peers.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const BENCH_DIR = path.join(ROOT, ".bench");
/** The day every build takes for "today", so that runs compare. */
const BUILD_DAY = "2026-01-01";
const USAGE = "usage: npm run bench -- --articles N [--repeat R] [--seed S] [--peers eleventy,hugo|none] [--heap MB] [--no-search] [--keep]";
const MB = 1024 * 1024;

interface Options {
  articles: number;
  repeat: number;
  seed: number;
  peers: PeerName[];
  keep: boolean;
  /** Node's heap limit for our build (--max-old-space-size), when the default (about 4 GB here) is too small. */
  heapMB: number | null;
  /** Build without the search index (ARCHIVE_SEARCH=off). */
  noSearch: boolean;
}

interface Run extends Omit<Measured, "stderr" | "exitCode"> {
  outputBytes: number;
  files: number;
}

interface OurRun extends Run {
  timings: BuildTimings;
}

function options(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      articles: { type: "string", default: "1000" },
      repeat: { type: "string", default: "3" },
      heap: { type: "string" },
      "no-search": { type: "boolean", default: false },
      seed: { type: "string", default: "1" },
      peers: { type: "string", default: PEERS.join(",") },
      keep: { type: "boolean", default: false },
    },
    strict: true,
  });
  const whole = (name: string, text: string, min: number) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} "${text}" is not a whole number of at least ${min}; ${USAGE}`);
    return n;
  };
  const peers = values.peers === "none" ? [] : values.peers!.split(",").map((p) => p.trim());
  for (const p of peers) if (!PEERS.includes(p as PeerName)) throw new Error(`--peers: unknown peer "${p}", expected ${PEERS.join(", ")} or none`);
  return { articles: whole("articles", values.articles!, 1), repeat: whole("repeat", values.repeat!, 1), seed: whole("seed", values.seed!, 0), peers: peers as PeerName[], keep: values.keep!, heapMB: values.heap === undefined ? null : whole("heap", values.heap, 256), noSearch: values["no-search"]! };
}

const log = (line: string) => console.error(line);

async function measured(label: string, command: string, args: string[], cwd: string, outDir: string, env?: NodeJS.ProcessEnv): Promise<Run | null> {
  const m = await measure(command, args, { cwd, env });
  if (m.exitCode !== 0) {
    log(`${label}: exited ${m.exitCode}\n${m.stderr.trim().split("\n").slice(-15).join("\n")}`);
    return null;
  }
  const size = folderSize(outDir);
  const programs = Object.entries(m.peakByProgramMB).filter(([, mb]) => mb >= 10).map(([name, mb]) => `${name} ${mb}`).join(", ");
  log(`${label}: ${m.seconds.toFixed(1)} s, peak ${m.peakMB.toFixed(0)} MB (tree ${m.treePeakMB.toFixed(0)} MB; ${programs}), ${(size.bytes / MB).toFixed(1)} MB in ${size.files} files`);
  return { seconds: m.seconds, peakMB: m.peakMB, treePeakMB: m.treePeakMB, peakByProgramMB: m.peakByProgramMB, outputBytes: size.bytes, files: size.files };
}

/**
 * One build of ours. `cacheDir` is the parse cache: an empty one makes a cold build (every file
 * parsed), the same one again a rebuild (every parse read back, as after editing a template).
 */
async function ourBuild(corpusDir: string, work: string, run: number, kind: "cold" | "cached", cacheDir: string, opts: Pick<Options, "heapMB" | "noSearch">): Promise<OurRun | null> {
  const { heapMB } = opts;
  const outDir = path.join(work, "ours", `site-${run}-${kind}`);
  const timingsFile = path.join(work, "ours", `timings-${run}-${kind}.json`);
  mkdirSync(path.dirname(outDir), { recursive: true });
  // Options reach .eleventy.ts through ARCHIVE_* variables; none of the caller's may leak in.
  const env = { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("ARCHIVE_"))), ARCHIVE_CACHE_DIR: cacheDir, ...(opts.noSearch ? { ARCHIVE_SEARCH: "off" } : {}) };
  // `node --import tsx` runs the build in this one process (the tsx command would start another).
  const args = [...(heapMB ? [`--max-old-space-size=${heapMB}`] : []), "--import", "tsx", "src/cli/build.ts", "--seeds", corpusDir, "--out", outDir, "--quiet", "--build-day", BUILD_DAY, "--timings", timingsFile];
  const result = await measured(`ours (${kind}), run ${run}`, process.execPath, args, ROOT, outDir, env);
  if (!result) return null;
  const timings = JSON.parse(readFileSync(timingsFile, "utf8")) as BuildTimings;
  return { ...result, timings };
}

function summarize(runs: readonly Run[], articles: number) {
  const m = (f: (r: Run) => number) => median(runs.map(f));
  const seconds = m((r) => r.seconds);
  return {
    totalSeconds: round(seconds),
    msPerArticle: round((seconds * 1000) / articles),
    peakMB: Math.round(m((r) => r.peakMB)),
    treePeakMB: Math.round(m((r) => r.treePeakMB)),
    outputMB: round(m((r) => r.outputBytes) / MB),
    files: m((r) => r.files),
  };
}

const round = (x: number, places = 2) => Math.round(x * 10 ** places) / 10 ** places;

function table(rows: (string | number)[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]!) : String(cell).padStart(widths[c]!))).join("  ")).join("\n");
}

function corpusLine(manifest: CorpusManifest): string {
  const f = manifest.formats;
  return `Corpus: ${manifest.articles} files, ${(manifest.bytes / MB).toFixed(1)} MB: ${f.markdown} Markdown, ${f["text-dated"]} plain text with a date line, ${f["text-undated"]} without; ${manifest.events} events covered by ${manifest.eventStories} stories.`;
}

async function main(): Promise<number> {
  let opts: Options;
  try {
    opts = options(process.argv.slice(2));
  } catch (error) {
    log(`bench: ${(error as Error).message}`);
    return 2;
  }
  const { articles, repeat, seed } = opts;
  mkdirSync(BENCH_DIR, { recursive: true });
  const generating = performance.now();
  const corpus = ensureCorpus(BENCH_DIR, articles, seed);
  log(`${corpus.reused ? "Reused" : "Generated"} ${path.relative(ROOT, corpus.dir)} (${((performance.now() - generating) / 1000).toFixed(1)} s).`);

  const work = mkdtempSync(path.join(os.tmpdir(), "news-archive-bench-"));
  const peers: Partial<Record<PeerName, { project: string; version: string }>> = {};
  const missing: Partial<Record<PeerName, string>> = {};
  if (opts.peers.length > 0) {
    const projects = writePeerProjects(path.join(work, "peers"), corpus.dir, corpus.manifest);
    for (const peer of opts.peers) {
      if (peer === "eleventy") {
        const pkg = JSON.parse(readFileSync(path.join(ROOT, "node_modules/@11ty/eleventy/package.json"), "utf8")) as { version: string };
        peers.eleventy = { project: projects.eleventy, version: `Eleventy ${pkg.version}` };
      } else {
        const hugo = ensureHugo(log);
        if ("missing" in hugo) missing.hugo = hugo.missing;
        else peers.hugo = { project: projects.hugo, version: hugo.version };
      }
    }
  }

  const ours: OurRun[] = [];
  const oursCached: OurRun[] = [];
  const peerRuns: Partial<Record<PeerName, Run[]>> = {};
  for (let run = 1; run <= repeat; run++) {
    // Interleaved, so that a slow spell of a noisy machine falls on every build alike.
    const cacheDir = path.join(work, `parse-cache-${run}`);
    for (const [kind, runs] of [["cold", ours], ["cached", oursCached]] as const) {
      const result = await ourBuild(corpus.dir, work, run, kind, cacheDir, opts);
      if (!result) {
        log(`bench: our build failed; temp files kept in ${work}`);
        return 1;
      }
      runs.push(result);
      if (!opts.keep) rmSync(path.join(work, "ours", `site-${run}-${kind}`), { recursive: true, force: true });
    }
    rmSync(cacheDir, { recursive: true, force: true });
    for (const peer of PEERS) {
      const p = peers[peer];
      if (!p) continue;
      const outDir = path.join(work, "peers", `${peer}-site-${run}`);
      const build = peerBuild(peer, p.project, outDir, ROOT);
      const result = await measured(`${PEER_LABELS[peer]}, run ${run}`, build.command, build.args, build.cwd, outDir);
      if (!result) {
        missing[peer] = "the build failed";
        delete peers[peer];
        continue;
      }
      (peerRuns[peer] ??= []).push(result);
      if (!opts.keep) rmSync(outDir, { recursive: true, force: true });
    }
  }

  const ourSummary = (runs: readonly OurRun[]) => {
    const t = (f: (b: BuildTimings) => number) => round(median(runs.map((r) => f(r.timings))));
    return {
      parseSeconds: t((b) => b.parseSeconds),
      renderSeconds: t((b) => b.renderSeconds),
      searchSeconds: t((b) => b.searchSeconds),
      buildSeconds: t((b) => b.totalSeconds),
      ...summarize(runs, articles),
      stories: runs[0]!.timings.stories,
    };
  };
  const oursSummary = ourSummary(ours);
  const cachedSummary = ourSummary(oursCached);
  const peerSummaries = Object.fromEntries(Object.entries(peerRuns).map(([peer, runs]) => [peer, { version: peers[peer as PeerName]?.version, ...summarize(runs, articles) }])) as Partial<Record<PeerName, ReturnType<typeof summarize> & { version?: string }>>;
  const ratios = Object.fromEntries(Object.entries(peerSummaries).map(([peer, s]) => [peer, round(oursSummary.totalSeconds / s.totalSeconds, 1)]));
  const cachedRatios = Object.fromEntries(Object.entries(peerSummaries).map(([peer, s]) => [peer, round(cachedSummary.totalSeconds / s.totalSeconds, 1)]));
  const machine = { node: process.version, cpus: os.cpus().length, memoryGiB: round(os.totalmem() / 2 ** 30, 1), platform: `${os.platform()} ${os.release()}` };
  const { stories: _list, ...corpusFacts } = corpus.manifest;
  const summary = { articles, seed, repeat, heapMB: opts.heapMB, search: !opts.noSearch, buildDay: BUILD_DAY, machine, corpus: corpusFacts, ours: oursSummary, oursCached: cachedSummary, peers: peerSummaries, ratios, cachedRatios, missingPeers: missing };

  const row = (label: string, o: typeof oursSummary) => [label, o.parseSeconds, o.renderSeconds, o.searchSeconds, round(o.totalSeconds - o.parseSeconds - o.renderSeconds - o.searchSeconds), o.totalSeconds, o.msPerArticle, o.peakMB, o.treePeakMB, o.outputMB, o.files];
  const rows: (string | number)[][] = [
    ["", "parse s", "render s", "search s", "other s", "total s", "ms/article", "peak MB", "tree MB", "output MB", "files"],
    row("ours, cold", oursSummary),
    row("ours, parses cached", cachedSummary),
  ];
  for (const peer of PEERS) {
    const s = peerSummaries[peer];
    if (s) rows.push([PEER_LABELS[peer], "-", "-", "-", "-", s.totalSeconds, s.msPerArticle, s.peakMB, s.treePeakMB, s.outputMB, s.files]);
  }
  console.log(`\nBenchmark: ${articles} articles (seed ${seed}), ${repeat} run${repeat > 1 ? "s" : ""} each, medians. Node ${machine.node}, ${machine.cpus} CPUs, ${machine.memoryGiB} GiB.`);
  console.log(corpusLine(corpus.manifest));
  console.log(`Ours built ${oursSummary.stories} stories. total = wall time of the whole command; search = what is left of Pagefind's work once the pages are written (it indexes beside the render); other = Node start-up, Eleventy's set-up and the swap; cold = every file parsed, cached = the same build again with the parses kept on disk; peak = largest process, tree = all its processes together (sampled).\n`);
  console.log(table(rows));
  const ratioText = Object.entries(ratios).map(([peer, r]) => `ours / ${PEER_LABELS[peer as PeerName]}: ${r}× cold, ${cachedRatios[peer]}× cached`);
  for (const [peer, why] of Object.entries(missing)) ratioText.push(`${PEER_LABELS[peer as PeerName]}: not measured (${why})`);
  if (ratioText.length > 0) console.log(`\n${ratioText.join("   ")}`);
  console.log(JSON.stringify(summary));

  const resultsFile = path.join(BENCH_DIR, `results-${articles}.json`);
  writeFileSync(resultsFile, `${JSON.stringify({ ...summary, runs: { ours, oursCached, ...peerRuns } }, null, 2)}\n`);
  log(`Wrote ${path.relative(ROOT, resultsFile)}.`);
  if (opts.keep) log(`Kept the built sites in ${work}.`);
  else rmSync(work, { recursive: true, force: true });
  return 0;
}

process.exitCode = await main();
