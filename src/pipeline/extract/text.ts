/** Small text helpers shared by the extractors. */

/** Abbreviations after which a period does not end a sentence. */
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gov", "sen", "rep", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm",
  "dir", "dept", "supt", "insp", "det", "atty", "pres", "rev", "hon", "no", "vs", "etc", "inc", "corp", "co", "ltd", "bros",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  "u.s", "u.k", "u.n", "d.c", "a.m", "p.m", "e.g", "i.e", "ft", "mt", "ave", "blvd", "rd", "fla", "calif", "ill", "tenn", "ariz", "mass", "penn", "wash", "conn",
]);

/**
 * Split a paragraph into sentences. A period ends a sentence when a space and an upper-case
 * letter or an opening quote follow, unless it closes a known abbreviation or an initial.
 */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  const re = /([.!?]["'”’)]*)\s+(?=["'“‘(]?[A-Z0-9])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(paragraph))) {
    const end = m.index + m[1]!.length;
    // Only the word before the stop matters ("Mr.", "U.S."): look at a short tail, so a run of
    // abbreviations with no sentence end stays linear.
    const before = paragraph.slice(Math.max(start, m.index - 24), m.index);
    const lastWord = /(?<![A-Za-z.])[A-Za-z.]+$/.exec(before)?.[0]?.toLowerCase() ?? "";
    if (m[1]!.startsWith(".") && m[1]!.length === 1 && (ABBREVIATIONS.has(lastWord) || /^[a-z]$/i.test(lastWord))) continue;
    sentences.push(paragraph.slice(start, end).trim());
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;
}

/**
 * Shorten to at most `max` characters at a word boundary, never inside a quotation: when the
 * cut would fall inside quotes, it moves to before the opening quote mark.
 */
export function truncateAtWord(text: string, max: number): { text: string; truncated: boolean } {
  if (text.length <= max) return { text, truncated: false };
  let cut = text.lastIndexOf(" ", max);
  if (cut <= 0) cut = max;
  let head = text.slice(0, cut);
  const open = openQuoteIndex(head);
  if (open !== -1) head = text.slice(0, open);
  head = head.replace(/[\s,;:–—-]+$/u, "").replace(/\b(?:and|or|but|the|a|an|of|to|in|on|for|with|by|at|from|as|that|who|which)$/i, "").trimEnd();
  head = head.replace(/[\s,;:–—-]+$/u, "");
  return { text: head, truncated: true };
}

/** Index of a quotation opened in `text` and not closed, or -1. */
export function openQuoteIndex(text: string): number {
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "“") open = i;
    else if (c === "”") open = -1;
    else if (c === '"') {
      open = open === -1 ? i : -1;
    }
  }
  return open;
}

/** An excerpt of `text` around [start, end), at most about `max` characters, with ellipses. */
export function excerpt(text: string, start: number, end: number, max = 140): string {
  if (text.length <= max) return text;
  const room = Math.max(0, max - (end - start));
  let from = Math.max(0, start - Math.floor(room / 2));
  let to = Math.min(text.length, end + Math.ceil(room / 2));
  if (from > 0) from = text.indexOf(" ", from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(" ", to) > end ? text.lastIndexOf(" ", to) : to;
  return `${from > 0 ? "…" : ""}${text.slice(from, to).trim()}${to < text.length ? "…" : ""}`;
}

/** "MIAMI" -> "Miami", "NEW YORK" -> "New York", "ST. PETERSBURG" -> "St. Petersburg". */
export function titleCaseWords(text: string): string {
  return text.toLowerCase().replace(/(^|[\s.'’-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Lines that open with a byline or a timestamp label are metadata, whatever their length. */
const METADATA_LEAD = /^(?:by:?\s+\S|posted\b|published\b|updated\b|last updated\b)/i;

/**
 * A paragraph of the story rather than a line at the top of the page: long, or a sentence of a
 * dozen words. A title-case line is a headline even when it ends with a full stop.
 */
/** Items set apart by this many bars make a menu, however long. */
const MENU_MIN_BARS = 3;

export function isParagraphText(text: string): boolean {
  if (METADATA_LEAD.test(text)) return false;
  // A long menu ("Scotland | Scotland Politics | Edinburgh, Fife & East | …") is not prose.
  if ((text.match(/\s\|\s/g)?.length ?? 0) >= MENU_MIN_BARS) return false;
  const words = text.split(/\s+/);
  if (words.length >= 25) return true;
  if (words.length < 12 || !/[.!?]["”’)]?$/.test(text)) return false;
  const capitalised = words.filter((w) => /^[\p{Lu}\d‘“"'(]/u.test(w)).length / words.length;
  return !(capitalised >= 0.6 && words.length <= 20);
}
