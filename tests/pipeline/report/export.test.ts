import { describe, expect, it } from "vitest";
import { runPipeline } from "../../../src/pipeline/index.ts";
import { exportChunks, exportJson, toExport } from "../../../src/pipeline/report/export.ts";
import { formatMessage, message } from "../../../src/pipeline/report/messages.ts";

const CONTRACT_KEYS = ["id", "slug", "url", "sourceFile", "title", "titleSource", "date", "datePrecision", "dateSource", "dateConfidence", "dateEvidence", "outlet", "dateline", "byline", "summary", "wordCount", "topics", "people", "places", "organizations", "quotes", "eventId"];

describe("export", () => {
  const archive = runPipeline([{ path: "a.txt", bytes: new TextEncoder().encode("date 2017-08-16\n\nBody </script><script>alert(1)</script> text.\n") }], { buildDay: "2026-01-01" });

  it("has exactly the contract's keys, in its order", () => {
    expect(Object.keys(toExport(archive).stories[0]!)).toEqual(CONTRACT_KEYS);
  });

  it("is byte-identical for the same input", () => {
    const again = runPipeline([{ path: "a.txt", bytes: new TextEncoder().encode("date 2017-08-16\n\nBody </script><script>alert(1)</script> text.\n") }], { buildDay: "2026-01-01" });
    expect(exportJson(again)).toBe(exportJson(archive));
  });

  it("is, piece by piece, the same text as the whole export pretty-printed, for archives small, larger than a piece, and empty", () => {
    const many = runPipeline(
      Array.from({ length: 1201 }, (_, i) => ({ path: `s${i}.txt`, bytes: new TextEncoder().encode(`Story ${i} “quoted”\n\nMarch ${(i % 28) + 1}, 2019\n\nThe council met on item ${i}.\n`) })),
      { buildDay: "2026-01-01" },
    );
    const empty = runPipeline([], { buildDay: "2026-01-01" });
    for (const a of [archive, many, empty]) expect(exportJson(a)).toBe(`${JSON.stringify(toExport(a), null, 2)}\n`);
    expect([...exportChunks(many)].length).toBeGreaterThan(3);
  });

  it("round-trips article text exactly", () => {
    expect(JSON.parse(exportJson(archive)).stories[0].summary).toContain("</script><script>alert(1)</script>");
  });
});

describe("formatMessage", () => {
  it("reads file:line severity rule reason", () => {
    expect(formatMessage(message("error", "front-matter/yaml", "a.md", 3, "Bad YAML", 5))).toBe("a.md:3:5 error front-matter/yaml Bad YAML");
    expect(formatMessage(message("warning", "date/none", "b.txt", null, "No date"))).toBe("b.txt warning date/none No date");
  });
});
