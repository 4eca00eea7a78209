import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { assertBuilt, buildSite, copySeeds, REPO_ROOT } from "../helpers/build.ts";
import { listFiles } from "../helpers/site.ts";
import { makeTempDir, removeTempDirs } from "../helpers/tmp.ts";

afterAll(removeTempDirs);

/** Every file of a site with a hash of its bytes. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const file of await listFiles(dir)) out[file] = createHash("sha256").update(await readFile(path.join(dir, file))).digest("hex");
  return out;
}

/** Enough articles that a build takes a few seconds, so it can be stopped half-way. */
async function manySeeds(count: number): Promise<string> {
  const dir = await copySeeds();
  for (let i = 0; i < count; i++) {
    const day = String((i % 28) + 1).padStart(2, "0");
    await writeFile(
      path.join(dir, `bulk-${String(i).padStart(4, "0")}.txt`),
      `date 2019-03-${day}\n\nCouncil story number ${i} about the harbor budget\n\nHARBOR CITY — The council met on a weekday to debate item ${i} of the harbor budget, and members asked for a second reading.\n\n"We will vote on item ${i} next month," the chair said.\n`,
    );
  }
  return dir;
}

describe("a build stopped half-way", () => {
  it("leaves the previous site exactly as it was", async () => {
    const parent = await makeTempDir("atomic");
    const outDir = path.join(parent, "_site");
    assertBuilt(await buildSite(path.join(REPO_ROOT, "seeds"), { outDir }));
    const before = await snapshot(outDir);

    // Start a bigger build into the same folder and kill it once it has begun writing pages.
    const seeds = await manySeeds(400);
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/build.ts", "--seeds", seeds, "--out", outDir], { cwd: REPO_ROOT, stdio: "ignore" });
    const exited = new Promise<void>((resolve) => child.on("close", () => resolve()));
    let killedWhileWriting = false;
    for (let tries = 0; tries < 3000 && child.exitCode === null; tries++) {
      const staging = (await readdir(parent)).find((name) => name.startsWith("._site-building-") && !name.endsWith("-old"));
      const written = staging ? await listFiles(path.join(parent, staging)).catch(() => []) : [];
      if (written.some((f) => f.endsWith(".html"))) {
        child.kill("SIGKILL");
        killedWhileWriting = true;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await exited;
    expect(killedWhileWriting, "the build finished before it could be stopped half-way").toBe(true);
    expect(await snapshot(outDir)).toEqual(before);

    // The next build clears what the killed one left behind and replaces the site whole.
    expect((await readdir(parent)).filter((name) => name.startsWith("._site-building-"))).not.toEqual([]);
    assertBuilt(await buildSite(seeds, { outDir }));
    expect(await readdir(parent)).toEqual(["_site"]);
    const after = await snapshot(outDir);
    expect(Object.keys(after).filter((f) => f.startsWith("stories/2019/03/")).length).toBeGreaterThan(0);
  }, 180_000);
});

describe("what killed builds leave behind", () => {
  it("removes abandoned staging folders, keeps live and foreign ones, and puts a site left aside back", async () => {
    const { BUILDER_FILE, removeAbandonedBuilds } = await import("../../src/cli/build.ts");
    const { hostname } = await import("node:os");
    const { mkdir } = await import("node:fs/promises");
    const parent = await makeTempDir("leftovers");
    const folder = async (name: string, owner?: string) => {
      await mkdir(path.join(parent, name), { recursive: true });
      await writeFile(path.join(parent, name, "index.html"), name);
      if (owner !== undefined) await writeFile(path.join(parent, name, BUILDER_FILE), owner);
    };
    const deadPid = 2 ** 22 + 12345; // above Linux's pid_max: no such process
    await folder("._site-building-dead", `${hostname()} ${deadPid}`);
    await folder("._site-building-live", `${hostname()} ${process.pid}`);
    await folder("._site-building-other", `another-machine ${deadPid}`);
    await folder("._site-building-swap-old"); // the previous site, moved aside by a killed swap
    await removeAbandonedBuilds(parent, "._site-building-", path.join(parent, "_site"));
    expect((await readdir(parent)).sort()).toEqual(["._site-building-live", "._site-building-other", "_site"]);
    expect(await readFile(path.join(parent, "_site", "index.html"), "utf8")).toBe("._site-building-swap-old");
  });
});
