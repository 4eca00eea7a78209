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
  it("serves on 127.0.0.1 and shows an edited seed after it is saved", async () => {
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
      const home = async () => {
        const res = await fetch(`http://127.0.0.1:${port}/`);
        return res.ok ? await res.text() : null;
      };
      const first = await waitFor(`the server (log: ${log})`, home, 60);
      expect(first).toContain("Tells Citizens of");

      const file = path.join(seeds, "002_d917696b587985b1.txt");
      const text = await readFile(file, "utf8");
      await writeFile(file, text.replace("Attorney General Jeff Sessions Tells Citizens", "Edited Headline Tells Citizens"));
      const edited = await waitFor("the edited headline", async () => ((await home())?.includes("Edited Headline Tells Citizens") ? true : null), 60);
      expect(edited).toBe(true);
    } finally {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    }
  });
});
