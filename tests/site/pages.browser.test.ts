import type { BrowserContextOptions, Page } from "playwright-core";
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
describe.skipIf(shouldSkipBrowserTests())("every kind of page in Chromium", () => {
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

  describe.each(READER_WIDTHS)("%i px wide", (width) => {
    it.concurrent.each(PAGE_TYPES)("%s: shows its main content, fits the window, and axe finds no violation", async (type) => {
      await site.withPage({ viewport: { width, height: HEIGHT } }, async (page, origin) => {
        const s = await sample(type);
        await openSample(page, origin, s);
        expect([...(await checkLayout(page, s.heading)), ...(await checkA11y(page))]).toEqual([]);
      });
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
      // A context of its own, not browser.newPage(): AxeBuilder refuses pages made that way.
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
