import { availableParallelism } from "node:os";
import { DiskCache } from "./diskCache.ts";
import { compactParse, parseFile, type ParseJob, type Parsed, type StoryParse } from "./parseFile.ts";
import { parseInWorkers } from "./pool.ts";

/**
 * Below this many files to parse, worker threads cost more than they save: each worker loads
 * the parser and warms its own name caches (about 4 s of CPU here), which a thousand files
 * parsed in one thread (about 12 s) barely repay.
 */
export const MIN_JOBS_FOR_WORKERS = 2000;
/** Cache files read or written at once, so a build of 100,000 files does not open them all together. */
const CACHE_CONCURRENCY = 64;

export interface ParseOptions {
  buildDay: string;
  /** Where parses are kept between builds; null or absent keeps them in memory only. */
  cacheDir?: string | null;
  /** Worker threads to parse in; 1 parses in this thread. Defaults to the machine's cores. */
  threads?: number;
  /** Keep this build's parses in memory for the next build in this process (`npm start`). */
  keepInMemory?: boolean;
}

/** Parses by cache key, kept for the life of the process: a watch session reparses only what changed. */
const memory = new Map<string, StoryParse>();

/** Every job's parse, from memory, in this thread: for tests and in-memory pipelines. */
export function parseJobsSync(jobs: readonly ParseJob[], buildDay: string, repeated: ReadonlySet<string>): StoryParse[] {
  const parsed = jobs.map((job) => memory.get(job.key) ?? compactParse(parseFile(job, buildDay, repeated)));
  remember(jobs.map((job) => job.key), parsed);
  return parsed;
}

/**
 * Every job's parse: from memory (`npm start`), else from the disk cache (an earlier build),
 * else parsed, in worker threads when there are enough files to pay for them. New parses are
 * written to the disk cache.
 *
 * The jobs are taken out of `pending` (it is left empty), and each job's file and lines are let
 * go as soon as its parse is had: at 100,000 articles the files' lines are over a gigabyte, and
 * the parses grow while they go.
 */
export async function parseJobs(pending: ParseJob[], repeated: ReadonlySet<string>, options: ParseOptions): Promise<StoryParse[]> {
  const jobs: (ParseJob | null)[] = pending.splice(0);
  const keys = jobs.map((job) => job!.key);
  const disk = options.cacheDir ? new DiskCache(options.cacheDir) : null;
  await disk?.pruneOtherVersions();
  const parsed: (StoryParse | undefined)[] = keys.map((key) => memory.get(key));
  if (disk) await inBatches(keys, CACHE_CONCURRENCY, async (key, i) => void (parsed[i] ??= await disk.get(key).then((p) => p && compactParse(p))));
  const missing: number[] = [];
  parsed.forEach((p, i) => (p ? (jobs[i] = null) : missing.push(i)));
  // Each new parse is written to the disk cache and made compact as it comes, so the build
  // never holds every parse in its full form at once. (Workers answer no faster than files
  // parse, so their writes keep up; parsing in this thread waits for each CACHE_CONCURRENCY writes.)
  let writeFailed: unknown = null;
  let writes: Promise<void>[] = [];
  const keep = (i: number, fresh: Parsed) => {
    if (disk) writes.push(disk.set(keys[i]!, fresh).catch((error: unknown) => void (writeFailed ??= error)));
    parsed[i] = compactParse(fresh);
    jobs[i] = null;
  };
  const written = async () => {
    await Promise.all(writes);
    writes = [];
    if (writeFailed) throw writeFailed;
  };
  const threads = missing.length >= MIN_JOBS_FOR_WORKERS ? (options.threads ?? availableParallelism()) : 1;
  if (threads > 1) {
    const queue = missing.map((i) => jobs[i]!);
    for (const i of missing) jobs[i] = null;
    await parseInWorkers(queue, options.buildDay, repeated, threads, (fresh, k) => keep(missing[k]!, fresh));
  } else {
    for (const i of missing) {
      keep(i, parseFile(jobs[i]!, options.buildDay, repeated));
      if (writes.length >= CACHE_CONCURRENCY) await written();
    }
  }
  await written();
  if (options.keepInMemory) remember(keys, parsed as StoryParse[]);
  else memory.clear();
  return parsed as StoryParse[];
}

/** Keep only this build's parses in memory, so a long `npm start` session does not grow without end. */
function remember(keys: readonly string[], parsed: readonly StoryParse[]): void {
  memory.clear();
  keys.forEach((key, i) => memory.set(key, parsed[i]!));
}

async function inBatches<T>(items: readonly T[], size: number, fn: (item: T, index: number) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map((item, k) => fn(item, i + k)));
}
