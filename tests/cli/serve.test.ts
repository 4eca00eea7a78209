import { spawn } from "node:child_process";
import { cp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT, SEEDS_DIR } from "../helpers/build.ts";
import { makeTempDir, removeTempDirs } from "../helpers/tmp.ts";

afterAll(removeTempDirs);

async function waitFor<T>(what: string, probe: () => Promise<T | null>, seconds: number): Promise<T> {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value !== null) return value;
    if (Date.now() > until) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

describe("npm start", () => {
  it("serves on 127.0.0.1, shows an edited seed's page at once and the rest of the site after a rebuild", async () => {
    const seeds = await makeTempDir("serve-seeds");
    const out = await makeTempDir("serve-out");
    await cp(SEEDS_DIR, seeds, { recursive: true });
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/serve.ts", "--seeds", seeds, "--out", out], {
      cwd: REPO_ROOT,
      env: { ...process.env, PORT: String(port) },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let log = "";
    child.stdout.on("data", (d) => (log += d));
    child.stderr.on("data", (d) => (log += d));
    try {
      const get = async (url: string) => {
        const res = await fetch(`http://127.0.0.1:${port}${url}`);
        return res.ok ? await res.text() : null;
      };
      const home = () => get("/");
      const first = await waitFor(`the server (log: ${log})`, home, 60);
      expect(first).toContain("Tells Citizens of");
      const stories = JSON.parse((await get("/api/stories.json"))!) as { stories: { url: string; sourceFile: string }[] };
      const oldUrl = stories.stories.find((s) => s.sourceFile === "002_d917696b587985b1.txt")!.url;
      const rebuilt = () => log.match(/site rebuilt in/g)?.length ?? 0;
      expect(rebuilt()).toBe(1);

      // A new sentence: the story's page shows it from the quick pass, then the whole site is rebuilt.
      const file = path.join(seeds, "002_d917696b587985b1.txt");
      const text = await readFile(file, "utf8");
      await writeFile(file, `${text}\n\nA sentence the editor added.\n`);
      await waitFor("the added sentence", async () => ((await get(oldUrl))?.includes("A sentence the editor added.") ? true : null), 60);
      await waitFor("the rebuild after it", async () => (rebuilt() === 2 ? true : null), 60);
      expect(log).toMatch(new RegExp(`\\[archive\\] ${oldUrl.replaceAll("/", "\\/")} rewritten in [\\d.]+ s; rebuilding the rest[^]*site rebuilt in`));

      // A new headline moves the page: the lists show it after the rebuild, and the old address is gone.
      await writeFile(file, text.replace("Attorney General Jeff Sessions Tells Citizens", "Edited Headline Tells Citizens"));
      const edited = await waitFor("the edited headline", async () => ((await home())?.includes("Edited Headline Tells Citizens") ? true : null), 60);
      expect(edited).toBe(true);
      await waitFor("the rebuild after it", async () => (rebuilt() === 3 ? true : null), 60);
      const moved = JSON.parse((await get("/api/stories.json"))!) as { stories: { url: string; sourceFile: string }[] };
      const newUrl = moved.stories.find((s) => s.sourceFile === "002_d917696b587985b1.txt")!.url;
      expect(newUrl).not.toBe(oldUrl);
      expect(await get(newUrl)).toContain("Edited Headline Tells Citizens");
      expect(await get(oldUrl)).toBeNull();
    } finally {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    }
  });
});
