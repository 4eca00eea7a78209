import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline/index.ts";
import { sourceLines } from "../../src/pipeline/shape/sourceText.ts";

const enc = (s: string) => new TextEncoder().encode(s);
const SENTENCE = "The county commission voted on Tuesday to approve the new budget, which raises spending on parks and roads. ";

// How long these take is measured in the README (a benchmark); here only what comes out is checked.
describe("very large files", () => {
  it("reads a 10 MB article whole", () => {
    const paragraphs = Array.from({ length: 30_000 }, (_, i) => `${SENTENCE}Item ${i} passed.`).join("\n\n");
    const text = `Budget approved after a long debate\n\n${paragraphs}`.slice(0, 10_000_000);
    expect(text.length).toBeGreaterThan(3_000_000);
    const big = `${text}\n\n${text}`.slice(0, 10_000_000);
    const archive = runPipeline([{ path: "big.txt", bytes: enc(big) }], { buildDay: "2026-01-01" });
    expect(archive.stories).toHaveLength(1);
    const story = archive.stories[0]!;
    expect(story.record.title).toBe("Budget approved after a long debate");
    expect(sourceLines(story.original).length).toBe(big.split("\n").length);
  }, 60_000);

  it("reads a file that is one 50,000-character line, and lines built to be slow to parse", () => {
    const files = [
      ["one-line.txt", `${SENTENCE.repeat(460)}`.slice(0, 50_000)],
      ["capitals.txt", "A".repeat(50_000)],
      ["capital-words.txt", "A ".repeat(25_000)],
      ["abbreviations.txt", "Mr. ".repeat(12_500)],
      ["addresses.txt", "https://x.com/".repeat(3_600)],
      ["dates.txt", "Jan 1, 2020 ".repeat(4_200)],
      ["www.txt", "www.-".repeat(10_000)],
      ["links.txt", "http://a/".repeat(5_600)],
      ["promo.txt", `Sign up for x ${"free ".repeat(10_000)}`],
    ] as const;
    const archive = runPipeline(files.map(([path, text]) => ({ path, bytes: enc(text) })), { buildDay: "2026-01-01" });
    for (const [path] of files) {
      const accounted = archive.stories.some((s) => s.record.sourceFile === path) || archive.messages.some((m) => m.file === path && m.severity === "error");
      expect(accounted, path).toBe(true);
    }
  }, 60_000);
});
