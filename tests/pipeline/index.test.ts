import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline/index.ts";
import { archiveSchema } from "../../src/pipeline/schema/index.ts";

const DAY = "2026-01-01";
const enc = (s: string) => new TextEncoder().encode(s);

describe("runPipeline", () => {
  const files = [
    { path: "b.txt", bytes: enc("date 2017-08-16\n\nMIAMI (CBSMiami) – Groups protest Sessions on Wednesday.\n") },
    { path: "a.txt", bytes: enc("Headline Of The Same Story Here\n\nMIAMI — Sessions spoke on Wednesday.\n") },
    { path: "empty.txt", bytes: enc("  \n") },
    { path: "bad.md", bytes: enc("---\ntitle: [unclosed\n---\nBody\n") },
    { path: "notes.pdf", bytes: enc("%PDF") },
    { path: "copy.txt", bytes: enc("date 2017-08-16\n\nMIAMI (CBSMiami) – Groups protest Sessions on Wednesday.\n") },
  ];
  const archive = runPipeline(files, { buildDay: DAY });

  it("returns an archive that passes the schema", () => {
    expect(archiveSchema.safeParse(archive).success).toBe(true);
  });

  it("accounts for every input file: a story, or a message naming it", () => {
    for (const f of files) {
      const story = archive.stories.some((s) => s.record.sourceFile === f.path);
      const named = archive.messages.some((m) => m.file === f.path && (m.severity === "error" || m.ruleId === "read/not-an-article"));
      expect(story || named, f.path).toBe(true);
    }
    expect(archive.stats).toMatchObject({ files: 6, stories: 3, dated: 2, undated: 1, errors: 2 });
  });

  it("sorts newest first with undated stories last", () => {
    expect(archive.stories.map((s) => s.record.date)).toEqual(["2017-08-16", "2017-08-16", null]);
  });

  it("gives same-titled stories on the same day distinct, stable addresses", () => {
    const urls = archive.stories.map((s) => s.record.url);
    expect(new Set(urls).size).toBe(urls.length);
    const again = runPipeline([...files].reverse(), { buildDay: DAY });
    expect(again.stories.map((s) => s.record.url)).toEqual(urls);
  });

  it("marks files with the same text as duplicates of each other, keeping both", () => {
    const b = archive.stories.find((s) => s.record.sourceFile === "b.txt")!;
    const copy = archive.stories.find((s) => s.record.sourceFile === "copy.txt")!;
    expect(b.duplicateOf).toEqual([copy.record.id]);
    expect(copy.duplicateOf).toEqual([b.record.id]);
    expect(archive.messages).toContainEqual(expect.objectContaining({ file: "copy.txt", ruleId: "story/duplicate" }));
  });

  it("sorts messages by file and line", () => {
    const files = archive.messages.map((m) => m.file);
    expect(files).toEqual([...files].sort((a, b) => a.localeCompare(b, "en")));
  });

  it("rejects an unsafe front-matter slug and uses the title's", () => {
    const a = runPipeline([{ path: "x.md", bytes: enc("---\ntitle: Safe Title\nslug: ../../etc/passwd\n---\nBody text.\n") }], { buildDay: DAY });
    expect(a.stories[0]!.record.url).toBe("/stories/undated/safe-title/");
    expect(a.messages).toContainEqual(expect.objectContaining({ ruleId: "front-matter/unsafe-slug", severity: "warning" }));
  });

  it("never throws on garbage and still accounts for it", () => {
    const junk = new Uint8Array(4096).map((_, i) => (i * 7919) % 256 || 1);
    const a = runPipeline([{ path: "junk.txt", bytes: junk }], { buildDay: DAY });
    expect(a.stories.length + a.messages.filter((m) => m.severity === "error").length).toBeGreaterThan(0);
  });
});
