import { mkdtemp, mkdir, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readSeeds } from "../../../src/pipeline/read/readSeeds.ts";

describe("readSeeds", () => {
  it("reads nested folders in a stable order, skips hidden files, and refuses links that leave the folder", async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), "seeds-"));
    const outside = await mkdtemp(path.join(os.tmpdir(), "outside-"));
    await writeFile(path.join(outside, "secret.txt"), "not yours");
    await mkdir(path.join(root, "2017 août"));
    await writeFile(path.join(root, "b.txt"), "B");
    await writeFile(path.join(root, "2017 août", "é a.txt"), "A");
    await writeFile(path.join(root, ".DS_Store"), "x");
    await symlink(path.join(outside, "secret.txt"), path.join(root, "link.txt"));
    await symlink(path.join(root, "b.txt"), path.join(root, "inside-link.txt"));

    const { files, messages } = await readSeeds(root);
    expect(files.map((f) => f.path)).toEqual(["2017 août/é a.txt", "b.txt", "inside-link.txt"]);
    expect(messages).toContainEqual(expect.objectContaining({ file: "link.txt", severity: "error", ruleId: "read/link-outside" }));
    expect(messages).toContainEqual(expect.objectContaining({ file: ".DS_Store", severity: "info", ruleId: "read/hidden" }));
  });
});
