import { openQuoteIndex, splitSentences, truncateAtWord } from "./text.ts";

/** A headline is short: longer lines are paragraphs. */
export const HEADLINE_MAX_LENGTH = 200;
export const HEADLINE_MIN_WORDS = 3;
/** A lead that opens with a dateline ("MIAMI (CBSMiami) –") is never a headline. */
export const DATELINE_LEAD = /^[A-Z][A-Z .,'’-]{1,40}(?:\([^)]*\))?\s*(?:[–—]|--?)\s/;
/** Generated headlines are cut at a word near this length. */
export const GENERATED_HEADLINE_LENGTH = 90;

/**
 * Is this line (the first kept line of the article) a headline rather than the lead?
 * Headlines are short, have several words, and do not end like a sentence; a line that opens
 * with a dateline or a byline is not one.
 */
export function looksLikeHeadline(text: string, next: string | undefined): boolean {
  if (text.length > HEADLINE_MAX_LENGTH) return false;
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length < HEADLINE_MIN_WORDS) return false;
  if (/^by\s/i.test(text)) return false;
  if (DATELINE_LEAD.test(text)) return false;
  if (/[.:;,]$/.test(text) && !/\b(?:U\.S|Jr|Sr|Inc|Co|St)\.$/.test(text)) return false;
  // A lone line followed by a longer paragraph, or written in title case, reads as a headline.
  const capitalised = words.filter((w) => /^[\p{Lu}\d‘“"'(]/u.test(w)).length / words.length;
  const followedByParagraph = next !== undefined && next.length > text.length;
  return capitalised >= 0.5 || followedByParagraph;
}

/** A clause cut shorter than this leaves too little to read as a headline. */
export const GENERATED_HEADLINE_MIN_CLAUSE = 40;
/** Where a clause ends: a comma or dash, or before a word that opens a subordinate clause. */
const CLAUSE_BREAK = /(?:,|\s[–—]|\s(?=(?:when|after|before|as|because|while|who|which|where|since|amid|despite|following|according to|but)\s))/g;

/**
 * A short headline made from the lead sentence: whole if it fits; else cut at the last clause
 * boundary that leaves a readable headline; else cut at a word with an ellipsis. Never inside
 * a quotation.
 */
export function generateHeadline(lead: string): string {
  const sentence = splitSentences(lead)[0] ?? lead;
  const bare = sentence.replace(/[.!?]+["”’']?$/, "").trim();
  if (bare.length <= GENERATED_HEADLINE_LENGTH) return bare;
  let clause = -1;
  for (const m of bare.matchAll(CLAUSE_BREAK)) {
    if (m.index > GENERATED_HEADLINE_LENGTH) break;
    if (m.index >= GENERATED_HEADLINE_MIN_CLAUSE && openQuoteIndex(bare.slice(0, m.index)) === -1) clause = m.index;
  }
  if (clause !== -1) {
    const head = truncateAtWord(bare.slice(0, clause), GENERATED_HEADLINE_LENGTH).text;
    if (head.length >= GENERATED_HEADLINE_MIN_CLAUSE) return head;
  }
  const { text } = truncateAtWord(bare, GENERATED_HEADLINE_LENGTH);
  return `${text || bare.slice(0, GENERATED_HEADLINE_LENGTH)}…`;
}
