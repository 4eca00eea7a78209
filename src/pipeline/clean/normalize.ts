/** One line of an article: where it was, what the file said, and the normalised text we work on. */
export interface Line {
  /** 1-based line number in the original file. */
  n: number;
  original: string;
  text: string;
}

// Spaces that look like spaces but don't match \s in every tool, and invisible characters.
const ODD_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/**
 * Split text into lines (CRLF, LF and lone CR alike) and normalise each: odd spaces become
 * plain spaces, invisible characters go, runs of spaces collapse and the ends are trimmed.
 * The original of every line is kept, and the line count never changes.
 */
export function normalizeLines(text: string): Line[] {
  const withoutBom = text.replace(/^\uFEFF/, "");
  return withoutBom.split(/\r\n|\r|\n/).map((original, i) => ({
    n: i + 1,
    original,
    text: normalizeInline(original),
  }));
}

export function normalizeInline(text: string): string {
  return text
    .replace(INVISIBLE, "")
    .replace(ODD_SPACES, " ")
    // Scraped timestamps run together ("June 14, 20237:41 AM GMT+1Updated 2 hours ago").
    .replace(/\b((?:19|20)\d{2})(?=\d{1,2}:\d{2}\b)/g, "$1 ")
    .replace(/([\p{L}\d])(?=(?:Updated|Published|Posted)\b)/gu, "$1 ")
    .replace(/ {2,}/g, " ")
    .trim();
}
