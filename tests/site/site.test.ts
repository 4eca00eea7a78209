import { existsSync } from "node:fs";
import { cp, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkHtml } from "../helpers/checkHtml.ts";
import { checkLinks } from "../helpers/checkLinks.ts";
import { SEEDS_DIR, assertBuilt, buildSite, builtSeedsSite, copySeeds, runCli } from "../helpers/build.ts";
import {
  STORY_RECORD_KEYS,
  h1Texts,
  listFiles,
  readStoriesJson,
  storyPagePaths,
  type StoriesExport,
  type StoryRecord,
} from "../helpers/site.ts";
import { makeTempDir, removeTempDirs } from "../helpers/tmp.ts";

afterAll(removeTempDirs);

/** Where a story's page is, as a file in the output folder. */
const storyFile = (outDir: string, url: string): string => path.join(outDir, url, "index.html");

/** "/stories/YYYY/MM/DD", "/stories/YYYY/MM", "/stories/YYYY" or "/stories/undated", by date precision. */
function storyFolder(story: StoryRecord): string {
  const [y, m, d] = typeof story.date === "string" ? story.date.split("-") : [];
  const parts: Record<string, (string | undefined)[]> = { day: [y, m, d], month: [y, m], year: [y] };
  return `/stories/${(parts[String(story.datePrecision)] ?? ["undated"]).join("/")}`;
}

// Setup runs inside the tests (from one cached build), not in beforeAll: a failed build then
// fails every test with the CLI's output instead of silently skipping them.
async function seedsSite(): Promise<{ outDir: string; data: StoriesExport }> {
  const { outDir } = await builtSeedsSite();
  return { outDir, data: await readStoriesJson(outDir) };
}

describe("a build of seeds/", () => {
  it("writes the home, timeline and topics pages and the JSON export", async () => {
    const { outDir } = await seedsSite();
    for (const file of ["index.html", "timeline/index.html", "topics/index.html", "api/stories.json"]) {
      expect(existsSync(path.join(outDir, file)), `${file} is missing`).toBe(true);
    }
  });

  it("exports one story per seed file, with exactly the contract's record keys", async () => {
    const { data } = await seedsSite();
    expect(Object.keys(data)).toEqual(expect.arrayContaining(["stories", "events", "messages"]));
    expect(Array.isArray(data.events)).toBe(true);
    expect(Array.isArray(data.messages)).toBe(true);

    const seedFiles = (await listFiles(SEEDS_DIR)).filter((f) => /\.(txt|md)$/.test(f));
    expect(data.stories.map((s) => s.sourceFile).sort()).toEqual(seedFiles);

    for (const story of data.stories) {
      expect(Object.keys(story).sort(), `keys of ${story.sourceFile}`).toEqual([...STORY_RECORD_KEYS].sort());
    }
    expect(new Set(data.stories.map((s) => s.id)).size).toBe(data.stories.length);
    expect(new Set(data.stories.map((s) => s.url)).size).toBe(data.stories.length);
  });

  it("writes one page per story at its url, and no other story pages", async () => {
    const { outDir, data } = await seedsSite();
    for (const story of data.stories) {
      expect(story.url).toBe(`${storyFolder(story)}/${story.slug}/`);
      expect(existsSync(storyFile(outDir, story.url)), `no page for ${story.url}`).toBe(true);
    }
    expect((await storyPagePaths(outDir)).sort()).toEqual(data.stories.map((s) => s.url).sort());
  });

  it("puts each story's headline in the <h1> of its page", async () => {
    const { outDir, data } = await seedsSite();
    for (const story of data.stories) {
      const html = await readFile(storyFile(outDir, story.url), "utf8");
      expect(h1Texts(html), story.url).toEqual([story.title]);
    }
  });

  it("has no broken link, image or asset, and every page is reached from the home page (tests/helpers/checkLinks.ts)", async () => {
    const { outDir, data } = await seedsSite();
    expect((await listFiles(outDir)).filter((f) => f.endsWith(".html")).length).toBeGreaterThan(data.stories.length);
    expect(await checkLinks(outDir)).toEqual([]);
  });

  it("has valid HTML on every page, each with a lang, its own title and a description (tests/helpers/checkHtml.ts)", async () => {
    const { outDir } = await seedsSite();
    expect(await checkHtml(outDir)).toEqual([]);
  });
});

describe("rebuilding into the same folder", () => {
  it("removes the page of a story whose seed file was deleted", async () => {
    const seeds = await copySeeds();
    const outDir = await makeTempDir("rebuild");
    assertBuilt(await buildSite(seeds, { outDir }));
    const before = await readStoriesJson(outDir);
    const gone = before.stories[0];
    if (!gone) throw new Error("the seeds build exported no stories");
    expect(existsSync(storyFile(outDir, gone.url))).toBe(true);

    await rm(path.join(seeds, gone.sourceFile));
    assertBuilt(await buildSite(seeds, { outDir }));
    const after = await readStoriesJson(outDir);

    expect(after.stories.map((s) => s.sourceFile)).not.toContain(gone.sourceFile);
    expect(after.stories).toHaveLength(before.stories.length - 1);
    expect(existsSync(storyFile(outDir, gone.url)), `stale page ${gone.url}`).toBe(false);
    expect((await storyPagePaths(outDir)).sort()).toEqual(after.stories.map((s) => s.url).sort());
  });
});

describe("exit codes", () => {
  it("exits 2 with a one-line error when the seeds folder is missing", async () => {
    const parent = await makeTempDir("missing");
    const result = await runCli(["--seeds", path.join(parent, "no-such-folder"), "--out", path.join(parent, "out")]);
    expect(result.exitCode).toBe(2);
    const lines = result.stderr.trim().split("\n");
    expect(lines, result.stderr).toHaveLength(1);
    expect(lines[0]).toContain("no-such-folder");
  });

  describe("with an empty seed file", () => {
    /** A seeds folder holding only the seed files that build without warnings or errors. */
    async function quietSeeds(): Promise<string> {
      const { data } = await seedsSite();
      const noisy = new Set(data.messages.filter((m) => m.severity !== "info").map((m) => m.file));
      const quiet = data.stories.map((s) => s.sourceFile).filter((file) => !noisy.has(file));
      expect(quiet, "every seed file has warnings; --strict cannot be tested on them").not.toHaveLength(0);
      const dir = await makeTempDir("quiet-seeds");
      for (const file of quiet) await cp(path.join(SEEDS_DIR, file), path.join(dir, file));
      return dir;
    }

    it("--strict exits 0 on seeds without warnings (the baseline for the next test)", async () => {
      const result = await buildSite(await quietSeeds(), { strict: true });
      expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    });

    it("--strict exits 1 once an empty file is added", async () => {
      const seeds = await quietSeeds();
      await writeFile(path.join(seeds, "empty.txt"), "");
      const result = await buildSite(seeds, { strict: true });
      expect(result.exitCode, result.stdout + result.stderr).toBe(1);
      // ...because of the empty file, not because the CLI crashed.
      expect(result.stdout + result.stderr).toContain("empty.txt");
    });

    it("the default build exits 0 and names the file in the export's messages", async () => {
      const seeds = await copySeeds();
      await writeFile(path.join(seeds, "empty.txt"), "");
      const result = assertBuilt(await buildSite(seeds));
      const { messages } = await readStoriesJson(result.outDir);
      expect(messages.filter((m) => m.file === "empty.txt"), JSON.stringify(messages, null, 2)).not.toHaveLength(0);
    });
  });
});
