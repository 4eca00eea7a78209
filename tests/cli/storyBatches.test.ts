import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { assertBuilt, buildSite, SEEDS_DIR } from "../helpers/build.ts";
import { listFiles } from "../helpers/site.ts";
import { removeTempDirs } from "../helpers/tmp.ts";
import { planRuns } from "../../src/cli/render.ts";
import type { PagedList } from "../../src/eleventy/config.ts";

afterAll(removeTempDirs);

/** Every file of a site with a hash of its bytes. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const file of await listFiles(dir)) out[file] = createHash("sha256").update(await readFile(path.join(dir, file))).digest("hex");
  return out;
}

const NONE: Record<PagedList, number> = { storyBatch: 0, eventPages: 0, entryPages: 0, topicPages: 0, quotePages: 0, monthPages: 0, undatedPages: 0, eventIndexPages: 0 };

describe("planRuns", () => {
  it("writes a small archive in one run", () => {
    expect(planRuns({ ...NONE, storyBatch: 5, eventPages: 4, monthPages: 3, eventIndexPages: 1 }, 1000)).toEqual([
      { others: true, ranges: { storyBatch: [0, 5], eventPages: [0, 4], monthPages: [0, 3], eventIndexPages: [0, 1] } },
    ]);
  });

  it("fills each run by the pages' weight before the next, a list going on in the next run", () => {
    // 10 story pages a run; an event page weighs half a story's, a month's page ten.
    const runs = planRuns({ ...NONE, storyBatch: 25, eventPages: 12, monthPages: 2 }, 10);
    expect(runs).toEqual([
      { others: true, ranges: { storyBatch: [0, 10] } },
      { others: false, ranges: { storyBatch: [10, 20] } },
      { others: false, ranges: { storyBatch: [20, 25], eventPages: [0, 10] } },
      { others: false, ranges: { eventPages: [10, 12] } },
      // A month's page is a whole run's worth: it waits for the next run.
      { others: false, ranges: { monthPages: [0, 1] } },
      { others: false, ranges: { monthPages: [1, 2] } },
    ]);
  });

  it("gives a page heavier than a run a run of its own, and every page a run", () => {
    const sizes = { ...NONE, storyBatch: 3, quotePages: 3, undatedPages: 2 };
    const runs = planRuns(sizes, 2);
    expect(runs.slice(2)).toEqual([
      { others: false, ranges: { quotePages: [0, 1] } },
      { others: false, ranges: { quotePages: [1, 2] } },
      { others: false, ranges: { quotePages: [2, 3] } },
      { others: false, ranges: { undatedPages: [0, 1] } },
      { others: false, ranges: { undatedPages: [1, 2] } },
    ]);
    for (const list of Object.keys(sizes) as PagedList[]) {
      const covered = runs.flatMap((run) => (run.ranges[list] ? [run.ranges[list]] : []));
      expect(covered.flatMap(([a, b]) => Array.from({ length: b - a }, (_, i) => a + i))).toEqual(Array.from({ length: sizes[list] }, (_, i) => i));
    }
  });
});

describe("a build that writes its long lists of pages over several Eleventy runs", () => {
  it("writes the same site, byte for byte, as one run, sitemap included", async () => {
    const args = ["--build-day", "2026-01-01"];
    const whole = assertBuilt(await buildSite(SEEDS_DIR, { args }));
    // Five seeds, two story pages' worth a run: three runs of stories, then the other lists
    // by their weight (four event or name pages a run, one month or events index page).
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
