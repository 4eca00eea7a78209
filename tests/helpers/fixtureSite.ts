import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { REPO_ROOT } from "./build.ts";
import { makeTempDir } from "./tmp.ts";

/**
 * A tiny hand-written site that passes every site check (links, HTML, accessibility, layout):
 * two pages, a 404 page, a stylesheet, an image used with src and srcset, a script and a labelled
 * form. Keep it that way: the checks' tests break one thing in a copy and expect that one problem.
 */
export const FIXTURE_SITE_DIR = path.join(REPO_ROOT, "tests", "fixtures", "site-checks");

/** A change to one file: its new content, a function of its old content, or null to delete it. */
export type FixtureEdit = string | null | ((content: string) => string);

/** A copy of the fixture site, in a temp folder, with `edits` applied (keyed by file path). */
export async function fixtureSite(edits: Record<string, FixtureEdit> = {}): Promise<string> {
  const dir = await makeTempDir("site-checks");
  await cp(FIXTURE_SITE_DIR, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const full = path.join(dir, file);
    if (edit === null) {
      await rm(full);
      continue;
    }
    const content = typeof edit === "function" ? edit(await readFile(full, "utf8")) : edit;
    await mkdir(path.dirname(full), { recursive: true });
    await writeFile(full, content);
  }
  return dir;
}

/** Replaces `from` (which must be in the text) by `to`: for edits that should fail loudly when the fixture changes. */
export function replace(from: string, to: string): (content: string) => string {
  return (content) => {
    if (!content.includes(from)) throw new Error(`the fixture has no ${JSON.stringify(from)}`);
    return content.replace(from, to);
  };
}
