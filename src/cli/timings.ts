import { writeFile } from "node:fs/promises";

/** What `--timings FILE` writes: where one build's time went, for the benchmark (bench/run.ts). */
export interface BuildTimings {
  /** The pipeline: from Eleventy's "eleventy.before" to the archive handed to the templates. */
  parseSeconds: number;
  /** Eleventy rendering and writing the pages, after the pipeline. */
  renderSeconds: number;
  /** Pagefind indexing the written site. */
  searchSeconds: number;
  /** The whole build, from the start of runBuild to the new site swapped in. */
  totalSeconds: number;
  stories: number;
  /** Input files read. */
  files: number;
}

/** The moments a build passes, in order. */
type Mark = "parseStart" | "parsed" | "rendered" | "indexed";

/** Notes when each phase of a build ends; `timings` turns the notes into seconds. */
export class PhaseClock {
  readonly #start = performance.now();
  readonly #marks = new Map<Mark, number>();

  mark(name: Mark): void {
    this.#marks.set(name, performance.now());
  }

  timings(stats: { stories: number; files: number }): BuildTimings {
    const at = (name: Mark) => this.#marks.get(name) ?? this.#start;
    const seconds = (from: number, to: number) => Math.round(Math.max(0, to - from)) / 1000;
    return {
      parseSeconds: seconds(at("parseStart"), at("parsed")),
      renderSeconds: seconds(at("parsed"), at("rendered")),
      searchSeconds: seconds(at("rendered"), at("indexed")),
      totalSeconds: seconds(this.#start, performance.now()),
      stories: stats.stories,
      files: stats.files,
    };
  }
}

export async function writeTimings(file: string, timings: BuildTimings): Promise<void> {
  await writeFile(file, `${JSON.stringify(timings, null, 2)}\n`);
}
