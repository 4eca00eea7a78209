import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PhaseClock } from "../../src/cli/timings.ts";
import { assertBuilt, buildSite, SEEDS_DIR } from "../helpers/build.ts";
import { makeTempDir, removeTempDirs } from "../helpers/tmp.ts";

afterAll(removeTempDirs);

describe("PhaseClock", () => {
  it("gives each phase the time between its marks, and no phase more than the whole", async () => {
    const clock = new PhaseClock();
    for (const mark of ["parseStart", "parsed", "rendered", "indexed"] as const) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      clock.mark(mark);
    }
    const t = clock.timings({ stories: 2, files: 3 });
    expect(t).toMatchObject({ stories: 2, files: 3 });
    for (const phase of [t.parseSeconds, t.renderSeconds, t.searchSeconds]) expect(phase).toBeGreaterThan(0);
    expect(t.parseSeconds + t.renderSeconds + t.searchSeconds).toBeLessThanOrEqual(t.totalSeconds);
  });
});

describe("npm run build -- --timings FILE", () => {
  it("writes the seconds of each phase and the counts as JSON", async () => {
    const file = path.join(await makeTempDir("timings"), "timings.json");
    assertBuilt(await buildSite(SEEDS_DIR, { args: ["--quiet", "--timings", file] }));
    const timings = JSON.parse(await readFile(file, "utf8")) as Record<string, unknown>;
    expect(Object.keys(timings).sort()).toEqual(["files", "parseSeconds", "renderSeconds", "searchSeconds", "stories", "totalSeconds"]);
    for (const value of Object.values(timings)) expect(typeof value).toBe("number");
    expect(timings).toMatchObject({ stories: 5, files: 5 });
    expect(timings.parseSeconds).toBeGreaterThan(0);
    expect(timings.renderSeconds).toBeGreaterThan(0);
    expect(timings.searchSeconds).toBeGreaterThan(0);
    expect((timings.parseSeconds as number) + (timings.renderSeconds as number) + (timings.searchSeconds as number)).toBeLessThanOrEqual(timings.totalSeconds as number);
  });
});
