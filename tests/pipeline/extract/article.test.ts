import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/pipeline/extract/article.ts";
import type { SourceFile } from "../../../src/pipeline/read/sourceFile.ts";
import { sourceLines } from "../../../src/pipeline/shape/sourceText.ts";

const DAY = "2026-01-01";
const file = (text: string, format: SourceFile["format"] = "text", path = "a.txt"): SourceFile => ({ path, format, text, contentHash: "x" });

describe("extractArticle", () => {
  it("splits a header line shared with boilerplate and keeps both marks on the original line", () => {
    const { draft } = extractArticle(file(" date 2017-08-16 Follow CBSMIAMI.COM: Facebook | Twitter\n\nMIAMI (CBSMiami) – Groups will protest on Wednesday.\n"), DAY);
    expect(draft!.date).toMatchObject({ date: "2017-08-16", source: "header", confidence: "high" });
    expect(sourceLines(draft!.original)[0]).toEqual({ n: 1, text: " date 2017-08-16 Follow CBSMIAMI.COM: Facebook | Twitter", removedBy: ["date-header", "social-follow"] });
    expect(draft!.paragraphs).toEqual(["MIAMI (CBSMiami) – Groups will protest on Wednesday."]);
    expect(draft!).toMatchObject({ outlet: "CBS Miami", dateline: "Miami", titleSource: "generated" });
    expect(draft!.summary).toBe("Groups will protest on Wednesday.");
  });

  it("keeps a header that shares its line with the headline", () => {
    const { draft } = extractArticle(file("date 2019-06-04 Council Approves New Bike Lanes Downtown\n\nThe council on Monday approved the plan.\n"), DAY);
    expect(draft).toMatchObject({ title: "Council Approves New Bike Lanes Downtown", titleSource: "headline" });
  });

  it("takes the caption out of the body and keeps it as a caption", () => {
    const { draft } = extractArticle(file("Headline For This Story Here\n\nThe body on Wednesday.\n\nSessions speaks on Aug. 16, 2017. (Credit: CNN)\n\nMore body.\n"), DAY);
    expect(draft!.captions).toEqual([{ line: 5, text: "Sessions speaks on Aug. 16, 2017. (Credit: CNN)" }]);
    expect(draft!.paragraphs).toEqual(["The body on Wednesday.", "More body."]);
    expect(draft!.date).toMatchObject({ date: "2017-08-16", confidence: "low", source: "text" });
  });

  it("lets front matter override everything inferred", () => {
    const md = "---\ntitle: Editor Title\ndate: 2020-05-01\noutlet: The Paper\ndateline: Tampa\nsummary: Editor summary.\n---\n# Markdown Title\n\nTAMPA (WFLA) — Body text here.\n";
    const { draft, messages } = extractArticle(file(md, "markdown", "a.md"), DAY);
    expect(messages).toEqual([]);
    expect(draft).toMatchObject({ title: "Editor Title", titleSource: "front-matter", outlet: "The Paper", dateline: "Tampa", summary: "Editor summary." });
    expect(draft!.date).toMatchObject({ date: "2020-05-01", source: "front-matter" });
    expect(sourceLines(draft!.original).slice(0, 7).every((l) => l.removedBy.includes("front-matter"))).toBe(true);
  });

  it("joins hard-wrapped plain text back into paragraphs", () => {
    const wrapped = "Headline Of A Wrapped Story\n\nThe county commission voted on Tuesday to approve the\nbudget after a long debate that lasted into the night.\n\nSecond paragraph.\n";
    expect(extractArticle(file(wrapped), DAY).draft!.paragraphs).toEqual([
      "The county commission voted on Tuesday to approve the budget after a long debate that lasted into the night.",
      "Second paragraph.",
    ]);
  });

  it("says an undated story is undated, with a warning", () => {
    const { draft, messages } = extractArticle(file("The library will open on Sundays, officials said.\n"), DAY);
    expect(draft!.date).toMatchObject({ date: null, precision: "unknown", confidence: "none" });
    expect(messages).toContainEqual(expect.objectContaining({ severity: "warning", ruleId: "date/none", file: "a.txt" }));
  });

  it("ignores an impossible or future header date with a warning naming the line", () => {
    const { draft, messages } = extractArticle(file("date 2031-02-01\n\nBody text.\n"), DAY);
    expect(draft!.date.date).toBeNull();
    expect(messages).toContainEqual(expect.objectContaining({ ruleId: "date/implausible-header", line: 1 }));
  });

  it("makes a file with nothing but boilerplate an error", () => {
    const { draft, messages } = extractArticle(file("Share This Story\n\nGet our newsletter\n"), DAY);
    expect(draft).toBeNull();
    expect(messages).toContainEqual(expect.objectContaining({ severity: "error", ruleId: "article/no-text" }));
  });
});

describe("odd Markdown and empty leads", () => {
  it("reads a setext heading as the headline", () => {
    const { draft } = extractArticle(file("Council Passes Budget\n=====================\n\nThe council voted on Monday.\n", "markdown", "a.md"), DAY);
    expect(draft).toMatchObject({ title: "Council Passes Budget", titleSource: "headline", paragraphs: ["The council voted on Monday."] });
  });

  it("skips an image-only first paragraph for the generated headline and summary", () => {
    const { draft } = extractArticle(file("![crowd](a.jpg)\n\nThe council voted on Monday to keep the library open.\n", "markdown", "a.md"), DAY);
    expect(draft!.title).toBe("The council voted on Monday to keep the library open");
    expect(draft!.summary).toBe("The council voted on Monday to keep the library open.");
  });

  it("makes a file with no words an error that names it, not an invalid story", () => {
    const { draft, messages } = extractArticle(file("...\n", "text", "2017/x.txt"), DAY);
    expect(draft).toBeNull();
    expect(messages).toContainEqual(expect.objectContaining({ severity: "error", ruleId: "article/no-text", file: "2017/x.txt" }));
  });
});

describe("feed items saved as text", () => {
  it("takes the Title field as the headline and the pubDate as the date", () => {
    const text = "Feed: Lakeshore Public Radio - Local News\nTitle: Island ferry adds early-morning run\nLink: https://example.org/news/ferry\npubDate: Tue, 04 May 2021 08:00:00 GMT\nDescription: The ferry adds a run.\n\nThe island ferry will add a 5:30 a.m. run from Memorial Day, the county said on Monday.\n";
    const { draft } = extractArticle(file(text), DAY);
    expect(draft).toMatchObject({ title: "Island ferry adds early-morning run", titleSource: "headline" });
    expect(draft!.date).toMatchObject({ date: "2021-05-04", confidence: "high" });
    expect(draft!.paragraphs).toEqual(["The island ferry will add a 5:30 a.m. run from Memorial Day, the county said on Monday."]);
  });
});
