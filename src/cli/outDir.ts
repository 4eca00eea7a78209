import { lstat, readdir, writeFile } from "node:fs/promises";
import path from "node:path";

/** Written into every built site, so a later build knows the folder is its own to replace. */
export const SITE_MARKER = ".news-archive-site";

/**
 * Why the output folder must not be used, or null when it may be replaced: it must not hold
 * (or sit inside) the seeds or the project, and a folder with files in it must carry the marker
 * of an earlier build, so that no one's documents are ever deleted by a mistyped --out.
 */
export async function outDirProblem(outDir: string, seedsDir: string, projectDir: string, given: string): Promise<string | null> {
  const inside = (child: string, parent: string) => child === parent || child.startsWith(parent + path.sep);
  if (inside(seedsDir, outDir) || inside(projectDir, outDir) || inside(outDir, seedsDir)) {
    return `output folder "${given}" would replace or sit inside the seeds or the project; choose another --out`;
  }
  const info = await lstat(outDir).catch(() => null);
  if (info && !info.isDirectory()) return `output "${given}" exists and is not a folder; refusing to replace it`;
  const existing = await readdir(outDir).catch(() => null);
  if (existing && existing.length > 0 && !existing.includes(SITE_MARKER)) {
    return `output folder "${given}" is not empty and was not made by this tool (no ${SITE_MARKER} file); refusing to replace it`;
  }
  return null;
}

export async function markSite(dir: string): Promise<void> {
  await writeFile(path.join(dir, SITE_MARKER), "Built by news-archive (npm run build / npm start); the next build replaces this folder.\n");
}
