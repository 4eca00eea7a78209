import { readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { shouldSkipBrowserTests } from "../helpers/browser.ts";
import { browserSite } from "../helpers/browserSite.ts";
import { SEEDS_DIR, assertBuilt, buildSite, copySeeds } from "../helpers/build.ts";
import { readStoriesJson } from "../helpers/site.ts";
import { serveStatic } from "../helpers/server.ts";
import { makeTempDir, removeTempDirs } from "../helpers/tmp.ts";

// Chromium missing: skipped locally (with a note), a failure when CI is set.
describe.skipIf(shouldSkipBrowserTests())("the site's features in Chromium", () => {
  const site = browserSite();
  const withPage = site.withPage;

  afterAll(async () => {
    await site.close();
    await removeTempDirs();
  });

  /** The search's results once it has answered: each result's path and its date · outlet line. */
  async function results(page: Page): Promise<{ path: string; meta: string }[]> {
    await expect.poll(() => page.locator("#search-status").textContent(), { timeout: 10_000 }).toMatch(/match/);
    return page.locator("#search-results li").evaluateAll((items) =>
      items.map((li) => ({ path: new URL(li.querySelector("a")!.href).pathname, meta: li.querySelector(".story-meta")!.textContent ?? "" })),
    );
  }

  it("finds the four stories of 16 August 2017 when searching for Sessions, with their date and outlet", async () => {
    await withPage({}, async (page, origin, data) => {
      const expected = data.stories.filter((s) => s.date === "2017-08-16");
      expect(expected).toHaveLength(4);
      await page.goto(`${origin}/search/`);
      await page.locator("#search-q").fill("Sessions");
      await page.locator("#search-form button[type=submit]").click();
      const found = await results(page);
      expect(found.map((r) => r.path).sort()).toEqual(expected.map((s) => s.url).sort());
      for (const r of found) {
        const story = expected.find((s) => s.url === r.path)!;
        expect(r.meta).toBe(`16 August 2017 · ${story.outlet ?? "Unknown outlet"}`);
      }
      // The search is in the address, so it can be bookmarked and shared.
      expect(new URL(page.url()).searchParams.get("q")).toBe("Sessions");
    });
  });

  it("searches from the header's box on another page, then narrows the results with a filter", async () => {
    await withPage({}, async (page, origin, data) => {
      const sessions = data.stories.filter((s) => s.date === "2017-08-16");
      const outlet = sessions.find((s) => s.outlet !== null)?.outlet as string | undefined;
      if (!outlet) throw new Error("no story of 16 August 2017 names its outlet: nothing to filter by");
      const fromOutlet = sessions.filter((s) => s.outlet === outlet);
      expect(fromOutlet.length, "the filter must leave out some of the results").toBeLessThan(sessions.length);

      await page.goto(`${origin}/`);
      await page.getByRole("searchbox", { name: "Search the archive" }).fill("Sessions");
      await Promise.all([page.waitForURL(`${origin}/search/?q=Sessions`), page.keyboard.press("Enter")]);
      expect((await results(page)).map((r) => r.path).sort()).toEqual(sessions.map((s) => s.url).sort());

      await page.getByLabel("Outlet").selectOption(outlet);
      expect((await results(page)).map((r) => r.path).sort()).toEqual(fromOutlet.map((s) => s.url).sort());
      expect(new URL(page.url()).searchParams.get("outlet")).toBe(outlet);
    });
  });

  it("narrows by outlet and orders by date from the filters", async () => {
    await withPage({}, async (page, origin, data) => {
      await page.goto(`${origin}/search/?q=Sessions&outlet=Associated%20Press`);
      const ap = data.stories.filter((s) => s.outlet === "Associated Press" && /Sessions/.test(String(s.title)));
      expect(ap, "seed 003 is an Associated Press story about Sessions").not.toHaveLength(0);
      expect((await results(page)).map((r) => r.path)).toEqual(ap.map((s) => s.url));

      await page.goto(`${origin}/search/?year=2017&sort=asc`);
      const oldestFirst = (await results(page)).map((r) => r.path);
      const all2017 = data.stories.filter((s) => String(s.date).startsWith("2017"));
      expect(oldestFirst).toHaveLength(all2017.length);
      expect(oldestFirst[0]).toBe(all2017.at(-1)!.url); // 27 January 2017, the oldest
      expect(await page.locator("#filter-year").inputValue()).toBe("2017");
    });
  });

  it("says search needs JavaScript, and points elsewhere, when scripts are off", async () => {
    await withPage({ javaScriptEnabled: false }, async (page, origin) => {
      await page.goto(`${origin}/search/`);
      expect(await page.locator("#search-form").isVisible()).toBe(false);
      const note = page.getByText("Search needs JavaScript");
      expect(await note.isVisible()).toBe(true);
      expect(await page.locator('main a[href="/timeline/"]').first().isVisible()).toBe(true);
    });
    // ...and says nothing of the kind once the script has run.
    await withPage({}, async (page, origin) => {
      await page.goto(`${origin}/search/`);
      await expect.poll(() => page.locator("#search-form").isVisible()).toBe(true);
      expect(await page.getByText("Search needs JavaScript").isVisible()).toBe(false);
    });
  });

  it("copies the citation with its button, which only appears when it can work", async () => {
    await withPage({ permissions: ["clipboard-read", "clipboard-write"] }, async (page, origin, data) => {
      const story = data.stories[0]!;
      await page.goto(`${origin}${story.url}`);
      const button = page.getByRole("button", { name: "Copy citation" });
      await button.click();
      await expect.poll(() => page.locator(".copy-status").textContent()).toBe("Copied.");
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe((await page.locator("#citation-text").textContent())!.trim());
      expect(copied).toContain(story.title);
    });
    await withPage({ javaScriptEnabled: false }, async (page, origin, data) => {
      await page.goto(`${origin}${data.stories[0]!.url}`);
      expect(await page.getByRole("button", { name: "Copy citation" }).isVisible()).toBe(false);
      expect(await page.locator("#citation-text").isVisible()).toBe(true);
    });
  });

  it("shows the skip link when focused, follows the colour scheme, and prints without navigation", async () => {
    await withPage({ colorScheme: "dark" }, async (page, origin, data) => {
      await page.goto(`${origin}${data.stories[0]!.url}`);
      await page.keyboard.press("Tab");
      const skip = page.locator(".skip-link");
      expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
      const box = await skip.boundingBox();
      expect(box && box.y >= 0).toBe(true);
      expect(await skip.evaluate((el) => getComputedStyle(el).outlineStyle !== "none" || getComputedStyle(el).borderStyle !== "none")).toBe(true);

      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const dark = await background();
      await page.emulateMedia({ colorScheme: "light" });
      expect(await background()).not.toBe(dark);

      await page.emulateMedia({ media: "print" });
      for (const selector of ['nav[aria-label="Main"]', 'nav[aria-label="Browse"]', ".site-search", 'nav[aria-label="Breadcrumb"]', ".story-pager"]) {
        expect(await page.locator(selector).isVisible(), selector).toBe(false);
      }
      expect(await page.locator("#citation-text").isVisible()).toBe(true);
    });
  });

  it("searches an archive indexed in several shards as one: results, counts and date order across them", async () => {
    // Two stories a shard: the five seeds in three, the four stories of 16 August 2017 in two.
    const sharded = assertBuilt(await buildSite(SEEDS_DIR, { env: { ARCHIVE_SEARCH_SHARD: "2" } }));
    expect((await readdir(sharded.outDir)).filter((f) => f.startsWith("pagefind")).sort()).toEqual(["pagefind", "pagefind-2", "pagefind-3"]);
    const server = await serveStatic(sharded.outDir);
    try {
      const { browser, data } = await site.open();
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(`${server.url}/search/?q=Sessions`);
      const sessions = data.stories.filter((s) => s.date === "2017-08-16");
      expect((await results(page)).map((r) => r.path).sort()).toEqual(sessions.map((s) => s.url).sort());
      // A filter's count is over every shard.
      expect(await page.locator("#filter-year option[value='2017']").textContent()).toBe(`2017 (${data.stories.filter((s) => String(s.date).startsWith("2017")).length})`);
      // By date, the shards are read in turn: the January story is last newest first, first oldest first.
      const january = data.stories.find((s) => String(s.date).startsWith("2017-01"))!;
      await page.goto(`${server.url}/search/?year=2017&sort=desc`);
      const newestFirst = (await results(page)).map((r) => r.path);
      expect(newestFirst).toHaveLength(5);
      expect(newestFirst.at(-1)).toBe(january.url);
      await page.goto(`${server.url}/search/?year=2017&sort=asc`);
      const oldestFirst = (await results(page)).map((r) => r.path);
      expect(oldestFirst[0]).toBe(january.url);
      expect([...oldestFirst].sort()).toEqual([...newestFirst].sort());
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      await server.close();
    }
  });

  it("lists undated stories once, and last, in a search by date when a shard holds only undated stories", async () => {
    const seeds = await copySeeds();
    // Undated, and about nothing the seeds cover, so that no event lends them a date.
    await writeFile(path.join(seeds, "garden-a.txt"), "Garden club opens Sessions program\n\nThe garden club Sessions program meets weekly to plant tulips and share compost tips.\n");
    await writeFile(path.join(seeds, "garden-b.txt"), "Library Sessions for beekeepers\n\nThe library hosts Sessions for beekeepers on hive care, honey harvests and swarm calls.\n");
    // Seven stories, two a shard: the five dated ones in the first three, the last shard undated alone.
    const built = assertBuilt(await buildSite(seeds, { env: { ARCHIVE_SEARCH_SHARD: "2" } }));
    const data = await readStoriesJson(built.outDir);
    expect(data.stories.filter((s) => s.date === null)).toHaveLength(2);
    const server = await serveStatic(built.outDir);
    try {
      const { browser } = await site.open();
      const page = await browser.newPage();
      for (const sort of ["asc", "desc"]) {
        await page.goto(`${server.url}/search/?q=Sessions&sort=${sort}`);
        const found = await results(page);
        expect(found).toHaveLength(6);
        expect(new Set(found.map((r) => r.path)).size).toBe(6);
        expect(found.map((r) => r.meta.startsWith("Undated"))).toEqual([false, false, false, false, true, true]);
      }
      await page.close();
    } finally {
      await server.close();
    }
  });

  it("searches a site that lives below the domain root (--base-url with a path)", async () => {
    const root = await makeTempDir("base-path");
    assertBuilt(await buildSite(SEEDS_DIR, { outDir: `${root}/archive`, baseUrl: "https://example.org/archive" }));
    const server = await serveStatic(root);
    try {
      const { browser } = await site.open();
      const page = await browser.newPage();
      await page.goto(`${server.url}/archive/search/?q=Sessions`);
      const found = await results(page);
      expect(found).toHaveLength(4);
      for (const r of found) expect(r.path).toMatch(/^\/archive\/stories\/2017\/08\/16\//);
      await page.close();
    } finally {
      await server.close();
    }
  });
});
