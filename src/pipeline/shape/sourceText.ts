import type { SourceLine, SourceText } from "../schema/index.ts";

/** A file's lines, numbered from 1 without a gap, as a story keeps them (see sourceTextSchema). */
export function sourceText(lines: readonly SourceLine[]): SourceText {
  if (!lines.every((l, i) => l.n === i + 1)) throw new Error("sourceText: the lines must be the file's, numbered from 1 without a gap");
  return {
    lines: lines.map((l) => l.text).join("\n"),
    removed: lines.filter((l) => l.removedBy.length > 0).map((l) => ({ n: l.n, by: [...l.removedBy] })),
  };
}

/** The lines of a story's original file, each with the rules that removed it (none when it was kept). */
export function sourceLines(original: SourceText): SourceLine[] {
  const removed = new Map(original.removed.map((r) => [r.n, r.by]));
  return original.lines.split("\n").map((text, i) => ({ n: i + 1, text, removedBy: removed.get(i + 1) ?? [] }));
}
