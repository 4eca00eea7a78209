import { describe, expect, it } from "vitest";
import { FEED_SIZE, buildFeed, feedStories, jsonFeed, rfc3339Day, underBasePath } from "../../src/eleventy/feed.ts";
import type { Archive } from "../../src/pipeline/schema/index.ts";
import { story } from "../helpers/records.ts";

const SITE = { title: "Test Archive", description: "Stories.", language: "en", baseUrl: "https://example.org/archive", buildDay: "2024-05-01" };

describe("feedStories", () => {
  it("leaves undated stories out and keeps the newest FEED_SIZE", () => {
    const dated = Array.from({ length: FEED_SIZE + 5 }, (_, i) => story({ id: `s${i}`, date: "2017-08-16" }));
    const undated = story({ id: "u", date: null, datePrecision: "unknown" });
    const picked = feedStories([...dated, undated]);
    expect(picked).toHaveLength(FEED_SIZE);
    expect(picked.map((s) => s.record.id)).not.toContain("u");
    expect(picked[0]!.record.id).toBe("s0");
  });
});

describe("rfc3339Day", () => {
  it("is midnight UTC of the day, whatever the machine's time zone", () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ["America/Los_Angeles", "Pacific/Kiritimati"]) {
        process.env.TZ = tz;
        expect(rfc3339Day("2017-08-16")).toBe("2017-08-16T00:00:00Z");
      }
    } finally {
      process.env.TZ = saved;
    }
  });
});

describe("buildFeed and jsonFeed", () => {
  it("gives each entry absolute URLs, its date, and says when only the month is known", async () => {
    const archive = { stories: [story(), story({ id: "m", url: "/stories/2017/08/m/", date: "2017-08-01", datePrecision: "month" })] } as unknown as Archive;
    const feed = await buildFeed(archive, SITE);
    expect(feed.updated).toBe("2024-05-01T00:00:00Z");
    expect(feed.atomUrl).toBe("https://example.org/archive/feed.xml");
    expect(feed.entries[0]).toMatchObject({
      id: "https://example.org/archive/stories/2017/08/16/council-meets/",
      published: "2017-08-16T00:00:00Z",
      authors: ["Jane Roe"],
      contentHtml: "<p>The council met.</p>",
    });
    expect(feed.entries[1]!.summary).toContain("August 2017");

    const doc = JSON.parse(jsonFeed(feed));
    expect(doc.version).toBe("https://jsonfeed.org/version/1.1");
    expect(doc.items[1]).toMatchObject({ date_published: "2017-08-01T00:00:00Z", _archive: { date_precision: "month" } });
  });
});

describe("links in a feed entry's content", () => {
  it("keep the archive's path when the site lives below the domain root", () => {
    const html = '<p><a href="/stories/x/">x</a> <img src="/img/a.png" alt=""> <a href="//cdn.example/x">y</a> <a href="other/">z</a></p>';
    expect(underBasePath(html, "https://example.org/archive")).toBe('<p><a href="/archive/stories/x/">x</a> <img src="/archive/img/a.png" alt=""> <a href="//cdn.example/x">y</a> <a href="other/">z</a></p>');
    expect(underBasePath(html, "https://example.org")).toBe(html);
  });
});
