// `npm run screenshots`: a full-page PNG of each kind of page at a phone's and a laptop's width,
// written to screenshots/<type>-<width>.png (ignored by git) for a person to look over. Uses the
// site in _site/, building seeds/ into it first when there is none or when given --build.
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { launchChromium } from "./helpers/browser.ts";
import { REPO_ROOT, SEEDS_DIR, runCli } from "./helpers/build.ts";
import { READER_WIDTHS, openSample, samplePages } from "./helpers/samplePages.ts";
import { serveStatic } from "./helpers/server.ts";

const SITE_DIR = path.join(REPO_ROOT, "_site");
const OUT_DIR = path.join(REPO_ROOT, "screenshots");
const HEIGHT = 800;

async function main(): Promise<void> {
  if (process.argv.includes("--build") || !existsSync(path.join(SITE_DIR, "index.html"))) {
    console.log("Building seeds/ into _site/ …");
    const build = await runCli(["--seeds", SEEDS_DIR, "--out", SITE_DIR]);
    if (build.exitCode !== 0) throw new Error(`the build exited ${build.exitCode}:\n${build.stdout}${build.stderr}`);
  } else {
    console.log("Using the site in _site/ (pass --build to rebuild it first).");
  }

  const samples = await samplePages(SITE_DIR);
  await mkdir(OUT_DIR, { recursive: true });
  const server = await serveStatic(SITE_DIR);
  const browser = await launchChromium();
  try {
    for (const width of READER_WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: HEIGHT } });
      const page = await context.newPage();
      for (const sample of samples) {
        await openSample(page, server.url, sample);
        const file = path.join(OUT_DIR, `${sample.type}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(`${path.relative(REPO_ROOT, file)}  ${sample.path}`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`${samples.length * READER_WIDTHS.length} screenshots in ${path.relative(REPO_ROOT, OUT_DIR)}/`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
