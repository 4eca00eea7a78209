import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Archive } from "../pipeline/schema/index.ts";
import { exportChunks } from "../pipeline/report/export.ts";

/**
 * The JSON export, `/api/stories.json`, written piece by piece (exportChunks) rather than by a
 * template: at 100,000 stories its text is hundreds of megabytes, which an Eleventy run would
 * hold whole, as a string and as the page it writes, until the run ends.
 */
export async function writeExport(outDir: string, archive: Archive): Promise<void> {
  const file = path.join(outDir, "api", "stories.json");
  await mkdir(path.dirname(file), { recursive: true });
  await pipeline(Readable.from(exportChunks(archive)), createWriteStream(file));
}
