import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { stabilizeSearchIndex } from "./stableSearchIndex.ts";

/** Pagefind writes its index and scripts here, inside the site. */
export const SEARCH_DIR = "pagefind";

/** The mark of a page to index: Pagefind indexes only pages that have it once any page does. */
const INDEXED_PAGE = "data-pagefind-body";

/**
 * A Pagefind index fed page by page while the site is written, so that indexing (Pagefind's
 * own process) runs beside Eleventy's rendering instead of after it. Pagefind numbers pages in
 * the order they arrive, so pages are handed on in one fixed order, the one `expect` gives:
 * a page rendered early waits for those before it. Only story pages are indexed; they carry
 * `data-pagefind-body`.
 */
export class SearchIndex {
  #index: pagefind.PagefindIndex;
  #order: string[] = [];
  #expected = new Set<string>();
  #next = 0;
  #waiting = new Map<string, string>();
  #adding: Promise<pagefind.NewFileResponse>[] = [];

  private constructor(index: pagefind.PagefindIndex) {
    this.#index = index;
  }

  static async open(): Promise<SearchIndex> {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`search index: ${errors.join("; ")}`);
    return new SearchIndex(index);
  }

  /** The pages to index (paths inside the site, "stories/…/index.html"), in the order to index them. */
  expect(pages: readonly string[]): void {
    this.#order = [...pages];
    this.#expected = new Set(pages);
  }

  /** A written page: indexed now, or when the pages before it have been. Pages not expected are ignored. */
  add(page: string, html: string): void {
    if (!this.#expected.has(page) || !html.includes(INDEXED_PAGE)) return;
    this.#waiting.set(page, html);
    this.#handOn();
  }

  /**
   * Indexes what is left (any expected page never handed over is read from `siteDir`), writes
   * the index into the site and makes its bytes stable. Throws with Pagefind's own errors, so a
   * failed index fails the build instead of shipping a search page that finds nothing.
   */
  async write(siteDir: string): Promise<{ pages: number }> {
    for (const page of this.#order.slice(this.#next)) {
      if (!this.#waiting.has(page)) this.#waiting.set(page, await readFile(path.join(siteDir, page), "utf8"));
      this.#handOn();
    }
    const added = await Promise.all(this.#adding);
    const errors = added.flatMap((a) => a.errors);
    if (errors.length > 0) throw new Error(`search index: ${errors.join("; ")}`);
    const written = await this.#index.writeFiles({ outputPath: path.join(siteDir, SEARCH_DIR) });
    if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join("; ")}`);
    // Same input, same bytes: Pagefind's filter files come out in a random order otherwise.
    await stabilizeSearchIndex(path.join(siteDir, SEARCH_DIR));
    return { pages: added.length };
  }

  /** Stops Pagefind's process; call once, whether the build succeeded or not. */
  async close(): Promise<void> {
    await pagefind.close();
  }

  #handOn(): void {
    for (let page = this.#order[this.#next]; page !== undefined && this.#waiting.has(page); page = this.#order[++this.#next]) {
      const content = this.#waiting.get(page)!;
      this.#waiting.delete(page);
      this.#adding.push(this.#index.addHTMLFile({ sourcePath: page, content }));
    }
  }
}

/**
 * Index a site already written (the preview server re-indexes after each rebuild): every page
 * marked for search, in the order of their paths.
 */
export async function indexSite(siteDir: string): Promise<{ pages: number }> {
  const files = (await readdir(siteDir, { recursive: true })).filter((f) => f.endsWith(".html") && !f.startsWith(`${SEARCH_DIR}${path.sep}`)).sort();
  const search = await SearchIndex.open();
  try {
    const pages: { page: string; html: string }[] = [];
    for (const file of files) {
      const html = await readFile(path.join(siteDir, file), "utf8");
      if (html.includes(INDEXED_PAGE)) pages.push({ page: file.split(path.sep).join("/"), html });
    }
    search.expect(pages.map((p) => p.page));
    for (const { page, html } of pages) search.add(page, html);
    return await search.write(siteDir);
  } finally {
    await search.close();
  }
}
