import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import type { Parsed } from "./parseFile.ts";
import { parserVersion } from "./version.ts";

/**
 * Parses kept on disk between builds, one file per parse under `<dir>/<parser version>/`, named
 * by a hash of the job's cache key (content, path, build day, repeated lines). A build of an
 * archive that did not change reads every story from here instead of parsing it again.
 * Serialized with v8 (the drafts hold Maps); written to a temporary name and renamed, so two
 * builds sharing the cache never read half a file. A parse that cannot be read is parsed again.
 */
export class DiskCache {
  readonly dir: string;

  constructor(root: string) {
    this.dir = path.join(root, parserVersion());
  }

  /** Removes the parses of other parser versions: they can never be used again. */
  async pruneOtherVersions(): Promise<void> {
    const root = path.dirname(this.dir);
    const names = await readdir(root).catch(() => [] as string[]);
    await Promise.all(names.filter((n) => n !== path.basename(this.dir)).map((n) => rm(path.join(root, n), { recursive: true, force: true })));
  }

  async get(key: string): Promise<Parsed | undefined> {
    try {
      return deserialize(await readFile(this.fileOf(key))) as Parsed;
    } catch {
      return undefined;
    }
  }

  /** Serialized at once, so the caller may let go of the parse while it is written. */
  async set(key: string, parsed: Parsed): Promise<void> {
    const bytes = serialize(parsed);
    const file = this.fileOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(temporary, bytes);
    await rename(temporary, file);
  }

  private fileOf(key: string): string {
    const name = createHash("sha256").update(key).digest("hex");
    return path.join(this.dir, name.slice(0, 2), `${name.slice(2)}.v8`);
  }
}
