import type { Quote } from "../schema/index.ts";
import type { Mention } from "./entities.ts";

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

const SAYING = "said|says|say|told|tells|called|calls|calling|described|describes|added|adds|explained|explains|wrote|writes|asked|asks|argued|argues|noted|notes|stated|states|insisted|insists|recalled|recalls|continued|continues|replied|responded|testified|tweeted|posted|acknowledged|admitted|announced|warned|urged|vowed|declared|dijo|dice|afirmó|aseguró|explicó|agregó|añadió|señaló|indicó|expresó";
const SAYING_WORD = new RegExp(`(?<![\\p{L}])(?:${SAYING})(?![\\p{L}])`, "iu");
const PRONOUN_SAID = new RegExp(`(?<![\\p{L}])(?:(?:he|she)\\s+(?:${SAYING})|(?:${SAYING})\\s+(?:he|she))(?![\\p{L}])`, "iu");

/** "the attorney general said", "said the mayor": a speaker named by a title. */
const ROLE_SAID = new RegExp(`(?<![\\p{L}])the\\s+((?:[a-z]+[ -]){0,2}[a-z]+)\\s+(?:(?:has|had|have|has repeatedly|also|again|then|later|once)\\s+){0,2}(?:${SAYING})(?![\\p{L}])|(?<![\\p{L}])(?:${SAYING})\\s+the\\s+((?:[a-z]+[ -]){0,2}[a-z]+)`, "iu");

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
  const re = /“([^”]*)(?:”|$)|"([^"]*)(?:"|$)/g;
  for (const m of text.matchAll(re)) {
    const inner = (m[1] ?? m[2] ?? "").trim();
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
  for (const [p, text] of paragraphs.entries()) {
    const spans = quotedSpans(text);
    if (!spans.some((sp) => sp.long)) continue;
    const here = mentions.filter((m) => m.paragraph === p && m.kind !== "place");
    const lastPersonBefore = (offset: number): string | null => {
      // "the Trump administration" names an administration, not someone who could be "he".
      const before = mentions.filter((m) => m.kind === "person" && (m.paragraph < p || (m.paragraph === p && m.end <= offset)) && !MODIFIER.test(paragraphs[m.paragraph]!.slice(m.end, m.end + 30)));
      return before.at(-1)?.name ?? null;
    };
    // One attribution per paragraph usually covers all its quotations: find it once.
    let paragraphSpeaker: string | null = null;
    const speakers = spans.map((span, i) => {
      const afterEnd = Math.min(spans[i + 1]?.start ?? text.length, span.end + ATTRIBUTION_REACH);
      const after = { from: span.end, to: afterEnd };
      const beforeStart = Math.max(spans[i - 1]?.end ?? 0, span.start - ATTRIBUTION_REACH);
      const before = { from: beforeStart, to: span.start };
      return speakerIn(text, after, here, mentions, lastPersonBefore) ?? speakerIn(text, before, here, mentions, lastPersonBefore, true);
    });
    paragraphSpeaker = speakers.find((s) => s !== null) ?? null;
    const outside = spans.reduce((rest, s) => rest.replace(text.slice(s.start, s.end), ""), text).trim();
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
  const person = inside.find((m) => m.kind === "person");
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
  for (const m of window.matchAll(/(?<!(?:^|[\s(])(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Sgt|Dir|St|Jr|Sr|U\.S|Capt|Col))[.!?]["”’)]*\s+/gu)) start = m.index! + m[0].length;
  return start;
}

/** Where the first sentence after a quotation ends (a period that is not an initial or title). */
function firstSentenceEnd(window: string): number {
  const m = /(?<!\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Sgt|Dir|St|Jr|Sr|U\.S|Capt|Col))[.!?](?=\s|$)/u.exec(window);
  return m ? m.index + 1 : window.length;
}
