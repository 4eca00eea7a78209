import type { BrowserContextOptions, Locator, Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { shouldSkipBrowserTests } from "../helpers/browser.ts";
import { browserSite } from "../helpers/browserSite.ts";
import { builtSeedsSite } from "../helpers/build.ts";
import { checkA11y, checkLayout } from "../helpers/checkPage.ts";
import { fixtureSite, replace, type FixtureEdit } from "../helpers/fixtureSite.ts";
import { PAGE_TYPES, READER_WIDTHS, openSample, samplePages, type PageType, type SamplePage } from "../helpers/samplePages.ts";
import { serveStatic } from "../helpers/server.ts";
import { removeTempDirs } from "../helpers/tmp.ts";

const HEIGHT = 800;
/** axe's rules about colour: text contrast, and links told apart from the text around them. */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

// Chromium missing: skipped locally (with a note), a failure when CI is set.
describe.skipIf(shouldSkipBrowserTests())("the site as readers use it, in Chromium", () => {
  // Set up inside the tests, not in beforeAll, so a failed build or launch fails them instead of
  // skipping them; withPage also fails a test on any script error or failed request to the site.
  const site = browserSite();
  let samples: Promise<SamplePage[]> | undefined;

  afterAll(async () => {
    await site.close();
    await removeTempDirs();
  });

  /** The seeds site's page of this type (found from the built site's own links, once). */
  async function sample(type: PageType): Promise<SamplePage> {
    samples ??= builtSeedsSite().then(({ outDir }) => samplePages(outDir));
    return (await samples).find((s) => s.type === type)!;
  }

  // One context a page type, loaded at each width in turn (a context costs more than a load), and
  // the types side by side: axe's work is in Chromium, so a second core shares it.
  it.concurrent.each(PAGE_TYPES)(`%s at ${READER_WIDTHS.join(" and ")} px: shows its main content, fits the window, and axe finds no violation`, async (type) => {
    await site.withPage({}, async (page, origin) => {
      const s = await sample(type);
      const problems: string[] = [];
      for (const width of READER_WIDTHS) {
        await page.setViewportSize({ width, height: HEIGHT });
        await openSample(page, origin, s);
        const found = [...(await checkLayout(page, s.heading)), ...(await checkA11y(page))];
        problems.push(...found.map((problem) => `${width} px: ${problem}`));
      }
      expect(problems).toEqual([]);
    });
  });

  /** checkLayout on the sample page of each type, one after the other in one browser page. */
  async function layoutProblems(page: Page, origin: string, types: readonly PageType[]): Promise<string[]> {
    const problems: string[] = [];
    for (const type of types) {
      const s = await sample(type);
      await openSample(page, origin, s);
      problems.push(...(await checkLayout(page, s.heading)));
    }
    return problems;
  }

  it("fits the narrowest phones in use (320 px) on every kind of page", async () => {
    await site.withPage({ viewport: { width: 320, height: 640 } }, async (page, origin) => {
      expect(await layoutProblems(page, origin, PAGE_TYPES)).toEqual([]);
    });
  });

  // The light scheme had every rule above; the dark one changes only colours, so only the rules
  // about colour run again.
  it("keeps text and links readable in the dark colour scheme on every kind of page", async () => {
    await site.withPage({ colorScheme: "dark", viewport: { width: READER_WIDTHS[0], height: HEIGHT } }, async (page, origin) => {
      const problems: string[] = [];
      for (const type of PAGE_TYPES) {
        await openSample(page, origin, await sample(type));
        problems.push(...(await checkA11y(page, COLOUR_RULES)));
      }
      expect(problems).toEqual([]);
    });
  });

  // axe itself needs scripts, so without them only the content and the layout are checked. The
  // search page is the one that needs JavaScript: search.browser.test.ts checks what it says then.
  it("shows every page but search, and fits a phone, with JavaScript off", async () => {
    await site.withPage({ javaScriptEnabled: false, viewport: { width: READER_WIDTHS[0], height: HEIGHT } }, async (page, origin) => {
      expect(await layoutProblems(page, origin, PAGE_TYPES.filter((t) => t !== "search"))).toEqual([]);
    });
  });

  /** Clicks a link and returns the path it led to, once the browser is there. */
  async function follow(page: Page, origin: string, link: Locator): Promise<string> {
    const href = await link.getAttribute("href", { timeout: 5_000 });
    if (href === null) throw new Error(`${new URL(page.url()).pathname} has no link matching ${link}`);
    const path = new URL(href, page.url()).pathname;
    await Promise.all([page.waitForURL(`${origin}${path}`), link.click()]);
    return path;
  }

  /** The page's one <h1>, as written: textContent, so a CSS text-transform cannot change it. */
  async function heading(page: Page): Promise<string> {
    await expect.poll(() => page.locator("h1").count()).toBe(1);
    return ((await page.locator("h1").textContent()) ?? "").replace(/\s+/g, " ").trim();
  }

  // The same walk with scripts on and off: every page but search is plain HTML and links.
  it.each([{ javaScript: true }, { javaScript: false }])(
    "walks home → a story → its topic → back to the story, and the timeline's chart → a month (JavaScript on: $javaScript)",
    async ({ javaScript }) => {
      await site.withPage({ javaScriptEnabled: javaScript }, async (page, origin, { stories }) => {
        expect((await page.goto(`${origin}/`))?.status()).toBe(200);

        const storyPath = await follow(page, origin, page.locator('main a[href^="/stories/"]').first());
        const story = stories.find((s) => s.url === storyPath);
        if (!story) throw new Error(`the home page links to ${storyPath}, which is no story in api/stories.json`);
        expect(await heading(page)).toBe(story.title);

        const topicPath = await follow(page, origin, page.locator('main a[href^="/topics/"]:not([href="/topics/"])').first());
        expect(story.topics, `${storyPath} links to ${topicPath}, not one of its topics`).toContain(topicPath.split("/")[2]);
        expect(await heading(page)).not.toBe("");

        await follow(page, origin, page.locator(`main a[href="${storyPath}"]`).first());
        expect(await heading(page)).toBe(story.title);

        await follow(page, origin, page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Timeline" }));
        const bar = page.locator("svg a.chart-bar").first();
        const barLabel = (await bar.getAttribute("aria-label")) ?? ""; // "August 2017: 4 stories"
        const monthPath = await follow(page, origin, bar);
        expect(monthPath).toMatch(/^\/timeline\/\d{4}\/\d{2}\/$/);
        expect(await heading(page)).toBe(barLabel.split(":")[0]);
      });
    },
  );

  describe("the checks themselves, on a hand-written site broken one way at a time", () => {
    /** Serves a copy of the fixture site with `edits`, opens `path` at phone width and runs `check`. */
    async function problemsOn(
      edits: Record<string, FixtureEdit>,
      path: string,
      check: (page: Page) => Promise<string[]>,
      options: BrowserContextOptions = {},
    ): Promise<string[]> {
      const server = await serveStatic(await fixtureSite(edits));
      const { browser } = await site.open();
      const context = await browser.newContext({ viewport: { width: READER_WIDTHS[0], height: HEIGHT }, ...options });
      try {
        const page = await context.newPage();
        await page.goto(`${server.url}${path}`);
        return await check(page);
      } finally {
        await context.close();
        await server.close();
      }
    }
    const both = async (page: Page) => [...(await checkLayout(page)), ...(await checkA11y(page))];

    it("find nothing wrong with the fixture's pages", async () => {
      expect(await problemsOn({}, "/", both)).toEqual([]);
      expect(await problemsOn({}, "/about/", both)).toEqual([]);
    });

    it("axe fails on an image without a text alternative", async () => {
      const edits = { "index.html": replace(` alt="The archive's logo"`, "") };
      expect(await problemsOn(edits, "/", checkA11y)).toEqual([expect.stringMatching(/^\/: image-alt \(critical\): .*, at img$/)]);
    });

    it("axe fails on text too pale to read", async () => {
      const edits = { "style.css": (css: string) => `${css}.lede { color: #aaaaaa; }\n` };
      expect(await problemsOn(edits, "/about/", checkA11y)).toEqual([expect.stringMatching(/^\/about\/: color-contrast \(serious\): .*, at \.lede$/)]);
    });

    it("axe fails on text too pale to read in the dark colour scheme only, when asked for the colour rules", async () => {
      const edits = { "style.css": (css: string) => `${css}@media (prefers-color-scheme: dark) { body { background: #333333; } }\n` };
      const colours = (page: Page) => checkA11y(page, COLOUR_RULES);
      expect(await problemsOn(edits, "/about/", colours, { colorScheme: "light" })).toEqual([]);
      expect(await problemsOn(edits, "/about/", colours, { colorScheme: "dark" })).toEqual(
        expect.arrayContaining([expect.stringMatching(/^\/about\/: color-contrast \(serious\): .*, at h1$/)]),
      );
    });

    it("axe fails on a form field without a label", async () => {
      const edits = { "index.html": replace('<label for="q">Words to find</label>', "") };
      expect(await problemsOn(edits, "/", checkA11y)).toEqual([expect.stringMatching(/^\/: label \(critical\): .*, at #q$/)]);
    });

    it("the layout check fails on a page wider than a phone", async () => {
      const edits = { "about/index.html": replace('<h2 id="team">', '<div class="banner" style="width: 900px">Wide</div>\n<h2 id="team">') };
      expect(await problemsOn(edits, "/about/", (page) => checkLayout(page))).toEqual([
        expect.stringMatching(/^\/about\/: scrolls sideways \(\d+ px of content in a 375 px window\); sticking out: <div\.banner>$/),
      ]);
    });

    it("the layout check fails on a page without <main>, or with another heading than expected", async () => {
      const edits = { "about/index.html": (html: string) => html.replace('<main id="main">', "<div>").replace("</main>", "</div>") };
      expect(await problemsOn(edits, "/about/", (page) => checkLayout(page))).toEqual(["/about/: wants one <main>, has 0"]);
      expect(await problemsOn({}, "/about/", (page) => checkLayout(page, "Contact"))).toEqual(['/about/: the <h1> reads "About", expected "Contact"']);
    });
  });
});
