import { readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import type { Archive, Story } from "../pipeline/schema/index.ts";
import { writeExport } from "../eleventy/exportFile.ts";
import { PAGED_LISTS, pagedListSizes, setStoryBatch, type PagedList, type StoryBatch } from "../eleventy/config.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * Story pages an Eleventy run writes at most, or pages of the other long lists of about their
 * weight (PAGED_LISTS). Eleventy holds every page of a run in memory until the run ends: a run of 5,000
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

/** One Eleventy run of a batched build: the parts of the long lists it writes, and whether it writes every other page too. */
export interface RunPlan {
  ranges: Partial<Record<PagedList, [number, number]>>;
  others: boolean;
}

/**
 * The Eleventy runs that write lists of `sizes` pages, `perRun` story pages' worth of them a run
 * (each list's pages weighed by PAGED_LISTS): the lists in order, each run filled before the
 * next begins, so one run may end one list and begin the next. The first run also writes every
 * page that is not in a long list (the home page, the timeline, the indexes, feeds, sitemap).
 * A page heavier than a whole run gets a run of its own.
 */
export function planRuns(sizes: Record<PagedList, number>, perRun: number): RunPlan[] {
  const runs: RunPlan[] = [{ ranges: {}, others: true }];
  let room = perRun;
  for (const list of Object.keys(PAGED_LISTS) as PagedList[]) {
    const weight = 1 / PAGED_LISTS[list].perStory;
    for (let start = 0; start < sizes[list]; ) {
      let run = runs.at(-1)!;
      let fits = Math.floor(room / weight + 1e-9);
      if (fits < 1 && Object.keys(run.ranges).length > 0) {
        run = { ranges: {}, others: false };
        runs.push(run);
        room = perRun;
        fits = Math.floor(room / weight + 1e-9);
      }
      const end = Math.min(sizes[list], start + Math.max(1, fits));
      run.ranges[list] = [start, end];
      room -= (end - start) * weight;
      start = end;
    }
  }
  return runs;
}

/**
 * Writes every page of an archive into `outDir`, over the Eleventy runs planRuns gives for
 * `perRun` story pages a run (see StoryBatch and PAGED_LISTS in src/eleventy/config.ts), then
 * the JSON export. Returns the runs made, the files the templates wrote, and whether every
 * page was written (false only when `stale` stopped it).
 */
export async function renderSite(outDir: string, archive: Archive, options: RenderOptions = {}): Promise<{ runs: number; written: string[]; complete: boolean }> {
  const perRun = options.perRun ?? storiesPerRun(archive.stories.length);
  const exclusive = options.exclusive ?? ((run) => run());
  const plans = planRuns(pagedListSizes(archive), perRun);
  const templates = await pageTemplates();
  const written: string[] = [];
  for (const [i, plan] of plans.entries()) {
    if (i > 0 && options.stale?.()) return { runs: i, written, complete: false };
    // A run of one part of the lists leaves out every other template; the first leaves out none.
    const kept = (Object.keys(plan.ranges) as PagedList[]).map((list) => PAGED_LISTS[list].template);
    const ignore = plan.others ? [] : templatesBut(templates, kept);
    written.push(...(await exclusive(() => runEleventy(outDir, { archive, ranges: plan.ranges, ignore }))));
  }
  await writeExport(outDir, archive);
  return { runs: plans.length, written, complete: true };
}

/** Writes these stories' pages and nothing else, with `archive` for everything they link to. */
export async function renderStories(outDir: string, archive: Archive, stories: readonly Story[]): Promise<void> {
  await runEleventy(outDir, { archive, stories, ignore: templatesBut(await pageTemplates(), [PAGED_LISTS.storyBatch.template]) });
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

/** The site's page templates (not its layouts or partials), relative to templates/. */
async function pageTemplates(): Promise<string[]> {
  const files = await readdir(path.join(ROOT, "templates"), { recursive: true });
  return files.map((f) => f.split(path.sep).join("/")).filter((f) => f.endsWith(".njk") && !/^_(?:includes|layouts)\//.test(f));
}

/** The `templates` but those `kept`, as paths Eleventy can ignore (relative to the working folder). */
function templatesBut(templates: readonly string[], kept: readonly string[]): string[] {
  return templates.filter((f) => !kept.includes(f)).map((f) => path.relative(process.cwd(), path.join(ROOT, "templates", f)).split(path.sep).join("/"));
}
