// `npm run bench:search -- N [IN_FLIGHT]`
//
// Pagefind's peak memory for N records of the synthetic corpus (.bench/corpus-10000-1, made by
// `npm run bench -- --articles 10000`), sent all at once (IN_FLIGHT 0) or with at most IN_FLIGHT
// awaiting an answer. Pagefind runs as its own process; its resident memory is sampled from /proc.
import * as pagefind from "pagefind";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const n = Number(process.argv[2] ?? 10000);
const inFlight = Number(process.argv[3] ?? 0);
const dir = path.resolve(import.meta.dirname, "../.bench/corpus-10000-1");
const files = readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).slice(0, n);

/** The largest resident set of any Pagefind process seen so far, in MB. */
let peak = 0;
const sample = setInterval(() => {
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("pagefind")) continue;
      const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (rss) peak = Math.max(peak, Number(rss[1]) / 1024);
    } catch {
      // The process ended between listing and reading.
    }
  }
}, 200);

const { index } = await pagefind.createIndex({});
const started = performance.now();
let pending: Promise<unknown>[] = [];
for (const [i, file] of files.entries()) {
  pending.push(index!.addCustomRecord({ url: `/s/${i}/`, content: readFileSync(path.join(dir, file), "utf8"), language: "en", meta: { title: file } }));
  if (inFlight > 0 && pending.length >= inFlight) {
    await Promise.all(pending);
    pending = [];
  }
}
await Promise.all(pending);
const added = performance.now();
await index!.writeFiles({ outputPath: path.join(dir, "..", "search-memory-index") });
clearInterval(sample);
console.log(`${files.length} records, ${inFlight || "all"} in flight: added in ${Math.round(added - started)} ms, written in ${Math.round(performance.now() - added)} ms; Pagefind's peak ${Math.round(peak)} MB`);
await pagefind.close();
