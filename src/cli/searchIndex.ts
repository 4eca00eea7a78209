import path from "node:path";
import * as pagefind from "pagefind";
import { stabilizeSearchIndex } from "./stableSearchIndex.ts";

/** Pagefind writes its index and scripts here, inside the site. */
export const SEARCH_DIR = "pagefind";

/**
 * Index a built site for search with Pagefind's Node API and write the index into
 * `<siteDir>/pagefind/`. Only story pages are indexed: they carry `data-pagefind-body`, and
 * Pagefind skips every page without it once one page has it. Throws with Pagefind's own
 * errors, so a failed index fails the build instead of shipping a search page that finds nothing.
 */
export async function indexSite(siteDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`search index: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`search index: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, SEARCH_DIR) });
    if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join("; ")}`);
    // Same input, same bytes: Pagefind's filter files come out in a random order otherwise.
    await stabilizeSearchIndex(path.join(siteDir, SEARCH_DIR));
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
