import { lstat, readdir, readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import type { Message } from "../schema/index.ts";
import { message } from "../report/messages.ts";
import type { RawFile } from "./sourceFile.ts";

/** Hidden files and folders (".DS_Store", ".git") are never articles. */
const IGNORED_NAME = /^\./;

/**
 * Read every file under the seeds folder, recursively, in a stable order. The only step of
 * the pipeline that touches the disk. Symbolic links are followed only when they stay inside
 * the folder.
 */
export async function readSeeds(seedsDir: string): Promise<{ files: RawFile[]; messages: Message[] }> {
  const root = await realpath(seedsDir);
  const files: RawFile[] = [];
  const messages: Message[] = [];

  async function walk(dir: string): Promise<void> {
    const entries = (await readdir(dir)).sort();
    for (const name of entries) {
      const full = path.join(dir, name);
      const rel = path.relative(root, full).split(path.sep).join("/");
      if (IGNORED_NAME.test(name)) {
        messages.push(message("info", "read/hidden", rel, null, "Ignored a hidden file or folder"));
        continue;
      }
      const link = await lstat(full);
      let target = full;
      if (link.isSymbolicLink()) {
        try {
          target = await realpath(full);
        } catch {
          messages.push(message("error", "read/broken-link", rel, null, "Symbolic link leads nowhere"));
          continue;
        }
        if (target !== root && !target.startsWith(root + path.sep)) {
          messages.push(message("error", "read/link-outside", rel, null, "Symbolic link leads outside the seeds folder; not followed"));
          continue;
        }
      }
      const info = await stat(target);
      if (info.isDirectory()) {
        if (!link.isSymbolicLink()) await walk(full);
        else messages.push(message("info", "read/linked-folder", rel, null, "Ignored a linked folder (its files are read from where they are)"));
      } else if (info.isFile()) {
        files.push({ path: rel, bytes: new Uint8Array(await readFile(target)) });
      }
    }
  }

  await walk(root);
  return { files, messages };
}
