/** What the sitemap needs of an Eleventy collection item. */
export interface PageItem {
  url: string | false;
  outputPath: string | false;
}

/**
 * The address of every HTML page, sorted so that two builds list them in the same order
 * (Eleventy orders a collection by file dates, which differ between checkouts). Feeds, the
 * JSON export and robots.txt are not pages; the 404 page leaves collections on its own.
 */
export function htmlPageUrls(items: readonly PageItem[], stories: readonly { record: { url: string } }[] = []): string[] {
  const urls = items.filter((item) => typeof item.outputPath === "string" && item.outputPath.endsWith(".html") && typeof item.url === "string").map((item) => item.url as string);
  // Story pages written by later runs of a batched build are not in this run's collection.
  return [...new Set([...urls, ...stories.map((s) => s.record.url)])].sort();
}
