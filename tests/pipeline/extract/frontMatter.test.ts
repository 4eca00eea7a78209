import { describe, expect, it } from "vitest";
import { normalizeLines } from "../../../src/pipeline/clean/normalize.ts";
import { readFrontMatter } from "../../../src/pipeline/extract/frontMatter.ts";

const read = (text: string) => readFrontMatter("a.md", normalizeLines(text));

describe("readFrontMatter", () => {
  it("reads fields and a YAML date as the same calendar day in any time zone", () => {
    const r = read("---\ntitle: Vote delayed\ndate: 2017-02-17\noutlet: Miami Herald\n---\nBody.");
    expect(r.ok).toBe(true);
    expect(r.data.title).toBe("Vote delayed");
    expect(r.date).toMatchObject({ value: "2017-02-17", precision: "day", line: 3 });
    expect(r.bodyStart).toBe(5);
  });

  it("accepts a month or a year as a date of that precision", () => {
    expect(read("---\ndate: '2017-08'\n---\nx").date).toMatchObject({ value: "2017-08-01", precision: "month" });
    expect(read("---\ndate: '1999'\n---\nx").date).toMatchObject({ value: "1999-01-01", precision: "year" });
  });

  it("returns nothing for a file without front matter", () => {
    const r = read("Headline\n\nBody");
    expect(r).toMatchObject({ ok: true, bodyStart: 0, date: null, messages: [] });
  });

  it("makes broken YAML an error with its file line", () => {
    const r = read("---\ntitle: ok\ntopics: [a, b\nsummary: x\n---\nBody");
    expect(r.ok).toBe(false);
    expect(r.messages[0]).toMatchObject({ severity: "error", ruleId: "front-matter/yaml", file: "a.md" });
    expect(r.messages[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it("makes an unclosed block an error", () => {
    expect(read("---\ntitle: x\nBody").messages[0]).toMatchObject({ ruleId: "front-matter/unclosed", line: 1 });
  });

  it("names an invalid date's value", () => {
    const r = read("---\ndate: 2017-02-30\n---\nx");
    expect(r.ok).toBe(false);
    expect(r.messages[0]).toMatchObject({ severity: "error", ruleId: "front-matter/invalid-date", line: 2 });
  });

  it("warns about unknown keys with their line", () => {
    const r = read("---\ntitle: x\nheadlin: typo\n---\nx");
    expect(r.ok).toBe(true);
    expect(r.messages).toEqual([expect.objectContaining({ severity: "warning", ruleId: "front-matter/unknown-key", line: 3 })]);
    expect(r.messages[0]!.reason).toContain('"headlin"');
  });
});

describe("front matter as editors write it", () => {
  it("keeps the written day of a timestamp in any form, never the UTC day", () => {
    for (const line of ["date: 2017-08-16T23:30:00-04:00", "date : 2017-08-16T23:30:00-04:00", '"date": "2017-08-16 23:30:00 -0400"', "date: 2017-08-16 10:00:00 -0400"]) {
      expect(read(`---\n${line}\n---\nx`).date, line).toMatchObject({ value: "2017-08-16", precision: "day", line: 2 });
    }
  });

  it("accepts empty values, numbers and lists without failing the file", () => {
    const r = read("---\ntitle: 1984\ndate:\nauthor: [Ana Ruiz, Leo Park]\ntags: [2017, election]\ntopics: immigration, courts\n---\nx");
    expect(r.ok).toBe(true);
    expect(r.data).toMatchObject({ title: "1984", author: "Ana Ruiz, Leo Park", tags: ["2017", "election"], topics: ["immigration", "courts"] });
    expect(r.date).toBeNull();
  });

  it("ignores a date after the build day or before 1800, with a warning", () => {
    const r = readFrontMatter("a.md", normalizeLines("---\ndate: 2107-08-16\n---\nx"), { markdown: true, buildDay: "2026-01-01" });
    expect(r.date).toBeNull();
    expect(r.messages[0]).toMatchObject({ severity: "warning", ruleId: "front-matter/implausible-date", line: 2 });
  });

  it("in plain text, takes a leading rule for a rule, not for broken front matter", () => {
    const txt = (t: string) => readFrontMatter("a.txt", normalizeLines(t), { markdown: false, buildDay: "2026-01-01" });
    expect(txt("---\nSome words: here and there\nMore text\n---\nBody")).toMatchObject({ ok: true, bodyStart: 0, messages: [] });
    expect(txt("---\nHeadline\n\nBody without a closing rule")).toMatchObject({ ok: true, bodyStart: 0 });
    expect(txt("---\ntitle: Real\n---\nBody")).toMatchObject({ ok: true, bodyStart: 3, data: { title: "Real" } });
  });
});

describe("front matter from other tools", () => {
  it("reads web-clipper and feed names for the same fields, and ignores the clipping day", () => {
    const r = read('---\ntitle: "Lake study"\npublished: 2023-04-18\ncreated: 2024-01-05\nsite: "Ridgefield University News"\nauthor:\n  - "[[Office of Communications]]"\ndescription: A summary.\ncategories: [science]\n---\nx');
    expect(r.messages).toEqual([]);
    expect(r.date).toMatchObject({ value: "2023-04-18", line: 3 });
    expect(r.data).toMatchObject({ outlet: "Ridgefield University News", author: "Office of Communications", summary: "A summary.", topics: ["science"] });
  });
});
