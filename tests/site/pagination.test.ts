import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { assertBuilt, buildSite } from "../helpers/build.ts";
import { decodeEntities, listFiles, pagePath, readStoriesJson } from "../helpers/site.ts";
import { makeTempDir, removeTempDirs } from "../helpers/tmp.ts";
import { STORIES_PER_PAGE } from "../../src/eleventy/listPages.ts";
import { checkLinks } from "../helpers/checkLinks.ts";
import { checkHtml } from "../helpers/checkHtml.ts";
import { checkA11y, checkLayout } from "../helpers/checkPage.ts";
import { launchChromium, shouldSkipBrowserTests } from "../helpers/browser.ts";
import { serveStatic } from "../helpers/server.ts";

afterAll(removeTempDirs);

const STORIES = 2 * STORIES_PER_PAGE + 7;
/** Addresses a sitemap file may list in this test's build. */
const SITEMAP_URLS = 150;
const CITIES = ["Hialeah", "Doral", "Homestead", "Kendall", "Sweetwater", "Opa-locka", "Aventura", "Cutler Bay"];

/** Many short articles on one subject, all naming the same official: a topic and a person with long lists. */
async function manyStoriesOnOneSubject(): Promise<string> {
  const dir = await makeTempDir("many");
  await mkdir(dir, { recursive: true });
  for (let i = 0; i < STORIES; i++) {
    const day = `2018-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 27) + 1).padStart(2, "0")}`;
    const city = CITIES[i % CITIES.length]!;
    await writeFile(
      path.join(dir, `story-${String(i).padStart(3, "0")}.txt`),
      `date ${day}\n\nCounty weighs detainer request number ${i} from ${city}\n\n` +
        `MIAMI — Mayor Carlos Gimenez said the county jail would keep honoring immigration detainer requests in case ${i}, a sanctuary policy fight that reached ${city}.\n\n` +
        `Immigration lawyers said deportation cases numbered ${i * 3} this year, and the sanctuary city debate was far from over.\n`,
    );
  }
  return dir;
}

const read = (outDir: string, url: string) => readFile(path.join(outDir, url, "index.html"), "utf8");
const titleOf = (html: string) => decodeEntities(/<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? "");
const listedStories = (html: string) => [...html.matchAll(/<li class="story-item" id="([^"]+)"/g)].map((m) => m[1]!);

describe("a topic and a person with more stories than one page holds", () => {
  it("list every story once across numbered pages, each page linked and titled apart", async () => {
    const { outDir } = assertBuilt(await buildSite(await manyStoriesOnOneSubject(), { args: ["--build-day", "2026-01-01"], env: { ARCHIVE_SITEMAP_URLS: String(SITEMAP_URLS) } }));
    const data = await readStoriesJson(outDir);
    expect(data.stories).toHaveLength(STORIES);
    const person = (data.stories[0]!.people as string[]).includes("Carlos Gimenez") ? "/people/carlos-gimenez/" : null;
    expect(person).not.toBeNull();

    for (const list of ["/topics/sanctuary-cities/", person!]) {
      const pages = [await read(outDir, list), await read(outDir, `${list}page/2/`), await read(outDir, `${list}page/3/`)];
      const listed = pages.map(listedStories);
      expect(listed.map((l) => l.length)).toEqual([STORIES_PER_PAGE, STORIES_PER_PAGE, 7]);
      expect(new Set(listed.flat()).size).toBe(STORIES);
      // Each page links to the others and names its place in the list.
      expect(pages[0]).toContain(`href="${list}page/2/" rel="next"`);
      expect(pages[2]).toContain(`href="${list}page/2/" rel="prev"`);
      expect(pages[1]).toContain(`href="${list}"`);
      expect(pages[1]).toMatch(/Stories 101–200, page 2 of 3/);
      expect(new Set(pages.map(titleOf)).size).toBe(3);
    }
    // The later pages are in the sitemap like every other page. This build allows SITEMAP_URLS
    // addresses a sitemap file (the protocol's 50,000 in real builds): sitemap.xml is the index
    // of several files, which list every page once between them.
    const index = await readFile(path.join(outDir, "sitemap.xml"), "utf8");
    expect(index).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<sitemapindex xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
    const files = [...index.matchAll(/<loc>[^<]*\/(sitemaps\/\d+\.xml)<\/loc>/g)].map((m) => m[1]!);
    expect(files.length).toBeGreaterThan(1);
    const listed = await Promise.all(files.map(async (f) => [...(await readFile(path.join(outDir, f), "utf8")).matchAll(/<url><loc>([^<]+)<\/loc><\/url>/g)].map((m) => new URL(m[1]!).pathname)));
    expect(listed.every((urls) => urls.length > 0 && urls.length <= SITEMAP_URLS)).toBe(true);
    const pages = (await listFiles(outDir)).filter((f) => f.endsWith(".html") && f !== "404.html").map(pagePath);
    expect(listed.flat().sort()).toEqual(pages.sort());
    expect(listed.flat()).toContain("/topics/sanctuary-cities/page/3/");
    // Every page reachable, every link whole, every page valid with a title of its own.
    expect(await checkLinks(outDir)).toEqual([]);
    expect(await checkHtml(outDir)).toEqual([]);

    // The pager in a browser, on a phone and a desktop: no axe violation, nothing wider than the window.
    if (shouldSkipBrowserTests()) return;
    const server = await serveStatic(outDir);
    const browser = await launchChromium();
    try {
      const problems: string[] = [];
      for (const width of [375, 1280]) {
        const context = await browser.newContext({ viewport: { width, height: 800 } });
        const page = await context.newPage();
        for (const url of ["/topics/sanctuary-cities/page/2/", `${person!}page/3/`]) {
          await page.goto(`${server.url}${url}`);
          problems.push(...(await checkA11y(page)).map((p) => `${width} px: ${p}`), ...(await checkLayout(page)).map((p) => `${width} px: ${p}`));
        }
        await context.close();
      }
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
