import { readdirSync, readFileSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { indexArchive } from "../../src/cli/searchIndex.ts";
import { searchBundles } from "../../src/eleventy/search.ts";
import { runPipeline } from "../../src/pipeline/index.ts";
import { SEEDS_DIR } from "../helpers/build.ts";
import { makeTempDir, removeTempDirs } from "../helpers/tmp.ts";

afterAll(removeTempDirs);
afterEach(() => {
  delete process.env.ARCHIVE_SEARCH_SHARD;
});

describe("searchBundles", () => {
  it("is one folder up to a shard's worth of stories, then one more a shard", () => {
    expect(searchBundles(0, 5000)).toEqual(["pagefind/"]);
    expect(searchBundles(5000, 5000)).toEqual(["pagefind/"]);
    expect(searchBundles(5001, 5000)).toEqual(["pagefind/", "pagefind-2/"]);
    expect(searchBundles(100_000, 5000)).toHaveLength(20);
  });
});

describe("indexArchive", () => {
  const stories = runPipeline(
    readdirSync(SEEDS_DIR).map((f) => ({ path: f, bytes: new Uint8Array(readFileSync(path.join(SEEDS_DIR, f))) })),
    { buildDay: "2026-01-01" },
  ).stories;
  const pageCount = async (bundle: string) => Object.values(JSON.parse(await readFile(bundle + "/pagefind-entry.json", "utf8")).languages as Record<string, { page_count: number }>).reduce((n, l) => n + l.page_count, 0);

  it("indexes every story once over its shards, and removes the shards a larger index left", async () => {
    const site = await makeTempDir("search");
    process.env.ARCHIVE_SEARCH_SHARD = "2";
    expect(await indexArchive(site, stories)).toEqual({ pages: 5 });
    expect((await readdir(site)).sort()).toEqual(["pagefind", "pagefind-2", "pagefind-3"]);
    expect([await pageCount(`${site}/pagefind`), await pageCount(`${site}/pagefind-2`), await pageCount(`${site}/pagefind-3`)]).toEqual([2, 2, 1]);

    process.env.ARCHIVE_SEARCH_SHARD = "3";
    expect(await indexArchive(site, stories)).toEqual({ pages: 5 });
    expect((await readdir(site)).sort()).toEqual(["pagefind", "pagefind-2"]);
  });

  it("stops before the next shard once aborted", async () => {
    const site = await makeTempDir("search");
    process.env.ARCHIVE_SEARCH_SHARD = "2";
    const stop = new AbortController();
    stop.abort();
    await expect(indexArchive(site, stories, stop.signal)).rejects.toThrow();
    expect(await readdir(site)).toEqual([]);
  });
});
