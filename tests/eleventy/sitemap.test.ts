import { describe, expect, it } from "vitest";
import { htmlPageUrls, SITEMAP_MAX_URLS, sitemapFiles, sitemapFileUrl } from "../../src/eleventy/sitemap.ts";

describe("htmlPageUrls", () => {
  it("lists each HTML page once, sorted, and nothing that is not a page", () => {
    const items = [
      { url: "/timeline/", outputPath: "_site/timeline/index.html" },
      { url: "/", outputPath: "_site/index.html" },
      { url: "/feed.xml", outputPath: "_site/feed.xml" },
      { url: "/api/stories.json", outputPath: "_site/api/stories.json" },
      { url: false as const, outputPath: false as const },
      { url: "/", outputPath: "_site/index.html" },
    ];
    expect(htmlPageUrls(items)).toEqual(["/", "/timeline/"]);
  });
});

describe("sitemapFiles", () => {
  const urls = (n: number) => Array.from({ length: n }, (_, i) => `/stories/${String(i).padStart(6, "0")}/`);

  it("keeps up to the protocol's 50,000 addresses in one file", () => {
    expect(SITEMAP_MAX_URLS).toBe(50_000);
    expect(sitemapFiles(urls(50_000))).toHaveLength(1);
    expect(sitemapFiles([], 10)).toEqual([[]]);
  });

  it("splits more into files of at most the limit, in order, each address once", () => {
    const all = urls(100_001);
    const files = sitemapFiles(all);
    expect(files.map((f) => f.length)).toEqual([50_000, 50_000, 1]);
    expect(files.flat()).toEqual(all);
    expect(sitemapFiles(urls(7), 3).map((f) => f.length)).toEqual([3, 3, 1]);
    expect(sitemapFileUrl(2)).toBe("/sitemaps/2.xml");
  });
});
