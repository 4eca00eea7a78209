import { mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../helpers/browser.ts";
import { buildSite, type BuildResult } from "../helpers/build.ts";
import { serveStatic, type StaticServer } from "../helpers/server.ts";
import { listFiles, pagePath, readStoriesJson } from "../helpers/site.ts";
import { makeTempDir, removeTempDirs } from "../helpers/tmp.ts";

/** What an injected script would set if it ever ran on a page. */
const PWNED = "__pwned";
const SCRIPT = `<script>window.${PWNED}=1</script>`;

/**
 * A seeds folder as people really have them, and as an attacker would make it: empty and binary
 * files, images, broken encodings and line ends, broken front matter, unsafe slugs, twins,
 * odd names, a link out of the folder, a very long line and markup meant to run.
 */
async function hostileSeeds(): Promise<{ dir: string; files: string[] }> {
  const dir = await makeTempDir("hostile");
  const outside = await makeTempDir("outside");
  await writeFile(path.join(outside, "secret.txt"), "Secret text that must never be published.\n");
  const text = (s: string) => new TextEncoder().encode(s);
  const body = "The county commission voted on Tuesday to approve the new budget after a long debate.";
  const files: Record<string, Uint8Array> = {
    "empty.txt": text(""),
    "blank.txt": text("  \n\t\n\u00a0\n"),
    "binary.txt": new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00, 0x00, 0x08]),
    "photo.jpg": new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]),
    ".DS_Store": new Uint8Array([0x00, 0x00, 0x00, 0x01, 0x42, 0x75, 0x64, 0x31]),
    // Windows-1252: é, curly quotes and a dash that are not UTF-8.
    "latin1.txt": new Uint8Array([...text("Caf"), 0xe9, ...text(" owner wins appeal\n\n"), 0x93, ...text("We won,"), 0x94, ...text(" she said "), 0x97, ...text(` ${body}\n`)]),
    "bom-crlf.txt": text(`\uFEFFdate 2019-06-04\r\n\r\nBridge repairs start next week\r\n\r\n${body}\r\n`),
    "lone-cr.txt": text(`Harbor dredging contract signed\r\r${body}\r`),
    "one-line.txt": text(`${"word ".repeat(10_000)}${SCRIPT} ${body}`),
    "bad-yaml.md": text(`---\ntitle: [unclosed\ndate: 2019-01-01\n---\n${body}\n`),
    "unknown-key.md": text(`---\ntitle: Unknown key story\nflavour: vanilla\n---\n${body}\n`),
    "bad-date.md": text(`---\ntitle: Impossible date story\ndate: 2019-02-30\n---\n${body}\n`),
    "slug-dots.md": text(`---\ntitle: Dotted slug story\nslug: ../../../etc/passwd\n---\n${body}\n`),
    "slug-drive.md": text(`---\ntitle: Drive slug story\nslug: "C:\\\\Windows\\\\evil"\n---\n${body}\n`),
    "twin-a.txt": text(`Twin story headline here\n\n${body}\n`),
    "twin-b.txt": text(`Twin story headline here\n\n${body}\n`),
    "same-title-1.txt": text(`Same headline on two stories\n\nThe first story says the council met on Monday.\n`),
    "same-title-2.txt": text(`Same headline on two stories\n\nThe second story says the school board met on Friday.\n`),
    "name with spaces é.txt": text(`Spaces and accents in the file name\n\n${body}\n`),
    "nested/deeper/story.txt": text(`A story two folders down\n\n${body}\n`),
    "script-headline.txt": text(`</script>${SCRIPT}<img src=x onerror="window.${PWNED}=1">\n\n${body} "${SCRIPT}" she said.\n`),
    "script-front-matter.md": text(
      `---\ntitle: '"><svg onload="window.${PWNED}=1"> ${SCRIPT}'\noutlet: '${SCRIPT}'\nbyline: '</script>${SCRIPT}'\nsummary: '${SCRIPT}'\ntopics: ['${SCRIPT}']\ndate: 2020-01-02\n---\n` +
        `${body}\n\n<script>window.${PWNED}=1</script>\n\n<img src="x" onerror="window.${PWNED}=1">\n\n[a link](javascript:window.${PWNED}=1)\n\n<a href="javascript:window.${PWNED}=1">another</a>\n`,
    ),
  };
  for (const [name, bytes] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), bytes);
  }
  await symlink(path.join(outside, "secret.txt"), path.join(dir, "link-out.txt"));
  return { dir, files: [...Object.keys(files), "link-out.txt"] };
}

describe("a folder of hostile files", () => {
  let seeds: { dir: string; files: string[] };
  let first: BuildResult;
  let server: StaticServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    seeds = await hostileSeeds();
    first = await buildSite(seeds.dir, { args: ["--build-day", "2026-01-01"] });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await removeTempDirs();
  });

  it("builds, exits 0 and prints a summary naming the files with errors", () => {
    expect(first.exitCode, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Built \d+ stories from \d+ files .*; [1-9]\d* errors, \d+ warnings\./);
    for (const name of ["empty.txt", "binary.txt", "bad-yaml.md", "bad-date.md", "link-out.txt"]) expect(first.stdout).toContain(name);
  });

  it("accounts for every file: a story, or a message naming it with a rule", async () => {
    const data = await readStoriesJson(first.outDir);
    for (const file of seeds.files) {
      const story = data.stories.some((s) => s.sourceFile === file);
      // Errors name what went wrong; images and hidden files are ignored with a note saying so.
      const named = data.messages.some((m) => m.file === file && (m.severity === "error" || ["read/not-an-article", "read/hidden"].includes(m.ruleId)));
      expect(story || named, file).toBe(true);
    }
    // The link out of the folder was not followed: its target's text is nowhere in the site.
    for (const file of await listFiles(first.outDir)) {
      if (!file.startsWith("pagefind/")) expect(await readFile(path.join(first.outDir, file), "utf8"), file).not.toContain("Secret text");
    }
  });

  it("keeps both twins, marked as duplicates, and gives same-titled stories distinct addresses", async () => {
    const data = await readStoriesJson(first.outDir);
    const twins = data.stories.filter((s) => s.sourceFile.startsWith("twin-"));
    expect(twins).toHaveLength(2);
    const urls = data.stories.map((s) => s.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(data.messages.filter((m) => m.ruleId === "story/duplicate").map((m) => m.file).sort()).toEqual(["twin-a.txt", "twin-b.txt"]);
  });

  it("keeps every unsafe slug inside the site", async () => {
    const data = await readStoriesJson(first.outDir);
    for (const s of data.stories) expect(s.url, s.sourceFile).toMatch(/^\/stories\/[a-z0-9/-]+\/$/);
    expect(data.messages.filter((m) => m.ruleId === "front-matter/unsafe-slug").map((m) => m.file).sort()).toEqual(["slug-dots.md", "slug-drive.md"]);
  });

  it("runs no injected script on any page in Chromium", async () => {
    server = await serveStatic(first.outDir);
    browser = await launchChromium();
    const context = await browser.newContext();
    const page = await context.newPage();
    const ran: string[] = [];
    page.on("dialog", (dialog) => {
      ran.push(`dialog on ${page.url()}`);
      void dialog.dismiss();
    });
    page.on("pageerror", (error) => ran.push(`${page.url()}: ${error.message}`));
    const pages = (await listFiles(first.outDir)).filter((f) => f.endsWith(".html")).map(pagePath);
    expect(pages.length).toBeGreaterThan(10);
    for (const p of pages) {
      await page.goto(server.url + p, { waitUntil: "load" });
      if (await page.evaluate((key) => key in window, PWNED)) ran.push(`script ran on ${p}`);
      // A script that waits for a click: no link, image or frame may carry one.
      const armed = await page.locator('[href^="javascript:" i], [src^="javascript:" i], [src^="data:" i], [onerror], [onload], [onclick], iframe, object, embed').count();
      if (armed > 0) ran.push(`${armed} element(s) carry script on ${p}`);
    }
    await context.close();
    expect(ran).toEqual([]);
  }, 120_000);

  it("with --strict, exits 1 and names the files", async () => {
    const strict = await buildSite(seeds.dir, { strict: true, args: ["--build-day", "2026-01-01"] });
    expect(strict.exitCode).toBe(1);
    expect(strict.stderr).toMatch(/--strict: [1-9]\d* errors and \d+ warnings in /);
    for (const name of ["empty.txt", "binary.txt", "bad-yaml.md", "unknown-key.md", "link-out.txt"]) expect(strict.stderr).toContain(name);
  }, 120_000);

  it("builds the same bytes twice from the same input, search index included", async () => {
    const second = await buildSite(seeds.dir, { args: ["--build-day", "2026-01-01"] });
    expect(second.exitCode).toBe(0);
    const [a, b] = [await listFiles(first.outDir), await listFiles(second.outDir)];
    expect(b).toEqual(a);
    for (const file of a) {
      const [x, y] = [await readFile(path.join(first.outDir, file)), await readFile(path.join(second.outDir, file))];
      expect(x.equals(y), file).toBe(true);
    }
  }, 120_000);
});
