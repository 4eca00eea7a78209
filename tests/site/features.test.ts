import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { assertBuilt, buildSite, copySeeds } from "../helpers/build.ts";
import { RFC3339, parseXml, textOf } from "../helpers/feeds.ts";
import { htmlText, jsonLdBlocks, listFiles, metaContent, pagePath, readStoriesJson, type StoriesExport, type StoryRecord } from "../helpers/site.ts";
import { makeTempDir, removeTempDirs } from "../helpers/tmp.ts";

afterAll(removeTempDirs);

const BASE = "https://example.org/archive";
const BUILD_DAY = "2024-05-01";

/** The seeds plus a story known only to the month and an undated one, built under a base URL with a path. */
async function archiveSeeds(): Promise<string> {
  const seeds = await copySeeds();
  await writeFile(path.join(seeds, "month.md"), "---\ntitle: Commission Delays Detainer Vote\ndate: '2017-02'\noutlet: Miami Herald\nbyline: Jane Roe\n---\n\nThe commission postponed a vote on the detainer policy.\n");
  await writeFile(path.join(seeds, "library.txt"), "The library will open on Sundays at four branches, officials announced.\n\nThe change adds afternoon hours.\n");
  return seeds;
}

let built: Promise<{ outDir: string; data: StoriesExport }> | undefined;
// Built inside the tests (once), so a failed build fails them with the CLI's output.
function site(): Promise<{ outDir: string; data: StoriesExport }> {
  built ??= (async () => {
    const { outDir } = assertBuilt(await buildSite(await archiveSeeds(), { baseUrl: BASE, args: ["--build-day", BUILD_DAY] }));
    return { outDir, data: await readStoriesJson(outDir) };
  })();
  return built;
}

const read = (outDir: string, file: string) => readFile(path.join(outDir, file), "utf8");
const storyHtml = (outDir: string, s: StoryRecord) => read(outDir, `${s.url}index.html`);
const machineDate = (s: StoryRecord) => String(s.date).slice(0, { day: 10, month: 7, year: 4 }[String(s.datePrecision)] ?? 0);
const dated = (data: StoriesExport) => data.stories.filter((s) => s.date !== null);
/** "YYYY-MM" of every story known at least to the month. */
const monthsWithStories = (data: StoriesExport) => [...new Set(dated(data).filter((s) => s.datePrecision !== "year").map((s) => String(s.date).slice(0, 7)))];

describe("search", () => {
  it("indexes exactly the story pages, and only they carry data-pagefind-body", async () => {
    const { outDir, data } = await site();
    expect(existsSync(path.join(outDir, "pagefind", "pagefind.js"))).toBe(true);
    const entry = JSON.parse(await read(outDir, "pagefind/pagefind-entry.json"));
    expect(entry.languages.en.page_count).toBe(data.stories.length);
    const storyUrls = new Set(data.stories.map((s) => s.url));
    for (const file of (await listFiles(outDir)).filter((f) => f.endsWith(".html"))) {
      const bodies = (await read(outDir, file)).match(/data-pagefind-body/g)?.length ?? 0;
      expect(bodies, file).toBe(storyUrls.has(pagePath(file)) ? 1 : 0);
    }
  });

  it("gives each story its filters, a date sort key only when dated, and its date and outlet for results", async () => {
    const { outDir, data } = await site();
    for (const s of data.stories) {
      const html = await storyHtml(outDir, s);
      const filters = [...html.matchAll(/data-pagefind-filter="(\w+)">([^<]*)</g)].map((m) => `${m[1]}:${htmlText(m[2]!)}`);
      expect(filters, s.url).toContain(`year:${s.date ? String(s.date).slice(0, 4) : "Undated"}`);
      if (s.outlet) expect(filters).toContain(`outlet:${s.outlet}`);
      expect(filters.filter((f) => f.startsWith("topic:"))).toHaveLength((s.topics as string[]).length);
      expect(html.includes(`data-pagefind-sort="date:${s.date}"`), s.url).toBe(s.date !== null);
      expect(html).toMatch(/data-pagefind-meta="date">[^<]+</);
    }
    const month = data.stories.find((s) => s.sourceFile === "month.md")!;
    expect(await storyHtml(outDir, month)).toContain('<span data-pagefind-filter="person">Jane Roe</span>');
  });

  it("has a search page that, without JavaScript, says so and points to the timeline and topics", async () => {
    const { outDir } = await site();
    const html = await read(outDir, "search/index.html");
    // Shown until the search script runs and hides it.
    const note = /<p id="search-needs-js" class="note">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? "";
    expect(note).toContain("JavaScript");
    expect(note).toContain('href="/archive/timeline/"');
    expect(note).toContain('href="/archive/topics/"');
    expect(html).toMatch(/<form id="search-form"[^>]*\shidden(="")?>/);
    for (const filter of ["topic", "outlet", "year", "person"]) expect(html).toContain(`id="filter-${filter}"`);
    expect(html).toContain('src="/archive/search.js"');
  });
});

describe("feeds", () => {
  it("writes feed.xml as valid Atom of the dated stories, newest first, with absolute links", async () => {
    const { outDir, data } = await site();
    const { feed } = parseXml(await read(outDir, "feed.xml"));
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(textOf(feed.title)).toBe("Sanctuary Cities News Archive");
    expect(feed.id).toBe(`${BASE}/`);
    expect(feed.updated).toBe(`${BUILD_DAY}T00:00:00Z`);
    expect(feed.link.map((l: Record<string, string>) => l["@href"])).toContain(`${BASE}/feed.xml`);

    const expected = dated(data);
    expect(feed.entry.map((e: Record<string, unknown>) => textOf(e.title))).toEqual(expected.map((s) => s.title));
    for (const [i, entry] of (feed.entry as Record<string, any>[]).entries()) {
      const story = expected[i]!;
      expect(entry.id).toBe(`${BASE}${story.url}`);
      expect(entry.link[0]["@href"]).toBe(`${BASE}${story.url}`);
      expect(entry.updated).toMatch(RFC3339);
      expect(entry.updated.slice(0, 10)).toBe(story.date);
      expect(textOf(entry.content)).toContain("<p>");
    }
  });

  it("writes feed.json as JSON Feed 1.1 with the same items, and leaves the undated story out", async () => {
    const { outDir, data } = await site();
    const feed = JSON.parse(await read(outDir, "feed.json"));
    expect(feed).toMatchObject({ version: "https://jsonfeed.org/version/1.1", title: "Sanctuary Cities News Archive", home_page_url: `${BASE}/`, feed_url: `${BASE}/feed.json` });
    expect(feed.items.map((i: { url: string }) => i.url)).toEqual(dated(data).map((s) => `${BASE}${s.url}`));
    for (const item of feed.items) {
      expect(Object.keys(item)).toEqual(expect.arrayContaining(["id", "url", "title", "content_html", "date_published"]));
      expect(item.date_published).toMatch(RFC3339);
    }
    const undated = data.stories.find((s) => s.date === null)!;
    expect(undated, "the test seeds hold an undated story").toBeDefined();
    expect(feed.items.map((i: { title: string }) => i.title)).not.toContain(undated.title);
    const month = feed.items.find((i: { title: string }) => i.title === "Commission Delays Detainer Vote");
    expect(month).toMatchObject({ date_published: "2017-02-01T00:00:00Z", _archive: { date_precision: "month" } });
  });

  it("links both feeds from every page's head", async () => {
    const { outDir } = await site();
    const html = await read(outDir, "index.html");
    expect(html).toContain('<link rel="alternate" type="application/atom+xml" href="/archive/feed.xml"');
    expect(html).toContain('<link rel="alternate" type="application/feed+json" href="/archive/feed.json"');
  });
});

describe("sitemap and robots.txt", () => {
  it("lists every HTML page of the built site in sitemap.xml, and nothing else", async () => {
    const { outDir } = await site();
    const { urlset } = parseXml(await read(outDir, "sitemap.xml"));
    const listed = urlset.url.map((u: { loc: string }) => u.loc).sort();
    const pages = (await listFiles(outDir)).filter((f) => f.endsWith(".html") && f !== "404.html").map((f) => `${BASE}${pagePath(f)}`).sort();
    expect(listed).toEqual(pages);
  });

  it("points robots.txt at the sitemap", async () => {
    const { outDir } = await site();
    expect(await read(outDir, "robots.txt")).toContain(`Sitemap: ${BASE}/sitemap.xml`);
  });
});

describe("structured data and link previews", () => {
  it("gives every story page one NewsArticle whose datePublished is the record's, at its precision, or none", async () => {
    const { outDir, data } = await site();
    for (const s of data.stories) {
      const html = await storyHtml(outDir, s);
      const blocks = jsonLdBlocks(html) as Record<string, unknown>[];
      expect(blocks, s.url).toHaveLength(1);
      const article = blocks[0]!;
      expect(article["@type"]).toBe("NewsArticle");
      expect(article.headline).toBe(s.title);
      expect(article.url).toBe(`${BASE}${s.url}`);
      if (s.date === null) expect(article, s.url).not.toHaveProperty("datePublished");
      else expect(article.datePublished, s.url).toBe(machineDate(s));
      expect(metaContent(html, "article:published_time")).toBe(s.date === null ? null : machineDate(s));
      if (s.outlet) expect(article.publisher).toEqual({ "@type": "Organization", name: s.outlet });
    }
  });

  it("has Open Graph and Twitter tags and a canonical link on story pages", async () => {
    const { outDir, data } = await site();
    const s = data.stories[0]!;
    const html = await storyHtml(outDir, s);
    expect(metaContent(html, "og:type")).toBe("article");
    expect(metaContent(html, "og:title")).toBe(s.title);
    expect(metaContent(html, "og:url")).toBe(`${BASE}${s.url}`);
    expect(metaContent(html, "og:description")).toBe(s.summary);
    expect(metaContent(html, "twitter:card")).toBe("summary");
    expect(html).toContain(`<link rel="canonical" href="${BASE}${s.url}">`);
  });
});

describe("calendar browsing", () => {
  it("has a page for every month and year with stories, listing that month's stories", async () => {
    const { outDir, data } = await site();
    const months = monthsWithStories(data);
    expect(months).toEqual(expect.arrayContaining(["2017-08", "2017-02", "2017-01"]));
    for (const month of months) {
      const html = await read(outDir, `timeline/${month.replace("-", "/")}/index.html`);
      const mine = dated(data).filter((s) => String(s.date).startsWith(month) && s.datePrecision !== "year");
      const linked = [...html.matchAll(/<p class="story-title"><a href="([^"]+)"/g)].map((m) => m[1]!.replace("/archive", ""));
      expect(linked.sort(), month).toEqual(mine.map((s) => s.url).sort());
    }
    for (const year of new Set(dated(data).map((s) => String(s.date).slice(0, 4)))) {
      expect(existsSync(path.join(outDir, "timeline", year, "index.html")), year).toBe(true);
    }
    const monthTimeline = await read(outDir, "timeline/2017/02/index.html");
    expect(htmlText(monthTimeline)).toContain("February 2017, day unknown");
  });

  it("draws stories per month on the timeline as an SVG whose bars link to the month pages", async () => {
    const { outDir, data } = await site();
    const html = await read(outDir, "timeline/index.html");
    const svg = /<svg[\s\S]*?<\/svg>/.exec(html)?.[0] ?? "";
    expect(svg).toMatch(/<title id="chart-title">[^<]+<\/title>/);
    expect(svg).toMatch(/<desc id="chart-desc">[^<]+<\/desc>/);
    const barLinks = [...svg.matchAll(/<a href="([^"]+)" class="chart-bar" aria-label="([^"]+)"/g)];
    expect(barLinks.map((m) => m[1]).sort()).toEqual(monthsWithStories(data).map((m) => `/archive/timeline/${m.replace("-", "/")}/`).sort());
    expect(barLinks.map((m) => m[2])).toContain("August 2017: 4 stories");
    // The same numbers as text, for readers who cannot see the chart.
    expect(htmlText(/<table>[\s\S]*?<\/table>/.exec(html)?.[0] ?? "")).toContain("August 2017 4");
  });
});

describe("the story page", () => {
  it("has breadcrumbs down to the month, the story marked as the current page", async () => {
    const { outDir, data } = await site();
    const s = data.stories.find((x) => x.date === "2017-08-16")!;
    const nav = /<nav aria-label="Breadcrumb"[\s\S]*?<\/nav>/.exec(await storyHtml(outDir, s))?.[0] ?? "";
    expect(htmlText(nav)).toBe(`Home › Timeline › 2017 › August 2017 › ${s.title}`.replaceAll(" › ", " "));
    expect(nav).toContain('href="/archive/timeline/2017/08/"');
    expect(htmlText(/<span aria-current="page">[^<]*<\/span>/.exec(nav)?.[0] ?? "")).toBe(s.title);
  });

  it("has a citation ready to copy, with the archive address and the access date left to the reader", async () => {
    const { outDir, data } = await site();
    const s = data.stories.find((x) => x.sourceFile === "month.md")!;
    const cite = htmlText(/<pre id="citation-text">([\s\S]*?)<\/pre>/.exec(await storyHtml(outDir, s))?.[1] ?? "");
    expect(cite).toBe(`Jane Roe. “Commission Delays Detainer Vote.” Miami Herald, February 2017. Sanctuary Cities News Archive, ${BASE}${s.url}. Accessed [date].`);
  });

  it("links to the previous and next dated story in time", async () => {
    const { outDir, data } = await site();
    const order = dated(data);
    for (const [i, s] of order.entries()) {
      const pager = /<nav class="story-pager"[\s\S]*?<\/nav>/.exec(await storyHtml(outDir, s))?.[0] ?? "";
      const older = /rel="prev"/.test(pager) ? /<a href="([^"]+)" rel="prev"/.exec(pager)![1] : null;
      const newer = /rel="next"/.test(pager) ? /<a href="([^"]+)" rel="next"/.exec(pager)![1] : null;
      expect(older, s.url).toBe(order[i + 1] ? `/archive${order[i + 1]!.url}` : null);
      expect(newer, s.url).toBe(order[i - 1] ? `/archive${order[i - 1]!.url}` : null);
    }
    const undated = data.stories.find((x) => x.date === null)!;
    expect(await storyHtml(outDir, undated)).not.toContain('class="story-pager"');
  });
});

describe("two builds of the same input", () => {
  it("are byte-identical, search index included", async () => {
    const seeds = await archiveSeeds();
    const options = { baseUrl: BASE, args: ["--build-day", BUILD_DAY] };
    const [a, b] = [assertBuilt(await buildSite(seeds, options)).outDir, assertBuilt(await buildSite(seeds, options)).outDir];
    const files = await listFiles(a);
    expect(await listFiles(b)).toEqual(files);
    for (const file of files) {
      const [x, y] = [await readFile(path.join(a, file)), await readFile(path.join(b, file))];
      expect(x.equals(y), file).toBe(true);
    }
  });
});
