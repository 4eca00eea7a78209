import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildArchive } from "../../src/pipeline/index.ts";
import { evaluate, formatEvaluation, sameOutlet, truthSchema } from "../../src/pipeline/report/evaluate.ts";
import { runEval } from "../../src/cli/eval.ts";

const EVAL = path.resolve(import.meta.dirname, "../fixtures/eval");
const truth = truthSchema.parse(JSON.parse(readFileSync(path.join(EVAL, "truth.json"), "utf8")));

/**
 * The labelled set in tests/fixtures/eval (invented articles in real-world formats; see its
 * README). These are accuracy floors, not exact goldens: a change may trade one miss for
 * another, but must not give a wrong date with high confidence.
 */
describe("accuracy on the labelled evaluation set", () => {
  it("dates, titles and outlets at least 90% right, and no wrong date with high confidence", async () => {
    const archive = await buildArchive({ seedsDir: path.join(EVAL, "articles"), buildDay: "2026-01-01" });
    const result = evaluate(archive.stories.map((s) => s.record), truth);
    const report = formatEvaluation(result);
    expect(result.files, report).toBe(Object.keys(truth.files).length);
    expect(result.wrongHighConfidence, report).toBe(0);
    expect(result.correct.date / result.files, report).toBeGreaterThanOrEqual(0.9);
    expect(result.correct.title / result.files, report).toBeGreaterThanOrEqual(0.9);
    expect(result.correct.outlet / result.files, report).toBeGreaterThanOrEqual(0.9);
  });
});

describe("evaluate", () => {
  const record = { sourceFile: "a.txt", date: "2017-08-01", datePrecision: "month", dateSource: "front-matter", dateConfidence: "high", dateEvidence: "x", title: "T", titleSource: "headline", outlet: null } as never;

  it("compares dates at the truth's precision and names each miss", () => {
    const ok = evaluate([record], { files: { "a.txt": { date: "2017-08", title: "T", outlet: null } } });
    expect(ok.correct).toEqual({ date: 1, title: 1, outlet: 1 });
    const bad = evaluate([record], { files: { "a.txt": { date: "2017-08-16", title: "U", outlet: "AP" }, "b.txt": { date: null, title: null, outlet: null } } });
    expect(bad.wrongHighConfidence).toBe(1);
    expect(bad.misses.map((m) => `${m.file}:${m.field}`)).toEqual(["a.txt:date", "a.txt:title", "a.txt:outlet", "b.txt:date", "b.txt:title", "b.txt:outlet"]);
    expect(formatEvaluation(bad)).toContain('a.txt date: expected "2017-08-16", got "2017-08"');
  });
});

describe("npm run eval", () => {
  it("prints per-field accuracy for any folder with a truth file, and exits 2 without one", async () => {
    const out: string[] = [];
    expect(await runEval(["--seeds", path.join(EVAL, "articles"), "--truth", path.join(EVAL, "truth.json"), "--build-day", "2026-01-01"], (s) => out.push(s))).toBe(0);
    expect(out.join("\n")).toMatch(/^30 files\ndate +\d+\/30/);
    const errors: string[] = [];
    expect(await runEval(["--seeds", EVAL], () => {}, (s) => errors.push(s))).toBe(2);
    expect(errors[0]).toContain("--truth");
  });
});

describe("sameOutlet", () => {
  it("ignores case and a leading The, and matches a call sign to its station name", () => {
    expect(sameOutlet("The Lakeshore Tribune", "Lakeshore Tribune")).toBe(true);
    expect(sameOutlet("WJXR News 4", "WJXR")).toBe(true);
    expect(sameOutlet("CBS News", "CBS Miami")).toBe(false);
    expect(sameOutlet(null, "CNN")).toBe(false);
    expect(sameOutlet(null, null)).toBe(true);
  });
});

describe("event evaluation", () => {
  it("counts same-event pairs found and pairs grouped wrongly", () => {
    const rec = (id: string) => ({ id, sourceFile: `${id}.txt`, date: null, datePrecision: "unknown", dateSource: "none", dateConfidence: "none", dateEvidence: "x", title: "t", titleSource: "generated", outlet: null }) as never;
    const truth = { files: {}, events: [["a.txt", "b.txt", "c.txt"]] };
    const e = evaluate([rec("a"), rec("b"), rec("c"), rec("d")], truth, [{ storyIds: ["a", "b"] }, { storyIds: ["c", "d"] }]);
    expect(e.events).toEqual({ truePairs: 3, foundPairs: 2, correctPairs: 1, wrongPairs: ["c.txt + d.txt"] });
    expect(formatEvaluation(e)).toContain("wrongly grouped: c.txt + d.txt");
  });
});
