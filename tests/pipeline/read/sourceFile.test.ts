import { describe, expect, it } from "vitest";
import { articleFormat, decodeFile } from "../../../src/pipeline/read/sourceFile.ts";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("decodeFile", () => {
  it("decodes UTF-8 text and hashes the bytes", () => {
    const { file, messages } = decodeFile({ path: "a.txt", bytes: bytes("Héllo “world”") });
    expect(file?.text).toBe("Héllo “world”");
    expect(file?.format).toBe("text");
    expect(file?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(messages).toEqual([]);
  });

  it("falls back to Windows-1252 with a warning naming the line", () => {
    // "caf\xe9" is Latin-1/1252 for "café", invalid as UTF-8; \x93 \x94 are curly quotes in 1252.
    const raw = new Uint8Array([0x6f, 0x6b, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x78, 0x94]);
    const { file, messages } = decodeFile({ path: "old.txt", bytes: raw });
    expect(file?.text).toBe("ok\ncafé “x”");
    expect(messages).toEqual([expect.objectContaining({ severity: "warning", ruleId: "read/encoding", file: "old.txt", line: 2 })]);
  });

  it("makes empty and whitespace-only files errors", () => {
    for (const text of ["", "  \n\t\n", "\uFEFF"]) {
      const { file, messages } = decodeFile({ path: "e.txt", bytes: bytes(text) });
      expect(file).toBeNull();
      expect(messages[0]).toMatchObject({ severity: "error", ruleId: "read/empty", file: "e.txt" });
    }
  });

  it("makes binary files errors", () => {
    const { file, messages } = decodeFile({ path: "b.txt", bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]) });
    expect(file).toBeNull();
    expect(messages[0]).toMatchObject({ severity: "error", ruleId: "read/binary" });
  });

  it("ignores files that are not articles, with a warning the build prints", () => {
    const { file, messages } = decodeFile({ path: "story.html", bytes: new Uint8Array([0x3c, 0x70]) });
    expect(file).toBeNull();
    expect(messages[0]).toMatchObject({ severity: "warning", ruleId: "read/not-an-article", file: "story.html" });
  });

  it("decodes UTF-16 with a byte-order mark (Notepad's 'Unicode')", () => {
    const text = "Héadline\r\nBody “quoted”";
    const le = new Uint8Array([0xff, 0xfe, ...Array.from(text).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(decodeFile({ path: "u.txt", bytes: le }).file?.text).toBe(text);
  });
});

describe("articleFormat", () => {
  it("knows text and Markdown extensions, case-insensitively", () => {
    expect(articleFormat("a/B.TXT")).toBe("text");
    expect(articleFormat("note.md")).toBe("markdown");
    expect(articleFormat("note.markdown")).toBe("markdown");
    expect(articleFormat(".DS_Store")).toBeNull();
  });
});
