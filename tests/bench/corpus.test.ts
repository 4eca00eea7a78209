import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ensureCorpus, generateArticles, writeCorpus } from "../../bench/corpus.ts";
import { runPipeline } from "../../src/pipeline/index.ts";
import { makeTempDir, removeTempDirs } from "../helpers/tmp.ts";

afterAll(removeTempDirs);

/** Every file of a folder with its bytes. */
function contents(dir: string): Map<string, string> {
  return new Map(readdirSync(dir).sort().map((name) => [name, readFileSync(path.join(dir, name), "latin1")]));
}

describe("the benchmark corpus", () => {
  it("writes N files, the same bytes for the same seed and others for another seed", async () => {
    const [a, b, c] = [await makeTempDir("corpus"), await makeTempDir("corpus"), await makeTempDir("corpus")];
    const manifest = writeCorpus(path.join(a, "c"), 60, 7);
    writeCorpus(path.join(b, "c"), 60, 7);
    writeCorpus(path.join(c, "c"), 60, 8);
    const first = contents(path.join(a, "c"));
    expect(first.size).toBe(60);
    expect(manifest.stories.map((s) => s.file).sort()).toEqual([...first.keys()]);
    expect(contents(path.join(b, "c"))).toEqual(first);
    expect(contents(path.join(c, "c"))).not.toEqual(first);
  });

  it("is made once and then reused", async () => {
    const root = await makeTempDir("corpus-cache");
    expect(ensureCorpus(root, 20, 1).reused).toBe(false);
    const again = ensureCorpus(root, 20, 1);
    expect(again.reused).toBe(true);
    expect(readdirSync(again.dir)).toHaveLength(20);
  });

  it("mixes the formats and page furniture of real articles", () => {
    const articles = [...generateArticles(300, 1)];
    const formats = new Set(articles.map((a) => a.format));
    expect([...formats].sort()).toEqual(["markdown", "text-dated", "text-undated"]);
    const some = (pattern: RegExp) => articles.filter((a) => pattern.test(a.text)).length;
    expect(some(/^---\ntitle: .*\ndate: \d{4}-\d{2}-\d{2}/)).toBeGreaterThan(30); // front matter
    expect(some(/^date \d{4}-\d{2}-\d{2}/m)).toBeGreaterThan(0); // a date header line
    expect(some(/^(?:Updated|Posted|Published)\b/m)).toBeGreaterThan(0);
    expect(some(/^By [A-Z]/m)).toBeGreaterThan(30); // bylines
    expect(some(/^[A-Z][A-Z .'-]+(?:, [A-Z][a-z.]+)? \([A-Za-z0-9]+\) [—–-] /m)).toBeGreaterThan(10); // datelines
    expect(some(/\(Photo: |^FILE - In this /m)).toBeGreaterThan(5); // captions
    expect(some(/^(?:Advertisement|Share this article|Sign up for our newsletter|Skip to main content)$/m)).toBeGreaterThan(10);
    expect(some(/“[^”]+,” said /)).toBeGreaterThan(100); // quotations
    const years = new Set(articles.map((a) => Number(a.date.slice(0, 4))));
    expect(Math.min(...years)).toBeLessThan(2000);
    expect(Math.max(...years)).toBeGreaterThan(2020);
    // Events: stories of one happening by several outlets.
    const events = new Map<number, number>();
    for (const a of articles) if (a.eventId !== null) events.set(a.eventId, (events.get(a.eventId) ?? 0) + 1);
    expect(events.size).toBeGreaterThan(5);
    expect(Math.min(...events.values())).toBeGreaterThanOrEqual(2);
  });

  it("parses into one story per file, with no errors, and groups events", () => {
    const articles = [...generateArticles(120, 3)];
    const encoder = new TextEncoder();
    const archive = runPipeline(articles.map((a) => ({ path: a.file, bytes: encoder.encode(a.text) })), { buildDay: "2026-01-01" });
    expect(archive.stats.stories).toBe(120);
    expect(archive.messages.filter((m) => m.severity === "error")).toEqual([]);
    expect(archive.messages.filter((m) => m.ruleId === "story/duplicate")).toEqual([]);
    expect(archive.events.filter((e) => e.storyIds.length > 1).length).toBeGreaterThan(0);
    expect(archive.stories.filter((s) => s.record.topics.length > 0).length).toBeGreaterThan(100);
  });
});
