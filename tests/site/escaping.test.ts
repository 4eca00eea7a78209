import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { assertBuilt, buildSite } from "../helpers/build.ts";
import { parseXml, textOf } from "../helpers/feeds.ts";
import { jsonLdBlocks, listFiles, metaContent, readStoriesJson } from "../helpers/site.ts";
import { makeTempDir, removeTempDirs } from "../helpers/tmp.ts";

afterAll(removeTempDirs);

const ATTACK = `</script><script>alert(1)</script><img src=x onerror=alert(2)>`;

/** Hostile text in undated and dated stories (only dated ones reach the feeds), built once. */
async function hostileSite(): Promise<string> {
  const seeds = await makeTempDir("hostile-seeds");
  await writeFile(path.join(seeds, "plain.txt"), `Council Meets ${ATTACK} Tonight\n\nThe council met on Monday and said ${ATTACK} in public.\n`);
  await writeFile(path.join(seeds, "editor.md"), `---\ntitle: "Editor ${ATTACK.replaceAll('"', "'")}"\noutlet: "<b>Paper</b>"\n---\n\nBody with [a link](javascript:alert(3)) and ${ATTACK}.\n`);
  await writeFile(path.join(seeds, "dated.md"), `---\ntitle: "Dated ${ATTACK.replaceAll('"', "'")} \u2028 & more"\ndate: 2017-08-16\noutlet: "Paper </script> & Co"\nbyline: "Jane Roe"\nsummary: "Summary ${ATTACK.replaceAll('"', "'")}"\n---\n\nBody ${ATTACK}.\n`);
  await writeFile(path.join(seeds, "dated.txt"), `date 2017-08-15\nHeadline With ${ATTACK} Inside It\n\nThe council met on Tuesday and said ${ATTACK} in public, and the vote was delayed again.\n`);
  return assertBuilt(await buildSite(seeds)).outDir;
}

let site: Promise<string> | undefined;
const builtHostileSite = () => (site ??= hostileSite());

describe("article text is never markup", () => {
  it("escapes hostile text in headlines, bodies, front matter and the export", async () => {
    const outDir = await builtHostileSite();
    const pages = (await listFiles(outDir)).filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) {
      const html = await readFile(path.join(outDir, page), "utf8");
      expect(html, page).not.toMatch(/<script>alert|<img[^>]*onerror|href="javascript:|<b>Paper<\/b>/i);
    }
    const { stories } = await readStoriesJson(outDir);
    expect(stories.map((s) => s.title).join(" ")).toContain("<script>alert(1)</script>");
  });

  it("keeps it inside the JSON-LD, which parses back to the story's own text", async () => {
    const outDir = await builtHostileSite();
    const { stories } = await readStoriesJson(outDir);
    for (const s of stories) {
      const html = await readFile(path.join(outDir, s.url, "index.html"), "utf8");
      const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";
      // Nothing in the block can end the element, open a comment or break a line in old parsers.
      expect(ld, s.url).not.toMatch(/[<>\u2028\u2029]/);
      expect(jsonLdBlocks(html), s.url).toEqual([expect.objectContaining({ headline: s.title })]);
    }
    const dated = stories.find((s) => s.sourceFile === "dated.md")!;
    const html = await readFile(path.join(outDir, dated.url, "index.html"), "utf8");
    expect(jsonLdBlocks(html)[0]).toMatchObject({ publisher: { name: "Paper </script> & Co" }, description: expect.stringContaining("<script>alert(1)</script>") });
  });

  it("keeps it as text in the link-preview tags", async () => {
    const outDir = await builtHostileSite();
    const { stories } = await readStoriesJson(outDir);
    for (const s of stories) {
      const html = await readFile(path.join(outDir, s.url, "index.html"), "utf8");
      expect(metaContent(html, "og:title"), s.url).toBe(s.title);
      expect(metaContent(html, "twitter:title"), s.url).toBe(s.title);
      expect(metaContent(html, "og:description"), s.url).toBe(s.summary || "A dated, searchable archive of news coverage, built from saved articles.");
    }
  });

  it("keeps it as text in both feeds, which still parse", async () => {
    const outDir = await builtHostileSite();
    const { stories } = await readStoriesJson(outDir);
    const dated = stories.filter((s) => s.date !== null).map((s) => s.title);
    expect(dated.length, "the hostile seeds must have dated stories to reach the feeds").toBeGreaterThanOrEqual(2);

    const atom = await readFile(path.join(outDir, "feed.xml"), "utf8");
    expect(atom).not.toMatch(/<script|<img/i);
    const { feed } = parseXml(atom);
    expect(feed.entry.map((e: Record<string, unknown>) => textOf(e.title))).toEqual(dated);
    // The body is HTML sent as text: once parsed, it is escaped HTML again, never live markup.
    expect(feed.entry.map((e: Record<string, unknown>) => textOf(e.content)).join("\n")).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");

    const json = JSON.parse(await readFile(path.join(outDir, "feed.json"), "utf8"));
    expect(json.items.map((i: { title: string }) => i.title)).toEqual(dated);
    // An editor's Markdown may hold an image; the sanitiser has taken its event handler away.
    expect(json.items.map((i: { content_html: string }) => i.content_html).join("\n")).not.toMatch(/<script|<[^>]*\sonerror=/i);
  });
});
