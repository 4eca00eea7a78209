import { spawn } from "node:child_process";
import { REPO_ROOT } from "./build.ts";
import { makeTempDir } from "./tmp.ts";

/**
 * Runs Eleventy alone on `.eleventy.ts` (no search index, no atomic swap), as the config's own
 * comment allows: for sites the CLI's later steps cannot finish, such as an archive with no
 * stories, whose Pagefind index has no filters to sort.
 */
export async function runEleventyOnly(seedsDir: string, buildDay = "2024-05-01"): Promise<{ outDir: string; exitCode: number; output: string }> {
  const outDir = await makeTempDir("eleventy-only");
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
  for (const key of Object.keys(env)) if (key.startsWith("ARCHIVE_")) delete env[key];
  Object.assign(env, { ARCHIVE_SEEDS_DIR: seedsDir, ARCHIVE_OUT_DIR: outDir, ARCHIVE_BUILD_DAY: buildDay });
  const child = spawn(process.execPath, ["--import", "tsx", "node_modules/@11ty/eleventy/cmd.cjs", "--config=.eleventy.ts", "--quiet"], {
    cwd: REPO_ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    timeout: 110_000,
    killSignal: "SIGKILL",
  });
  let output = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve(code ?? 1));
  });
  return { outDir, exitCode, output };
}
