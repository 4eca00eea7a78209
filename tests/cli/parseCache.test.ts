import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import { afterAll, describe, expect, it } from "vitest";
import { assertBuilt, buildSite, SEEDS_DIR } from "../helpers/build.ts";
import { listFiles } from "../helpers/site.ts";
import { makeTempDir, removeTempDirs } from "../helpers/tmp.ts";
import type { Parsed } from "../../src/pipeline/run/parseFile.ts";

afterAll(removeTempDirs);

/** The cached parses under a cache folder. */
async function cachedFiles(dir: string): Promise<string[]> {
  return (await listFiles(dir)).filter((f) => f.endsWith(".v8"));
}

describe("the parse cache between builds", () => {
  it("stores one parse per story, and a second build reads them instead of parsing again", async () => {
    const cache = await makeTempDir("parse-cache");
    const env = { ARCHIVE_CACHE_DIR: cache };
    const first = assertBuilt(await buildSite(SEEDS_DIR, { env, args: ["--build-day", "2026-01-01"] }));
    const seeds = (await readdir(SEEDS_DIR)).filter((f) => !f.startsWith("."));
    const stored = await cachedFiles(cache);
    expect(stored).toHaveLength(seeds.length);

    // Prove the second build takes its parse from the cache: change one cached headline.
    const file = path.join(cache, stored[0]!);
    const parsed = deserialize(await readFile(file)) as Parsed;
    const headline = parsed.draft!.title;
    parsed.draft!.title = "A headline only the cache knows";
    await writeFile(file, serialize(parsed));
    const second = assertBuilt(await buildSite(SEEDS_DIR, { env, args: ["--build-day", "2026-01-01"] }));
    const stories = JSON.parse(await readFile(path.join(second.outDir, "api/stories.json"), "utf8")) as { stories: { title: string }[] };
    expect(stories.stories.map((s) => s.title)).toContain("A headline only the cache knows");
    expect(stories.stories.map((s) => s.title)).not.toContain(headline);

    // Turned off, the build parses every file itself.
    const third = assertBuilt(await buildSite(SEEDS_DIR, { env: { ARCHIVE_CACHE_DIR: "off" }, args: ["--build-day", "2026-01-01"] }));
    const fresh = JSON.parse(await readFile(path.join(third.outDir, "api/stories.json"), "utf8")) as { stories: { title: string }[] };
    expect(fresh.stories.map((s) => s.title)).toContain(headline);
    expect(await readFile(path.join(first.outDir, "api/stories.json"), "utf8")).toBe(await readFile(path.join(third.outDir, "api/stories.json"), "utf8"));
  });
});
