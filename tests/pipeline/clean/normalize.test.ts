import { describe, expect, it } from "vitest";
import { normalizeInline, normalizeLines } from "../../../src/pipeline/clean/normalize.ts";

describe("normalizeLines", () => {
  it("splits CRLF, LF and lone CR alike and keeps the line count", () => {
    const lines = normalizeLines("a\r\nb\rc\nd");
    expect(lines.map((l) => [l.n, l.text])).toEqual([[1, "a"], [2, "b"], [3, "c"], [4, "d"]]);
  });

  it("drops a byte-order mark and keeps the original of every line", () => {
    const [first] = normalizeLines("\uFEFF date 2017-08-16  Follow\u00a0us");
    expect(first!.text).toBe("date 2017-08-16 Follow us");
    expect(first!.original).toBe(" date 2017-08-16  Follow\u00a0us");
  });
});

describe("normalizeInline", () => {
  it("turns odd spaces into plain ones and removes invisible characters", () => {
    expect(normalizeInline("Get\u00a0Policies\u202fChanged\u200b\t ")).toBe("Get Policies Changed");
  });

  it("keeps curly quotes and dashes as written", () => {
    expect(normalizeInline("‘Sanctuary Cities’ – “yes”")).toBe("‘Sanctuary Cities’ – “yes”");
  });
});

describe("run-together timestamps", () => {
  it("pulls a year apart from a time and a word from 'Updated'", () => {
    expect(normalizeInline("June 14, 20237:41 AM GMT+1Updated 2 hours ago")).toBe("June 14, 2023 7:41 AM GMT+1 Updated 2 hours ago");
  });
});
