import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline/index.ts";
import { archiveSchema, type Archive } from "../../src/pipeline/schema/index.ts";
import { exportJson } from "../../src/pipeline/report/export.ts";
import { bodyHtml } from "../../src/eleventy/filters/body.ts";

const DAY = "2026-01-01";
const enc = (s: string) => new TextEncoder().encode(s);

/** Pieces real saved articles are made of, and pieces hostile ones are made of. */
const FRAGMENTS = [
  "date 2017-08-16",
  "---",
  "title: A title",
  "date: 2019-02-30",
  "slug: ../../etc",
  "MIAMI (CBSMiami) – ",
  "By Jane Roe | March 18, 2020 at 6:29 AM",
  "Posted: 10/11/2023",
  "on Wednesday",
  "Follow CBSMIAMI.COM: Facebook | Twitter",
  "Related Stories",
  "</script><script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  "[click](javascript:alert(1))",
  "# Heading",
  "\u0000",
  "\uFEFF",
  "\r\n",
  "\r",
  "\u00a0",
  "“",
  "é",
  "\uD800",
  "Sessions said.",
  "The council voted on Tuesday to approve the budget.",
];

/** Text made of realistic and hostile pieces joined by spaces and line breaks. */
const articleText = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 40 })), { maxLength: 40 }).chain((parts) =>
  fc.array(fc.constantFrom(" ", "\n", "\n\n"), { minLength: parts.length, maxLength: parts.length }).map((seps) => parts.map((p, i) => p + seps[i]).join("")),
);

/** Any bytes at all, or the bytes of such a text (decoded as UTF-8 or not). */
const fileBytes = fc.oneof(fc.uint8Array({ maxLength: 600 }), articleText.map(enc));

/** Up to six files with distinct names, some with folders, spaces, non-ASCII letters or odd extensions. */
const fileSet = fc.uniqueArray(
  fc.record({
    path: fc.tuple(fc.constantFrom("", "nested/", "deep/er/"), fc.constantFrom("a", "b c", "é", "x-1", "Notes"), fc.constantFrom(".txt", ".md", ".markdown", ".TXT", ".pdf", "")).map(([dir, name, ext]) => `${dir}${name}${ext}`),
    bytes: fileBytes,
  }),
  { minLength: 1, maxLength: 6, selector: (f) => f.path },
);

/** Every file ends as a story, or is named in an error or in the note that it is not an article. */
function unaccounted(archive: Archive, paths: readonly string[]): string[] {
  return paths.filter(
    (p) =>
      !archive.stories.some((s) => s.record.sourceFile === p) &&
      !archive.messages.some((m) => m.file === p && (m.severity === "error" || m.ruleId === "read/not-an-article")),
  );
}

describe("the pipeline on any input (property-based)", () => {
  it("never throws, returns records that pass the schema, and accounts for every file", () => {
    fc.assert(
      fc.property(fileSet, (files) => {
        const archive = runPipeline(files, { buildDay: DAY });
        const parsed = archiveSchema.safeParse(archive);
        expect(parsed.success, parsed.error?.message).toBe(true);
        expect(unaccounted(archive, files.map((f) => f.path))).toEqual([]);
        expect(archive.stats.files).toBe(files.length);
      }),
      { numRuns: 150 },
    );
  });

  it("gives the same export for the same files in any order", () => {
    fc.assert(
      fc.property(fileSet, fc.boolean(), (files, reverse) => {
        const once = exportJson(runPipeline(files, { buildDay: DAY }));
        const again = exportJson(runPipeline(reverse ? [...files].reverse() : files, { buildDay: DAY }));
        expect(again).toBe(once);
      }),
      { numRuns: 60 },
    );
  });

  it("renders no script, event handler or javascript: address from any article body", () => {
    fc.assert(
      fc.property(articleText, fc.constantFrom("a.txt", "a.md"), (text, path) => {
        const archive = runPipeline([{ path, bytes: enc(`Headline for the test page\n\n${text}`) }], { buildDay: DAY });
        for (const story of archive.stories) {
          const html = bodyHtml(story);
          // Text may say "javascript:" or "onerror=" (escaped, it is only text); no tag may carry them.
          expect(html).not.toMatch(/<\/?(?:script|iframe|object|embed|style)\b/i);
          expect(html).not.toMatch(/<[^>]*\son\w+\s*=/i);
          expect(html).not.toMatch(/<[^>]*(?:href|src)\s*=\s*["']?\s*(?:javascript|data|vbscript):/i);
        }
      }),
      { numRuns: 150 },
    );
  });
});
