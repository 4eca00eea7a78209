import { describe, expect, it } from "vitest";
import { htmlPageUrls } from "../../src/eleventy/sitemap.ts";

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
