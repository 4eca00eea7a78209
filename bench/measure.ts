// Wall time, peak memory and output size of one command, for the benchmark (bench/run.ts).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** How often the process tree's memory is sampled. */
const SAMPLE_MS = 100;
const GNU_TIME = "/usr/bin/time";

export interface Measured {
  exitCode: number;
  seconds: number;
  /**
   * Peak resident memory of the largest single process, in MB: GNU time's maximum resident set
   * size (the kernel's exact figure for the command and every process it waited for), or the
   * largest VmHWM seen while sampling when GNU time is missing.
   */
  peakMB: number;
  /** Peak of the whole process tree's resident memory added up (Node and Pagefind together), sampled. */
  treePeakMB: number;
  /** The largest peak (VmHWM) seen of each program in the tree, by name ("node", "pagefind_extend"), in MB. */
  peakByProgramMB: Record<string, number>;
  stderr: string;
}

/** Runs a command to its end and measures it. Its stdout is dropped; stderr is kept for errors. */
export async function measure(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Measured> {
  const gnuTime = existsSync(GNU_TIME);
  const scratch = mkdtempSync(path.join(os.tmpdir(), "news-archive-measure-"));
  const timeFile = path.join(scratch, "maxrss");
  const [cmd, argv] = gnuTime ? [GNU_TIME, ["-f", "%M", "-o", timeFile, command, ...args]] : [command, [...args]];
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr = (stderr + chunk).slice(-20_000)));
  let treePeak = 0;
  let hwmPeak = 0;
  const byProgram: Record<string, number> = {};
  const sample = () => {
    if (child.pid === undefined) return;
    let sum = 0;
    for (const pid of processTree(child.pid)) {
      const { name, rss, hwm } = memoryOf(pid);
      sum += rss;
      hwmPeak = Math.max(hwmPeak, hwm);
      if (name) byProgram[name] = Math.max(byProgram[name] ?? 0, Math.round(hwm / 1024));
    }
    treePeak = Math.max(treePeak, sum);
  };
  const timer = setInterval(sample, SAMPLE_MS);
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  }).finally(() => clearInterval(timer));
  const seconds = (performance.now() - started) / 1000;
  let maxRssKb = hwmPeak;
  if (gnuTime) {
    // GNU time writes "Command exited with non-zero status N" before the figure when it fails.
    const figure = Number(readFileSync(timeFile, "utf8").trim().split("\n").at(-1));
    if (Number.isFinite(figure)) maxRssKb = Math.max(maxRssKb, figure);
  }
  rmSync(scratch, { recursive: true, force: true });
  return { exitCode, seconds, peakMB: maxRssKb / 1024, treePeakMB: Math.max(treePeak, maxRssKb) / 1024, peakByProgramMB: byProgram, stderr };
}

/** A process and all its descendants, from /proc/<pid>/task/<tid>/children (Linux). */
function processTree(root: number): number[] {
  const out: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    out.push(pid);
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue; // gone already
    }
    for (const tid of tasks) {
      try {
        for (const child of readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8").split(" ")) if (child.trim()) queue.push(Number(child));
      } catch {
        // the thread ended meanwhile
      }
    }
  }
  return out;
}

/** A process's name, resident and peak resident memory in kB (nothing when it is gone). */
function memoryOf(pid: number): { name: string; rss: number; hwm: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? 0);
    return { name: /^Name:\s+(.*)$/m.exec(status)?.[1] ?? "", rss: kb("VmRSS"), hwm: kb("VmHWM") };
  } catch {
    return { name: "", rss: 0, hwm: 0 };
  }
}

/** Bytes and number of files under a folder. */
export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Whether a command is on PATH. */
export function onPath(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}
