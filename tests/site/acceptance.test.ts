import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { assertBuilt, buildSite, builtSeedsSite } from "../helpers/build.ts";
import { decodeEntities, readStoriesJson } from "../helpers/site.ts";
import { makeTempDir, removeTempDirs } from "../helpers/tmp.ts";

afterAll(removeTempDirs);

const page = (outDir: string, url: string) => readFile(path.join(outDir, url, "index.html"), "utf8");
/** The story body section of a story page, as text. */
const bodyOf = (html: string) => decodeEntities(/<section class="story-body"[\s\S]*?<\/section>/.exec(html)?.[0] ?? "");

describe("what the seeds must show", () => {
  it("dates 000 and 001 from their headers, with high confidence", async () => {
    const { stories } = await readStoriesJson((await builtSeedsSite()).outDir);
    const bySeed = (prefix: string) => stories.find((s) => String(s.sourceFile).startsWith(prefix))!;
    expect(bySeed("000_")).toMatchObject({ date: "2017-08-16", dateSource: "header", dateConfidence: "high", datePrecision: "day" });
    expect(bySeed("001_")).toMatchObject({ date: "2017-01-27", dateSource: "header", dateConfidence: "high", datePrecision: "day" });
  });

  it("keeps 002's headline with its own curly quotes", async () => {
    const { stories } = await readStoriesJson((await builtSeedsSite()).outDir);
    const s = stories.find((x) => String(x.sourceFile).startsWith("002_"))!;
    expect(s.title).toBe("Attorney General Jeff Sessions Tells Citizens of ‘Sanctuary Cities’ to Call Their Mayors, Get Policies Changed");
    expect(s.titleSource).toBe("headline");
  });

  it("leaves no boilerplate in any story body, but keeps it in the original-text view", async () => {
    const { outDir } = await builtSeedsSite();
    const { stories } = await readStoriesJson(outDir);
    const all: string[] = [];
    for (const s of stories) {
      const html = await page(outDir, String(s.url));
      const body = bodyOf(html);
      expect(body.length, `${s.url} has a body`).toBeGreaterThan(200);
      for (const junk of ["Follow CBSMIAMI.COM", "outdated browser", "Share This Story", "Get our newsletter", "The AP is one of the largest", "Image via AP"]) {
        expect(body, `${s.sourceFile} body`).not.toContain(junk);
      }
      all.push(decodeEntities(html));
    }
    expect(all.join("\n")).toContain("Share This Story"); // shown, marked, in the original text
  });
});

describe("stories whose date is unknown or partial", () => {
  it("are shown as undated or at their precision, never given the build day", async () => {
    const seeds = await makeTempDir("dates-seeds");
    await writeFile(path.join(seeds, "library.txt"), "The library will open on Sundays at four branches, officials announced.\n\nThe change adds afternoon hours.\n");
    await writeFile(path.join(seeds, "month.md"), "---\ntitle: A Story Known to the Month\ndate: '2017-08'\n---\nBody of the story.\n");
    const { outDir } = assertBuilt(await buildSite(seeds, { args: ["--build-day", "2026-11-23"] }));
    const { stories } = await readStoriesJson(outDir);

    const undated = stories.find((s) => s.sourceFile === "library.txt")!;
    expect(undated).toMatchObject({ date: null, datePrecision: "unknown", dateSource: "none", dateConfidence: "none" });
    expect(undated.url).toMatch(/^\/stories\/undated\/[a-z0-9-]+\/$/);
    const undatedPage = decodeEntities(await page(outDir, String(undated.url)));
    const story = undatedPage.slice(undatedPage.indexOf("<main"), undatedPage.indexOf("</main>"));
    expect(story).toContain("Undated");
    // The footer may say when the site was built; the story itself must not carry that day.
    expect(story).not.toMatch(/23 November 2026|2026-11-23/);

    const month = stories.find((s) => s.sourceFile === "month.md")!;
    expect(month).toMatchObject({ date: "2017-08-01", datePrecision: "month", url: "/stories/2017/08/a-story-known-to-the-month/" });
    const monthPage = decodeEntities(await page(outDir, String(month.url)));
    expect(monthPage).toContain("August 2017");
    expect(monthPage).not.toContain("1 August 2017");

    const timeline = decodeEntities(await readFile(path.join(outDir, "timeline", "index.html"), "utf8"));
    const undatedSection = timeline.slice(timeline.indexOf('id="undated"'));
    expect(undatedSection).toContain(String(undated.title));
  });
});
