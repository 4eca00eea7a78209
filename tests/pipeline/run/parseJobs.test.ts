import { mkdir, readdir, writeFile } from "node:fs/promises";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { prepareFiles } from "../../../src/pipeline/index.ts";
import { parseFile, type Parsed } from "../../../src/pipeline/run/parseFile.ts";
import { parseInWorkers } from "../../../src/pipeline/run/pool.ts";
import { DiskCache } from "../../../src/pipeline/run/diskCache.ts";
import { parserVersion } from "../../../src/pipeline/run/version.ts";
import { makeTempDir, removeTempDirs } from "../../helpers/tmp.ts";

afterAll(removeTempDirs);

const DAY = "2026-01-01";
const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/holdout10/articles");

/** Real articles plus one that cannot be decoded as an article, prepared as the pipeline does. */
function prepared() {
  const files = readdirSync(FIXTURES)
    .sort()
    .slice(0, 30)
    .map((name) => ({ path: name, bytes: new Uint8Array(readFileSync(path.join(FIXTURES, name))) }));
  return prepareFiles(files, { buildDay: DAY });
}

describe("parsing in worker threads", () => {
  it("gives the same parses, in the same order, as parsing one by one in this thread", async () => {
    const { jobs, repeated } = prepared();
    const inThread = jobs.map((job) => parseFile(job, DAY, repeated));
    const paths = jobs.map((j) => j.raw.path);
    const inWorkers: Parsed[] = [];
    await parseInWorkers(jobs, DAY, repeated, 2, (parsed, i) => (inWorkers[i] = parsed));
    expect(inWorkers.map((p) => p.draft?.file.path)).toEqual(paths);
    // Each job is let go once sent to a worker.
    expect(jobs.every((j) => j === null)).toBe(true);
    expect(inWorkers).toEqual(inThread);
  });
});

describe("the parse cache on disk", () => {
  it("gives back what was stored, Maps included, and nothing for a key it never saw", async () => {
    const { jobs, repeated } = prepared();
    const cache = new DiskCache(await makeTempDir("cache"));
    const parsed = parseFile(jobs[0]!, DAY, repeated);
    expect(parsed.draft?.weekdays).toBeInstanceOf(Map);
    await cache.set(jobs[0]!.key, parsed);
    expect(await cache.get(jobs[0]!.key)).toEqual(parsed);
    expect(await cache.get(jobs[1]!.key)).toBeUndefined();
  });

  it("reparses rather than fails when a cached file is damaged", async () => {
    const { jobs, repeated } = prepared();
    const root = await makeTempDir("cache");
    const cache = new DiskCache(root);
    await cache.set(jobs[0]!.key, parseFile(jobs[0]!, DAY, repeated));
    const [bucket] = await readdir(cache.dir);
    const [file] = await readdir(path.join(cache.dir, bucket!));
    await writeFile(path.join(cache.dir, bucket!, file!), "not a v8 value");
    expect(await cache.get(jobs[0]!.key)).toBeUndefined();
  });

  it("keeps parses under the parser's version and drops those of other versions", async () => {
    const root = await makeTempDir("cache");
    await mkdir(path.join(root, "0123456789abcdef"), { recursive: true });
    const cache = new DiskCache(root);
    expect(path.basename(cache.dir)).toBe(parserVersion());
    await mkdir(cache.dir, { recursive: true });
    await cache.pruneOtherVersions();
    expect(await readdir(root)).toEqual([parserVersion()]);
  });
});
