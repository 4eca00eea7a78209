import { chmod, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Archive } from "../pipeline/schema/index.ts";
import { formatMessage } from "../pipeline/report/messages.ts";
import { buildArchive } from "../pipeline/index.ts";
import { ENV, localToday, siteOptionsFromEnv } from "../eleventy/options.ts";
import { renderSite, storiesPerRun } from "./render.ts";
import { parseBuildArgs, UsageError } from "./args.ts";
import { markSite, outDirProblem } from "./outDir.ts";
import { closeSearch, indexArchive } from "./searchIndex.ts";
import { PhaseClock, writeTimings } from "./timings.ts";
import site from "../data/site.json" with { type: "json" };

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * Build a seeds folder into a site. The site is written to a temporary folder beside the
 * output and swapped in only when the build succeeds, so no stale page survives and a failed
 * build leaves the previous site as it was. Returns the exit code: 0 built, 1 failed (or
 * --strict with any warning or error), 2 unusable arguments.
 */
export async function runBuild(argv: readonly string[], log: (line: string) => void = console.log, logError: (line: string) => void = console.error): Promise<number> {
  const clock = new PhaseClock();
  let args;
  try {
    args = parseBuildArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      logError(`build: ${error.message}`);
      return 2;
    }
    throw error;
  }
  const seedsDir = path.resolve(args.seeds);
  const outDir = path.resolve(args.out);
  const seedsInfo = await stat(seedsDir).catch(() => null);
  if (!seedsInfo?.isDirectory()) {
    logError(`build: seeds folder "${args.seeds}" does not exist or is not a folder`);
    return 2;
  }
  const problem = await outDirProblem(outDir, seedsDir, ROOT, args.out);
  if (problem) {
    logError(`build: ${problem}`);
    return 2;
  }

  const buildDay = args.buildDay ?? localToday();
  process.env[ENV.seeds] = seedsDir;
  process.env[ENV.buildDay] = buildDay;
  if (args.baseUrl) process.env[ENV.baseUrl] = args.baseUrl;
  const parent = path.dirname(outDir);
  await mkdir(parent, { recursive: true });
  const stagingPrefix = `.${path.basename(outDir)}-building-`;
  await removeAbandonedBuilds(parent, stagingPrefix, outDir);
  const staging = await mkdtemp(path.join(parent, stagingPrefix));
  await writeFile(path.join(staging, BUILDER_FILE), `${hostname()} ${process.pid}`);
  process.env[ENV.out] = staging;

  let written: { archive: Archive; runs: number };
  try {
    written = await writeSite(staging, clock);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    logError(`build: failed, the previous site in "${args.out}" is unchanged: ${causeChain(error)}`);
    return 1;
  }
  const { archive, runs } = written;

  await markSite(staging);
  // mkdtemp makes a private folder; a web server running as another user must read the site.
  await chmod(staging, 0o755);
  // Swap the new site in: move the old one aside, move the new one in, then delete the old.
  // The builder file stays until the new site is in place, so no other build takes this
  // folder for an abandoned one meanwhile.
  const old = `${staging}-old`;
  const hadOld = await exists(outDir);
  if (hadOld) await rename(outDir, old);
  await rename(staging, outDir);
  await rm(path.join(outDir, BUILDER_FILE), { force: true });
  if (hadOld) await rm(old, { recursive: true, force: true });
  if (args.timings) await writeTimings(args.timings, clock.timings(archive.stats));

  const s = archive.stats;
  if (!args.quiet) {
    for (const m of archive.messages) if (m.severity !== "info") log(formatMessage(m));
    const perRun = storiesPerRun(s.stories);
    if (runs > 1) log(`Wrote the pages in ${runs} Eleventy runs of up to ${perRun} stories each (or other pages of about their weight), to bound the memory a run holds.`);
  }
  log(`Built ${s.stories} stories from ${s.files} files into ${path.relative(process.cwd(), outDir) || "."}: ${s.dated} dated, ${s.undated} undated; ${s.errors} errors, ${s.warnings} warnings.`);
  if (!args.baseUrl && !process.env[ENV.baseUrl] && /^https?:\/\/(?:localhost|127\.0\.0\.1)\b/.test(site.baseUrl)) {
    log(`Note: no --base-url, so canonical links, feeds and the sitemap point to ${site.baseUrl}; pass --base-url https://your.site for an archive others will read.`);
  }
  if (args.strict && s.errors + s.warnings > 0) {
    const files = [...new Set(archive.messages.filter((m) => m.severity !== "info").map((m) => m.file))];
    logError(`build: --strict: ${s.errors} errors and ${s.warnings} warnings in ${files.join(", ")}`);
    return 1;
  }
  return 0;
}

/**
 * Runs the pipeline and writes every page and the search index into `staging` (in several
 * Eleventy runs for a large archive: see renderSite). Pagefind indexes the stories in its own
 * process while Eleventy renders, a shard of stories at a time (see indexArchive);
 * ARCHIVE_SEARCH=off leaves the index out.
 */
async function writeSite(staging: string, clock: PhaseClock): Promise<{ archive: Archive; runs: number }> {
  const stop = new AbortController();
  try {
    clock.mark("parseStart");
    const options = siteOptionsFromEnv(process.env);
    const archive = await buildArchive({ seedsDir: options.seedsDir, buildDay: options.buildDay, cacheDir: options.cacheDir, keepInMemory: options.keepParses });
    clock.mark("parsed");
    // Settled with its error rather than rejected, so that a failure while Eleventy renders is
    // reported when the render is done, not as an unhandled rejection.
    const indexing = process.env.ARCHIVE_SEARCH === "off" ? null : indexArchive(staging, archive.stories, stop.signal).then(() => null, (error: unknown) => ({ error }));
    const { runs } = await renderSite(staging, archive);
    clock.mark("rendered");
    // The index is written before the swap: a site whose index failed is never served.
    const failed = await indexing;
    if (failed) throw failed.error;
    clock.mark("indexed");
    return { archive, runs };
  } finally {
    stop.abort();
    await closeSearch();
  }
}

/** Inside a staging folder: the id of the process building it, so an abandoned one can be told apart. */
export const BUILDER_FILE = ".builder-pid";

/**
 * Staging folders left by builds that were killed (power cut, Ctrl-C twice): removed when the
 * process that made them is gone. A build still running elsewhere keeps its folder.
 */
export async function removeAbandonedBuilds(parent: string, prefix: string, outDir: string): Promise<void> {
  const names = (await readdir(parent)).filter((name) => name.startsWith(prefix)).sort();
  for (const name of names.filter((n) => !n.endsWith("-old"))) {
    const owner = await readFile(path.join(parent, name, BUILDER_FILE), "utf8").catch(() => "");
    if (!isAbandoned(owner)) continue;
    await rm(path.join(parent, name), { recursive: true, force: true });
  }
  // A build killed in the middle of its swap left the previous site aside: put it back.
  for (const name of names.filter((n) => n.endsWith("-old"))) {
    const building = name.slice(0, -"-old".length);
    if (await exists(path.join(parent, building))) continue;
    if (await exists(outDir)) await rm(path.join(parent, name), { recursive: true, force: true });
    else await rename(path.join(parent, name), outDir);
  }
}

/**
 * "host pid": abandoned when it was made on this machine by a process that is gone. A folder
 * from another machine (a shared disk) is left alone, as is one with no owner written yet.
 */
function isAbandoned(owner: string): boolean {
  const [host, pidText] = owner.trim().split(" ");
  const pid = Number(pidText);
  if (host !== hostname() || !Number.isInteger(pid) || pid <= 0) return false;
  return !isAlive(pid);
}

function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Eleventy wraps the real error (a template's line, a thrown reason) in its causes. */
function causeChain(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error; e instanceof Error && parts.length < 5; e = e.cause ?? (e as { originalError?: unknown }).originalError) {
    parts.push(e.message.split("\n")[0]!);
  }
  return parts.join(": ") || String(error);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = await runBuild(process.argv.slice(2));
}
