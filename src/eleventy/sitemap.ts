/** What the sitemap needs of an Eleventy collection item. */
export interface PageItem {
  url: string | false;
  outputPath: string | false;
}

/** The sitemap protocol's limit of addresses in one sitemap file (sitemaps.org). */
export const SITEMAP_MAX_URLS = 50_000;

/**
 * The address of every HTML page, sorted so that two builds list them in the same order
 * (Eleventy orders a collection by file dates, which differ between checkouts). Feeds, the
 * JSON export and robots.txt are not pages; the 404 page leaves collections on its own.
 */
export function htmlPageUrls(items: readonly PageItem[], pagedUrls: readonly string[] = []): string[] {
  const urls = items.filter((item) => typeof item.outputPath === "string" && item.outputPath.endsWith(".html") && typeof item.url === "string").map((item) => item.url as string);
  // The pages of the long lists (stories, events, names) that later runs of a batched build
  // write are not in this run's collection: `pagedUrls` names them all.
  return [...new Set([...urls, ...pagedUrls])].sort();
}

/**
 * The addresses in sitemap files of at most `max` each (the protocol's 50,000; tests set
 * ARCHIVE_SITEMAP_URLS lower). One file is /sitemap.xml itself; more are /sitemaps/1.xml,
 * /sitemaps/2.xml…, and /sitemap.xml becomes the sitemap index that lists them, so robots.txt
 * points at the same address whatever the archive's size.
 */
export function sitemapFiles(urls: readonly string[], max: number = Number(process.env.ARCHIVE_SITEMAP_URLS) || SITEMAP_MAX_URLS): string[][] {
  const files: string[][] = [];
  for (let start = 0; start < urls.length; start += max) files.push(urls.slice(start, start + max));
  return files.length > 0 ? files : [[]];
}

/** The address of the nth sitemap file (from 1) when there are several. */
export const sitemapFileUrl = (n: number): string => `/sitemaps/${n}.xml`;
