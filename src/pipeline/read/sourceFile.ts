import { createHash } from "node:crypto";
import path from "node:path";
import type { Message } from "../schema/index.ts";
import { message } from "../report/messages.ts";

/** One input file as read from disk (or handed in by a test). */
export interface RawFile {
  /** Path relative to the seeds folder, forward slashes. */
  path: string;
  bytes: Uint8Array;
}

export type ArticleFormat = "text" | "markdown";

/** A decoded article file, ready for the pipeline. */
export interface SourceFile {
  path: string;
  format: ArticleFormat;
  /** The decoded text exactly as in the file (only the encoding was undone). */
  text: string;
  /** sha256 of the bytes, the cache key for parsed records. */
  contentHash: string;
}

export const ARTICLE_EXTENSIONS: Record<string, ArticleFormat> = {
  ".txt": "text",
  ".text": "text",
  ".md": "markdown",
  ".markdown": "markdown",
};

/** Characters that never occur in text: more than this share of them means a binary file. */
const MAX_CONTROL_CHAR_SHARE = 0.01;

export function articleFormat(filePath: string): ArticleFormat | null {
  return ARTICLE_EXTENSIONS[path.extname(filePath).toLowerCase()] ?? null;
}

/**
 * Decode one file's bytes: UTF-8 when valid, otherwise Windows-1252 (what most "broken"
 * saved articles are) with a warning. Binary and empty files become errors, so the file is
 * still accounted for.
 */
export function decodeFile(raw: RawFile): { file: SourceFile | null; messages: Message[] } {
  const messages: Message[] = [];
  const format = articleFormat(raw.path);
  if (format === null) {
    messages.push(message("warning", "read/not-an-article", raw.path, null,
      `Ignored: "${path.extname(raw.path) || raw.path}" is not an article extension, expected one of ${Object.keys(ARTICLE_EXTENSIONS).join(", ")}`));
    return { file: null, messages };
  }
  // Notepad's "Unicode" is UTF-16 with a byte-order mark; its many NUL bytes are not binary.
  const utf16 = raw.bytes[0] === 0xff && raw.bytes[1] === 0xfe ? "utf-16le" : raw.bytes[0] === 0xfe && raw.bytes[1] === 0xff ? "utf-16be" : null;
  if (utf16) {
    const text = new TextDecoder(utf16).decode(raw.bytes);
    if (text.trim() === "") {
      messages.push(message("error", "read/empty", raw.path, null, "Empty file: no article text to build a story from"));
      return { file: null, messages };
    }
    messages.push(message("info", "read/encoding", raw.path, null, `Decoded as ${utf16.toUpperCase()} (it starts with a UTF-16 byte-order mark)`));
    return { file: { path: raw.path, format, text, contentHash: hashBytes(raw.bytes) }, messages };
  }
  if (raw.bytes.includes(0)) {
    messages.push(message("error", "read/binary", raw.path, null, "Unexpected NUL bytes: this looks like a binary file, not an article"));
    return { file: null, messages };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(raw.bytes);
  } catch {
    text = decodeWindows1252(raw.bytes);
    messages.push(message("warning", "read/encoding", raw.path, firstBadUtf8Line(raw.bytes),
      "Invalid UTF-8, decoded as Windows-1252; check accented letters and quotes"));
  }
  const controls = text.match(/[\u0001-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (text.length > 0 && controls / text.length > MAX_CONTROL_CHAR_SHARE) {
    messages.push(message("error", "read/binary", raw.path, null, `Unexpected control characters (${controls}): this looks like a binary file, not an article`));
    return { file: null, messages };
  }
  if (text.replace(/^\uFEFF/, "").trim() === "") {
    messages.push(message("error", "read/empty", raw.path, null, "Empty file: no article text to build a story from"));
    return { file: null, messages };
  }
  const contentHash = hashBytes(raw.bytes);
  return { file: { path: raw.path, format, text, contentHash }, messages };
}

/**
 * Windows-1252 differs from Latin-1 only in 0x80-0x9F, where it has curly quotes, dashes and
 * the euro sign. Node's TextDecoder("windows-1252") decodes those bytes as Latin-1 control
 * characters, so this table fills them in (0x81, 0x8D, 0x8F, 0x90, 0x9D are unassigned).
 */
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

function hashBytes(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The 1-based line of the first byte sequence that is not valid UTF-8. */
function firstBadUtf8Line(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x0a) line++;
    if (b < 0x80) continue;
    const len = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 0;
    try {
      if (len === 0) throw new Error("stray continuation byte");
      decoder.decode(bytes.subarray(i, i + len));
      i += len - 1;
    } catch {
      return line;
    }
  }
  return line;
}
