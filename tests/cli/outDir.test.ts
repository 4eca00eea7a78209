import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { markSite, outDirProblem } from "../../src/cli/outDir.ts";
import { makeTempDir, removeTempDirs } from "../helpers/tmp.ts";

afterAll(removeTempDirs);

describe("outDirProblem", () => {
  it("refuses a folder of someone's files, and accepts an empty one or an earlier site", async () => {
    const root = await makeTempDir("outdir");
    const seeds = path.join(root, "seeds");
    await mkdir(seeds);
    const precious = path.join(root, "precious");
    await mkdir(precious);
    await writeFile(path.join(precious, "thesis.docx"), "years of work");
    expect(await outDirProblem(precious, seeds, "/nonexistent/project", "precious")).toMatch(/not made by this tool/);
    // A file, not a folder: --out notes.txt must not replace it.
    expect(await outDirProblem(path.join(precious, "thesis.docx"), seeds, "/nonexistent/project", "thesis.docx")).toMatch(/is not a folder/);

    const fresh = path.join(root, "fresh");
    expect(await outDirProblem(fresh, seeds, "/nonexistent/project", "fresh")).toBeNull();
    const site = path.join(root, "site");
    await mkdir(site);
    await writeFile(path.join(site, "index.html"), "<p>old</p>");
    await markSite(site);
    expect(await outDirProblem(site, seeds, "/nonexistent/project", "site")).toBeNull();
  });

  it("refuses the seeds, a folder inside them, or one holding the project", async () => {
    const root = await makeTempDir("outdir");
    const seeds = path.join(root, "seeds");
    expect(await outDirProblem(seeds, seeds, "/p", "seeds")).toMatch(/seeds or the project/);
    expect(await outDirProblem(path.join(seeds, "site"), seeds, "/p", "seeds/site")).toMatch(/seeds or the project/);
    expect(await outDirProblem(root, seeds, "/p", "..")).toMatch(/seeds or the project/);
    expect(await outDirProblem(path.dirname(root), path.join(root, "x"), root, "../..")).toMatch(/seeds or the project/);
  });
});
