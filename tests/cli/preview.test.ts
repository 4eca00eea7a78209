import { cp, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { register } from "tsx/esm/api";
import { afterAll, describe, expect, it } from "vitest";
import { SEEDS_DIR } from "../helpers/build.ts";
import { readStoriesJson } from "../helpers/site.ts";
import { makeTempDir, removeTempDirs } from "../helpers/tmp.ts";
import { ENV } from "../../src/eleventy/options.ts";
import { movedPage, Preview } from "../../src/cli/serve.ts";

afterAll(removeTempDirs);
// Eleventy imports .eleventy.ts itself, with Node's import(): Node needs tsx's loader for that.
const unregister = register();
afterAll(() => unregister());

const exists = (file: string) => stat(file).then(
  () => true,
  () => false,
);

describe("the preview of npm start, run in this process", () => {
  it("forwards a story's old address to the one its new headline gives it until the rebuild removes the old page", async () => {
    const seeds = await makeTempDir("preview-seeds");
    const out = await makeTempDir("preview-out");
    await cp(SEEDS_DIR, seeds, { recursive: true });
    Object.assign(process.env, { [ENV.seeds]: seeds, [ENV.out]: out, [ENV.buildDay]: "2026-01-01", [ENV.baseUrl]: "http://127.0.0.1:8080", [ENV.cache]: "off", ARCHIVE_SEARCH: "off" });
    const reloads: string[][] = [];
    const logs: string[] = [];
    const preview = new Preview(seeds, out, (files) => reloads.push(files), (line) => logs.push(line));
    await preview.rebuild();
    expect(reloads, logs.join("\n")).toEqual([[]]);

    const file = "002_d917696b587985b1.txt";
    const before = (await readStoriesJson(out)).stories.find((s) => s.sourceFile === file)!;
    const oldPage = path.join(out, before.url as string, "index.html");
    const text = await readFile(path.join(seeds, file), "utf8");
    await writeFile(path.join(seeds, file), text.replace("Attorney General Jeff Sessions Tells Citizens", "Edited Headline Tells Citizens"));

    // The quick pass is done when changed() returns; the rebuild it started has not written yet.
    await preview.changed([file], false);
    const [newPage] = reloads.at(-1)!;
    expect(newPage).not.toBe(oldPage);
    const quick = { newPage: await readFile(newPage!, "utf8"), oldPage: await readFile(oldPage, "utf8") };

    await preview.rebuild();
    const after = (await readStoriesJson(out)).stories.find((s) => s.sourceFile === file)!;
    // The quick pass wrote the story where the rebuild put it, and forwarded the old address there.
    expect(newPage).toBe(path.join(out, after.url as string, "index.html"));
    expect(quick.newPage).toContain("Edited Headline Tells Citizens");
    expect(quick.oldPage).toBe(movedPage(before.url as string, after.url as string));
    expect(await exists(oldPage)).toBe(false);
    expect(logs.filter((l) => l.includes("site rebuilt"))).toHaveLength(2);
  });

  it("forwards with a relative link, which holds under any base path", () => {
    const page = movedPage("/stories/undated/council-meets/", "/stories/2017/08/16/council-meets/");
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=../../2017/08/16/council-meets/">');
    expect(page).toContain('<a href="../../2017/08/16/council-meets/">/stories/2017/08/16/council-meets/</a>');
  });
});
