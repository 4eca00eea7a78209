import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { expect } from "vitest";
import { launchChromium } from "./browser.ts";
import { builtSeedsSite } from "./build.ts";
import { serveStatic, type StaticServer } from "./server.ts";
import { readStoriesJson, type StoriesExport } from "./site.ts";

/** The seeds site served on 127.0.0.1 and one Chromium, opened on first use by a test file. */
export interface BrowserSite {
  /** Builds, serves and launches once; call it inside a test so a failure fails the test, not a hook. */
  open(): Promise<{ origin: string; browser: Browser; data: StoriesExport }>;
  /** Runs `fn` on a fresh page and fails on any script error or failed request to the site. */
  withPage(options: BrowserContextOptions, fn: (page: Page, origin: string, data: StoriesExport) => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

export function browserSite(): BrowserSite {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  // One promise, so tests that run at the same time (it.concurrent) share one server and browser.
  let opened: Promise<{ origin: string; browser: Browser; data: StoriesExport }> | undefined;

  function open() {
    opened ??= (async () => {
      const { outDir } = await builtSeedsSite();
      server = await serveStatic(outDir);
      browser = await launchChromium();
      return { origin: server.url, browser, data: await readStoriesJson(outDir) };
    })();
    return opened;
  }

  async function withPage(options: BrowserContextOptions, fn: (page: Page, origin: string, data: StoriesExport) => Promise<void>) {
    const { origin, browser, data } = await open();
    const context = await browser.newContext(options);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("response", (response) => {
      if (response.url().startsWith(origin) && response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    try {
      await fn(page, origin, data);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }

  async function close() {
    await browser?.close();
    await server?.close();
  }

  return { open, withPage, close };
}
