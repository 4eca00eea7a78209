import { Worker } from "node:worker_threads";
import type { ParseJob, Parsed } from "./parseFile.ts";

/** Jobs sent to a worker at a time: big enough that messages cost little, small enough to share the tail. */
const BATCH_SIZE = 25;

/**
 * Parses jobs in `threads` worker threads, handing each parse to `onParsed` with its job's
 * index as it arrives (so the caller keeps what it needs of it, and no more, while the rest
 * are parsed). Each worker takes a batch, and a new one as soon as it answers, so a slow file
 * does not hold up the others. Parsing a file depends only on the file, the build day and the
 * repeated lines (parseFile.ts), so the result is the same as parsing them one by one in this thread.
 * Each job is let go once sent (its entry in `jobs` set to null): the worker has its own copy.
 */
export async function parseInWorkers(jobs: (ParseJob | null)[], buildDay: string, repeated: ReadonlySet<string>, threads: number, onParsed: (parsed: Parsed, index: number) => void): Promise<void> {
  let next = 0;
  const workerData = { buildDay, repeated: [...repeated] };
  const workers = Array.from({ length: threads }, () => new Worker(new URL("./worker.mjs", import.meta.url), { workerData, execArgv: [] }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const sendNext = () => {
              if (next >= jobs.length) return resolve();
              const start = next;
              next = Math.min(jobs.length, next + BATCH_SIZE);
              worker.postMessage({ start, jobs: jobs.slice(start, next) });
              jobs.fill(null, start, next);
            };
            worker.on("message", ({ start, parsed }: { start: number; parsed: Parsed[] }) => {
              parsed.forEach((p, i) => onParsed(p, start + i));
              sendNext();
            });
            worker.on("error", reject);
            // After the work is done this changes nothing: the promise has settled.
            worker.on("exit", (code) => reject(new Error(`A parse worker stopped (exit code ${code}) before its work was done`)));
            sendNext();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
