import { readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import type { Archive, Story } from "../pipeline/schema/index.ts";
import { writeExport } from "../eleventy/exportFile.ts";
import { PAGED_LISTS, pagedListSizes, setStoryBatch, type PagedList, type StoryBatch } from "../eleventy/config.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * Story pages an Eleventy run writes at most (and twice as many event or name pages, which are
 * lighter). Eleventy holds every page of a run in memory until the run ends: a run of 5,000
 * stories and 10,000 pages of each other list needs more than 1.2 GB of heap (at 10,000
 * synthetic articles it runs out of a 1,400 MB heap), a run of 1,000 and 2,000 less than
 * 600 MB (it completes in an 800 MB heap, archive included). Each run costs about 0.8 s of its
 * own, so an archive of up to LARGE_ARCHIVE stories is written in the larger runs, a larger one
 * in the smaller.
 */
export const STORIES_PER_RUN = 5000;
export const STORIES_PER_RUN_LARGE = 1000;
export const LARGE_ARCHIVE = 20_000;
/** Story pages per run for an archive of `stories`; tests set a smaller batch (ARCHIVE_STORIES_PER_RUN). */
export const storiesPerRun = (stories: number): number => Number(process.env.ARCHIVE_STORIES_PER_RUN) || (stories > LARGE_ARCHIVE ? STORIES_PER_RUN_LARGE : STORIES_PER_RUN);

export interface RenderOptions {
  /** Story pages per Eleventy run; storiesPerRun() when absent. */
  perRun?: number;
  /** Each Eleventy run goes through this: the preview server queues its quick passes between runs. */
  exclusive?: <T>(run: () => Promise<T>) => Promise<T>;
  /** Asked before each run after the first: true leaves the rest unwritten (an edit made the archive stale). */
  stale?: () => boolean;
}

/**
 * Writes every page of an archive into `outDir`, over several Eleventy runs: the first writes
 * every page but those of the long lists (stories, events, names, topics, quotations), and the
 * first part of each; each later run one more part of one list and nothing else (see
 * StoryBatch and PAGED_LISTS in src/eleventy/config.ts). Stories go `perRun` a run, the other
 * lists' pages as many as weigh about the same. Returns the runs made, the files the templates
 * wrote, and whether every page was written (false only when `stale` stopped it).
 */
export async function renderSite(outDir: string, archive: Archive, options: RenderOptions = {}): Promise<{ runs: number; written: string[]; complete: boolean }> {
  const perRun = options.perRun ?? storiesPerRun(archive.stories.length);
  const exclusive = options.exclusive ?? ((run) => run());
  const lists = Object.keys(PAGED_LISTS) as PagedList[];
  const size = Object.fromEntries(lists.map((list) => [list, Math.max(1, Math.round(perRun * PAGED_LISTS[list].perStory))])) as Record<PagedList, number>;
  const first = Object.fromEntries(lists.map((list) => [list, [0, size[list]]])) as StoryBatch["ranges"];
  const written = await exclusive(() => runEleventy(outDir, { archive, ranges: first }));
  let runs = 1;
  const sizes = pagedListSizes(archive);
  for (const list of lists) {
    if (sizes[list] <= size[list]) continue;
    const ignore = await templatesBut(PAGED_LISTS[list].template);
    for (let start = size[list]; start < sizes[list]; start += size[list]) {
      if (options.stale?.()) return { runs, written, complete: false };
      written.push(...(await exclusive(() => runEleventy(outDir, { archive, ranges: { [list]: [start, start + size[list]] }, ignore }))));
      runs++;
    }
  }
  await writeExport(outDir, archive);
  return { runs, written, complete: true };
}

/** Writes these stories' pages and nothing else, with `archive` for everything they link to. */
export async function renderStories(outDir: string, archive: Archive, stories: readonly Story[]): Promise<void> {
  await runEleventy(outDir, { archive, stories, ignore: await templatesBut(PAGED_LISTS.storyBatch.template) });
}

/** One Eleventy run of the site's templates into `outDir`, writing what `batch` says; the files its templates wrote. */
async function runEleventy(outDir: string, batch: StoryBatch): Promise<string[]> {
  // The run reads its batch when its config loads, inside write().
  setStoryBatch(batch);
  try {
    const eleventy = new Eleventy(path.join(ROOT, "templates"), outDir, { configPath: path.join(ROOT, ".eleventy.ts"), quietMode: true });
    const [, templates] = (await eleventy.write()) as [unknown, { outputPath?: unknown }[]];
    return templates.flatMap((t) => (typeof t.outputPath === "string" ? [path.resolve(t.outputPath)] : []));
  } finally {
    setStoryBatch({});
  }
}

/** Every template but `kept` (relative to templates/), as paths Eleventy can ignore (relative to the working folder). */
async function templatesBut(kept: string): Promise<string[]> {
  const templates = path.join(ROOT, "templates");
  const files = (await readdir(templates, { recursive: true })).map((f) => f.split(path.sep).join("/")).filter((f) => f.endsWith(".njk") && !/^_(?:includes|layouts)\//.test(f) && f !== kept);
  return files.map((f) => path.relative(process.cwd(), path.join(templates, f)).split(path.sep).join("/"));
}
