import { describe, expect, it } from "vitest";
import { xmlSafe } from "../../src/eleventy/xml.ts";

describe("xmlSafe", () => {
  it("removes the control characters XML 1.0 forbids and keeps tabs, newlines and text", () => {
    expect(xmlSafe("a\u0000b\u0008c\u000bd\u001fe\ufffe\tf\ng\r\u00e9")).toBe("abcde\tf\ng\r\u00e9");
  });
});
