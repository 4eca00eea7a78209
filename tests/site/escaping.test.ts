import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { assertBuilt, buildSite } from "../helpers/build.ts";
import { listFiles, readStoriesJson } from "../helpers/site.ts";
import { makeTempDir, removeTempDirs } from "../helpers/tmp.ts";

afterAll(removeTempDirs);

const ATTACK = `</script><script>alert(1)</script><img src=x onerror=alert(2)>`;

describe("article text is never markup", () => {
  it("escapes hostile text in headlines, bodies, front matter and the export", async () => {
    const seeds = await makeTempDir("hostile-seeds");
    await writeFile(path.join(seeds, "plain.txt"), `Council Meets ${ATTACK} Tonight\n\nThe council met on Monday and said ${ATTACK} in public.\n`);
    await writeFile(path.join(seeds, "editor.md"), `---\ntitle: "Editor ${ATTACK.replaceAll('"', "'")}"\noutlet: "<b>Paper</b>"\n---\n\nBody with [a link](javascript:alert(3)) and ${ATTACK}.\n`);
    const { outDir } = assertBuilt(await buildSite(seeds));
    const pages = (await listFiles(outDir)).filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) {
      const html = await readFile(path.join(outDir, page), "utf8");
      expect(html, page).not.toMatch(/<script>alert|<img[^>]*onerror|href="javascript:|<b>Paper<\/b>/i);
    }
    const { stories } = await readStoriesJson(outDir);
    expect(stories.map((s) => s.title).join(" ")).toContain("<script>alert(1)</script>");
  });
});
