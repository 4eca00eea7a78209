import type { Quote } from "../schema/index.ts";
import { SAYING_VERBS, type Mention } from "./entities.ts";

/**
 * Direct quotations and who said them. A quotation is text in quotation marks of at least
 * QUOTE_MIN_WORDS words (shorter ones are scare quotes and titles: “sanctuary cities”). Its
 * speaker is the person named beside a verb of saying next to it (“…,” said Jonathan Fried;
 * Sessions said: “…”); a pronoun (“…,” he said) is the person named last before the quotation;
 * a paragraph that is one quotation with no attribution continues the previous paragraph's
 * speaker. An organization can be a speaker (“…,” the Justice Department said); otherwise the
 * speaker is null, never a guess.
 */
export const QUOTE_MIN_WORDS = 5;
/** How far from a quotation (in characters) its attribution may sit. */
export const ATTRIBUTION_REACH = 120;

/** The entity finder's verbs of saying, and those that frame a quotation too ("called it “…”"). */
const SAYING = [...SAYING_VERBS, "called", "calls", "calling", "described", "describes", "continues", "indicó", "expresó"].join("|");
const SAYING_WORD = new RegExp(`(?<![\\p{L}])(?:${SAYING})(?![\\p{L}])`, "iu");
const PRONOUN_SAID = new RegExp(`(?<![\\p{L}])(?:(?:he|she)\\s+(?:${SAYING})|(?:${SAYING})\\s+(?:he|she))(?![\\p{L}])`, "iu");

/** "the attorney general said", "said the mayor": a speaker named by a title. */
const ROLE_SAID = new RegExp(`(?<![\\p{L}])the\\s+((?:[a-z]+[ -]){0,2}[a-z]+)\\s+(?:(?:has|had|have|has repeatedly|also|again|then|later|once)\\s+){0,2}(?:${SAYING})(?![\\p{L}])|(?<![\\p{L}])(?:${SAYING})\\s+the\\s+((?:[a-z]+[ -]){0,2}[a-z]+)`, "iu");

/** Abbreviations that end with a period but not a sentence ("Det. Maria Lopez", "U.S."). */
const TITLE_ABBREVIATIONS = "Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Sgt|Dir|St|Jr|Sr|U\\.S|Capt|Col|Maj|Adm|Cpl|Det|Prof|Rev|Supt|Atty|Cmdr|Insp|Hon|Pres|Ald|Mt|Ft|No|Inc|Co|Corp|Ltd";

/** The end of a sentence and the space after it; a period after an initial or a title is no end. */
const SENTENCE_BREAK = new RegExp(`(?<!(?:^|[\\s(])(?:\\p{Lu}|${TITLE_ABBREVIATIONS}))[.!?]["”’)]*\\s+`, "gu");
const SENTENCE_END = new RegExp(`(?<!\\b(?:\\p{Lu}|${TITLE_ABBREVIATIONS}))[.!?](?=\\s|$)`, "u");

/** A name used as a modifier: "the Trump administration", "Obama-era rules". */
const MODIFIER = /^(?:['’]s)?[\s-]+(?:administration|campaign|government|era|supporters|officials|aides|team|white house|presidency|policies|policy|voters|allies)\b/i;

interface Span {
  start: number;
  end: number;
  text: string;
  /** Long enough to be a quotation; short ones (scare quotes) still bound their neighbours' attributions. */
  long: boolean;
}

/** Quoted spans in a paragraph: “…” pairs, or straight "…" pairs; an unclosed quote runs to the end. */
function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  // “…”, "…", «…», and ‘…’ (British style; an apostrophe inside a word does not close it).
  const re = /“([^”]*)(?:”|$)|"([^"]*)(?:"|$)|«\s?([^»]*)(?:»|$)|(?<!\p{L})‘((?:[^’]|’(?=\p{L}))*)(?:’(?!\p{L})|$)/gu;
  for (const m of text.matchAll(re)) {
    const inner = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? "").trim();
    const long = inner.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= QUOTE_MIN_WORDS;
    spans.push({ start: m.index!, end: m.index! + m[0].length, text: inner, long });
  }
  return spans;
}

/**
 * The quotations of a story's paragraphs, each with its speaker. `mentions` are the story's
 * entity mentions (story-level names), in reading order, with their paragraph and offsets.
 */
export function findQuotes(paragraphs: readonly string[], mentions: readonly Mention[]): Quote[] {
  const quotes: Quote[] = [];
  let previous: { speaker: string | null; paragraph: number } | null = null;
  // Mentions by paragraph, and the people who could be "he" or "she": named as people, not as a
  // modifier ("the Trump administration" names an administration).
  const byParagraph = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = byParagraph.get(m.paragraph);
    if (list) list.push(m);
    else byParagraph.set(m.paragraph, [m]);
  }
  const isReferent = (m: Mention) => m.kind === "person" && !MODIFIER.test(paragraphs[m.paragraph]!.slice(m.end, m.end + 30));
  let lastBefore: string | null = null;
  for (const [p, text] of paragraphs.entries()) {
    const inParagraph = byParagraph.get(p) ?? [];
    const carried = lastBefore;
    for (const m of inParagraph) if (isReferent(m)) lastBefore = m.name;
    const spans = quotedSpans(text);
    if (!spans.some((sp) => sp.long)) continue;
    const here = inParagraph.filter((m) => m.kind !== "place");
    const lastPersonBefore = (offset: number): string | null => {
      let found = carried;
      for (const m of inParagraph) if (m.end <= offset && isReferent(m)) found = m.name;
      return found;
    };
    // One attribution per paragraph usually covers all its quotations: find it once.
    let paragraphSpeaker: string | null = null;
    const speakers = spans.map((span, i) => {
      const afterEnd = Math.min(spans[i + 1]?.start ?? text.length, span.end + ATTRIBUTION_REACH);
      const after = { from: span.end, to: afterEnd };
      const beforeStart = Math.max(spans[i - 1]?.end ?? 0, span.start - ATTRIBUTION_REACH);
      const before = { from: beforeStart, to: span.start };
      // "he said" after a quotation means someone named before it, not a name inside it.
      const beforeQuote = (offset: number) => lastPersonBefore(Math.min(offset, span.start));
      return speakerIn(text, after, here, mentions, beforeQuote) ?? speakerIn(text, before, here, mentions, beforeQuote, true);
    });
    paragraphSpeaker = speakers.find((s) => s !== null) ?? null;
    let outside = "";
    let at = 0;
    for (const sp of spans) {
      outside += text.slice(at, sp.start);
      at = sp.end;
    }
    outside = (outside + text.slice(at)).trim();
    // A paragraph that is only a quotation carries on the speaker of the one before it.
    const continues: string | null = paragraphSpeaker === null && !/\p{L}{3,}/u.test(outside) && previous !== null && previous.paragraph === p - 1 ? previous.speaker : null;
    for (const [i, span] of spans.entries()) if (span.long) quotes.push({ speaker: speakers[i] ?? paragraphSpeaker ?? continues, text: span.text });
    previous = { speaker: paragraphSpeaker ?? continues, paragraph: p };
  }
  return quotes;
}

/** The speaker an attribution in `text[from, to)` names, if it has a verb of saying. */
function speakerIn(text: string, range: { from: number; to: number }, mentions: readonly Mention[], allMentions: readonly Mention[], lastPersonBefore: (offset: number) => string | null, beforeQuote = false): string | null {
  const window = text.slice(range.from, range.to);
  // Before a quotation, only the sentence that leads into it ("Sessions said: “…”").
  const from = beforeQuote ? range.from + lastSentenceStart(window) : range.from;
  const to = beforeQuote ? range.to : range.from + firstSentenceEnd(window);
  const slice = text.slice(from, to);
  // "He pointed to the county as “proof that…”": a sentence whose subject is a pronoun quotes that person.
  if (beforeQuote && !SAYING_WORD.test(slice) && /^\s*(?:He|She)\s+\p{Ll}/u.test(slice)) return lastPersonBefore(from);
  if (!SAYING_WORD.test(slice) && !/according to/i.test(slice)) return null;
  const inside = mentions.filter((m) => m.offset >= from && m.end <= to);
  // Before a quotation, the sentence's subject: "Sessions said: “…”", "Trump vowed to “restore the rule of law.”"
  // …but not the one the words are about ("the mayor said of Jeff Sessions"), nor a modifier ("The Trump administration said").
  const person = inside.find((m) => m.kind === "person" && !/\b(?:of|about|on|with|to|against|for)\s+$/i.test(text.slice(Math.max(from, m.start - 12), m.start)) && !MODIFIER.test(text.slice(m.end, m.end + 30)));
  if (person) return person.name;
  if (PRONOUN_SAID.test(slice)) return lastPersonBefore(range.from);
  // "the attorney general said": the person the story gave that title.
  const role = ROLE_SAID.exec(slice);
  const roleWords = (role?.[1] ?? role?.[2])?.toLowerCase();
  if (roleWords) {
    const titled = allMentions.filter((m) => m.kind === "person" && m.title !== null && (m.title === roleWords || m.title.endsWith(` ${roleWords}`)));
    const names = new Set(titled.map((m) => m.name));
    if (names.size === 1) return titled[0]!.name;
  }
  const organization = inside.find((m) => m.kind === "organization");
  return organization?.name ?? null;
}

/** Where the last sentence of a stretch of text begins: after a period that is not an initial or a title ("John F. Kelly"). */
function lastSentenceStart(window: string): number {
  let start = 0;
  for (const m of window.matchAll(SENTENCE_BREAK)) start = m.index! + m[0].length;
  return start;
}

/** Where the first sentence after a quotation ends (a period that is not an initial or title). */
function firstSentenceEnd(window: string): number {
  const m = SENTENCE_END.exec(window);
  return m ? m.index + 1 : window.length;
}
