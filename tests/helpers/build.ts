import { spawn } from "node:child_process";
import { cp } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { makeTempDir } from "./tmp.ts";

export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const SEEDS_DIR = path.join(REPO_ROOT, "seeds");

/** Kill a build that takes longer than this (the vitest timeout would leave it running). */
const BUILD_TIMEOUT_MS = 110_000;

export interface BuildOptions {
  /** Build into this folder instead of a fresh temp folder (e.g. to rebuild over an old site). */
  outDir?: string;
  strict?: boolean;
  baseUrl?: string;
  /** Extra CLI arguments, appended last. */
  args?: string[];
  /** ARCHIVE_* variables for the build (all others of the caller are removed). */
  env?: NodeJS.ProcessEnv;
}

export interface BuildResult {
  outDir: string;
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs the build CLI (`node --import tsx src/cli/build.ts`) in a child process. */
export async function runCli(args: string[], archiveEnv: NodeJS.ProcessEnv = {}): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  // Options reach .eleventy.ts through ARCHIVE_* variables; never let the caller's leak in.
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" };
  for (const key of Object.keys(env)) if (key.startsWith("ARCHIVE_")) delete env[key];
  Object.assign(env, archiveEnv);

  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/build.ts", ...args], {
    cwd: REPO_ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    timeout: BUILD_TIMEOUT_MS,
    killSignal: "SIGKILL",
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));

  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve(code ?? (signal ? 128 + 9 : 1)));
  });
  return { exitCode, stdout, stderr };
}

/** Builds `seedsDir` into `opts.outDir` or a fresh temp folder. */
export async function buildSite(seedsDir: string, opts: BuildOptions = {}): Promise<BuildResult> {
  const outDir = opts.outDir ?? (await makeTempDir("site"));
  const args = ["--seeds", seedsDir, "--out", outDir];
  if (opts.strict) args.push("--strict");
  if (opts.baseUrl !== undefined) args.push("--base-url", opts.baseUrl);
  args.push(...(opts.args ?? []));
  return { outDir, ...(await runCli(args, opts.env)) };
}

/** Throws with the CLI's output when a build did not exit 0. */
export function assertBuilt(result: BuildResult): BuildResult {
  if (result.exitCode !== 0) {
    throw new Error(
      `build exited ${result.exitCode}\n--- stdout ---\n${result.stdout}\n--- stderr ---\n${result.stderr}`,
    );
  }
  return result;
}

let seedsSite: Promise<BuildResult> | undefined;

/** One successful build of the repo's seeds/ folder, shared by the tests of one test file. */
export function builtSeedsSite(): Promise<BuildResult> {
  seedsSite ??= buildSite(SEEDS_DIR).then(assertBuilt);
  return seedsSite;
}

/** A writable copy of the repo's seeds/ folder in a temp folder. */
export async function copySeeds(): Promise<string> {
  const dir = await makeTempDir("seeds");
  await cp(SEEDS_DIR, dir, { recursive: true });
  return dir;
}
