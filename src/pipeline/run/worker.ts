import { parentPort, workerData } from "node:worker_threads";
import { parseFile, type ParseJob } from "./parseFile.ts";

/** A parse worker: takes batches of jobs, answers with their parses, in order. See pool.ts. */
const { buildDay, repeated } = workerData as { buildDay: string; repeated: string[] };
const repeatedLines = new Set(repeated);

parentPort!.on("message", (batch: { start: number; jobs: ParseJob[] }) => {
  parentPort!.postMessage({ start: batch.start, parsed: batch.jobs.map((job) => parseFile(job, buildDay, repeatedLines)) });
});
