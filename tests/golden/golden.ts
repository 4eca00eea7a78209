import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runPipeline } from "../../src/pipeline/index.ts";
import type { StoryRecord } from "../../src/pipeline/schema/index.ts";

export const GOLDEN_DIR = path.dirname(fileURLToPath(import.meta.url));
/** Golden records are made on a fixed day, so "not after the build day" never shifts them. */
export const GOLDEN_BUILD_DAY = "2026-01-01";

export interface GoldenCase {
  name: string;
  dir: string;
  inputName: string;
  expectedPath: string;
}

/** Each folder under tests/golden/ holds one input file (input.txt or input.md) and expected.json. */
export function goldenCases(): GoldenCase[] {
  return readdirSync(GOLDEN_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const dir = path.join(GOLDEN_DIR, d.name);
      const inputName = readdirSync(dir).find((f) => f.startsWith("input."));
      if (!inputName) throw new Error(`${dir}: expected an input.txt or input.md file`);
      return { name: d.name, dir, inputName, expectedPath: path.join(dir, "expected.json") };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The record the pipeline makes of one golden input today. */
export function actualRecord(c: GoldenCase): StoryRecord | null {
  const bytes = new Uint8Array(readFileSync(path.join(c.dir, c.inputName)));
  const archive = runPipeline([{ path: c.inputName, bytes }], { buildDay: GOLDEN_BUILD_DAY });
  return archive.stories[0]?.record ?? null;
}

export function expectedRecord(c: GoldenCase): StoryRecord | null {
  return existsSync(c.expectedPath) ? (JSON.parse(readFileSync(c.expectedPath, "utf8")) as StoryRecord) : null;
}
