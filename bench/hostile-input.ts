// Time and memory of the pipeline on files built to be slow or large: one file at a time,
// 300,000 characters (or LENGTH) of one repeated piece each, plus a 10 MB article.
// Run: npm run bench:input
import { runPipeline } from "../src/pipeline/index.ts";

const enc = new TextEncoder();
const PIECES = ["A", "a", "A ", "a.", "By ", "(AP) ", "https://x.com/", "http://a/", "www.-", "@", "Mr. ", "free ", "2017-08-16 ", "on Wednesday ", "Jan 1, 2020 ", "MIAMI (CBSMiami) – ", "“", "\t"];
const LENGTH = Number(process.env.LENGTH ?? 300_000);

function measure(label: string, text: string): void {
  const bytes = enc.encode(text);
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  runPipeline([{ path: "bench.txt", bytes }], { buildDay: "2026-01-01" });
  const ms = performance.now() - started;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
  console.log(`${label.padEnd(28)} ${String(bytes.length).padStart(9)} bytes ${ms.toFixed(0).padStart(7)} ms  heap +${heapMb.toFixed(0)} MB`);
}

for (const piece of PIECES) measure(JSON.stringify(piece), piece.repeat(Math.ceil(LENGTH / piece.length)));
const paragraph = "The county commission voted on Tuesday to approve the new budget, which raises spending on parks and roads.\n\n";
measure("10 MB article", `Budget approved\n\n${paragraph.repeat(Math.ceil(10_000_000 / paragraph.length))}`.slice(0, 10_000_000));
console.log(`peak resident memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
