import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { assertBuilt, buildSite, SEEDS_DIR } from "../helpers/build.ts";
import { listFiles } from "../helpers/site.ts";
import { removeTempDirs } from "../helpers/tmp.ts";

afterAll(removeTempDirs);

/** Every file of a site with a hash of its bytes. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const file of await listFiles(dir)) out[file] = createHash("sha256").update(await readFile(path.join(dir, file))).digest("hex");
  return out;
}

describe("a build that writes its long lists of pages over several Eleventy runs", () => {
  it("writes the same site, byte for byte, as one run, sitemap included", async () => {
    const args = ["--build-day", "2026-01-01"];
    const whole = assertBuilt(await buildSite(SEEDS_DIR, { args }));
    // Five seeds, two stories a run: three runs of stories, the last with one story; the two
    // events in the first run (four event pages a run); the names' pages four a run, the
    // topics' two, the quotations' one.
    const batched = assertBuilt(await buildSite(SEEDS_DIR, { args, env: { ARCHIVE_STORIES_PER_RUN: "2" } }));
    const runs = Number(/in (\d+) Eleventy runs of up to 2 stories each/.exec(batched.stdout)?.[1]);
    // The names of five stories need more than one run of four pages.
    expect(runs).toBeGreaterThan(4);
    expect(whole.stdout).not.toContain("Eleventy runs");
    const a = await snapshot(whole.outDir);
    const b = await snapshot(batched.outDir);
    expect(Object.keys(b).filter((f) => f.startsWith("stories/"))).toHaveLength(Object.keys(a).filter((f) => f.startsWith("stories/")).length);
    expect(b).toEqual(a);
  });
});
