import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

const created: string[] = [];

/** A fresh, empty folder under the OS temp dir, removed by `removeTempDirs()`. */
export async function makeTempDir(label: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `news-archive-${label}-`));
  created.push(dir);
  return dir;
}

/** Removes every folder made by `makeTempDir` in this test file (set KEEP_TEST_DIRS=1 to keep them). */
export async function removeTempDirs(): Promise<void> {
  if (process.env.KEEP_TEST_DIRS) {
    console.log(`kept temp dirs:\n  ${created.join("\n  ")}`);
    return;
  }
  const dirs = created.splice(0);
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
}
