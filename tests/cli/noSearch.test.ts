import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { assertBuilt, buildSite, SEEDS_DIR } from "../helpers/build.ts";
import { removeTempDirs } from "../helpers/tmp.ts";

afterAll(removeTempDirs);

describe("a build with ARCHIVE_SEARCH=off", () => {
  it("writes every page but no search index", async () => {
    const { outDir } = assertBuilt(await buildSite(SEEDS_DIR, { env: { ARCHIVE_SEARCH: "off" } }));
    expect(existsSync(path.join(outDir, "index.html"))).toBe(true);
    expect(existsSync(path.join(outDir, "search", "index.html"))).toBe(true);
    expect(existsSync(path.join(outDir, "pagefind"))).toBe(false);
  });
});
