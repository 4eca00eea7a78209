import * as chrono from "chrono-node";
import type { DateCandidate, DateConfidence, DatePrecision, DateSource } from "../schema/index.ts";
import { excerpt, isParagraphText } from "./text.ts";
import { outletFromMasthead } from "./outlet.ts";
import { dayNumber, humanDay, isoDay, isRealDay, localNoon, MONTHS, WEEKDAYS, weekdayOf, weekdayOfNumber } from "./calendar.ts";

export { isRealDay, weekdayOf } from "./calendar.ts";

/** Plausibility bounds: nothing before this year is a news story date we can trust. */
export const EARLIEST_YEAR = 1800;
/** A line longer than this is running text, not a byline, timestamp or date line. */
export const MAX_DATE_LINE_LENGTH = 140;
/** How many content lines from the top may hold a byline or timestamp. */
export const TOP_LINES = 8;

/** A year written out ("2017", "'17") in the matched text. */
const WRITTEN_YEAR = /(?:^|[^\d])(?:1[89]\d\d|2[01]\d\d)(?!\d)|['’]\d{2}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2}\b/;

/** Words that make a line a byline or a timestamp line. */
const BYLINE_LINE = /^(?:by\s+\S|posted\b|published\b|updated\b|last updated\b|first published\b|created\b|date\b|filed\b|issued\b|release date\b|for (?:immediate )?release\b|pubdate\b|publicado\b|publié\b|publie le\b|veröffentlicht\b|pubblicato\b|gepubliceerd\b|publicerad\b)|[|•·]\s*(?:posted|published)\b/i;
/** A label in front of a date anywhere in the text ("Publication date: 05/08/2006"). */
const LABELLED_DATE = /\b(publication date|date published|release date|date of release|for (?:immediate )?release(?: on)?|published(?: on)?|posted(?: on)?|first published(?: on)?|originally published(?: on)?|issued(?: on)?|dated)\s*[:\-–]?\s*/i;
/** A label that marks a later revision, not publication: weaker than a publication label. */
const UPDATED_LABEL = /\b(?:updated|last updated|modified|revised)\b/i;
/** A date in a page address: ".../2021/03/03/council-passes-budget/". */
const URL_DATE = /(?<![\w.-])https?:\/\/[^\s/]{1,253}\/(?:[^\s]{0,300}?\/)?((?:19|20)\d{2})\/(0[1-9]|1[0-2])\/(?:(0[1-9]|[12]\d|3[01])\/)?/;
/** Words around a date in running text that show the story talks about that date, not that it is the story's date. */
const TALKED_ABOUT = /\b(anniversary|since|ago|born|died|founded|established|effective|takes? effect|took effect|deadline|until|expires?|expired|scheduled|slated|planned for|will be|by the end of|sentenced|convicted|arrested|last (?:year|month|spring|summer|fall|autumn|winter)|a year (?:ago|earlier)|years? earlier|previous|prior to|originally)\b/i;
/** A caption of an archive photo ("FILE - In this Sept. 10, 2017 file photo") dates the photo, never the story. */
const FILE_PHOTO = /^FILE(?: PHOTO)?\s*[-–—:]|\bfile (?:photo|image)\b/i;
/** Captions carry the day a photo was taken, which may not be the day the story was published. */
export const CAPTION_SOURCE_NOTE = "a photo caption";

export interface DatedLine {
  line: number;
  text: string;
}

interface Parsed {
  value: string;
  precision: Exclude<DatePrecision, "unknown">;
  text: string;
  index: number;
}

/** Dates chrono finds for certain (year and month known); year-less dates are never full dates. */
/** Pages in other languages label their dates too ("Publicado el martes 2 de marzo de 2021"). */
const OTHER_LANGUAGES = [chrono.es, chrono.fr, chrono.de, chrono.it, chrono.pt, chrono.nl];
const OTHER_LANGUAGE_LABEL = /\b(?:publicado|publié|publie|mis à jour|veröffentlicht|aktualisiert|pubblicato|aggiornato|gepubliceerd|atualizado)\b/i;

export function parseDates(text: string, buildDay: string): Parsed[] {
  const ref = localNoon(buildDay);
  const out: Parsed[] = [];
  // Only a date with a written year is kept (below): a text with none needs no parsing, and
  // most paragraphs of a story have none.
  const english = WRITTEN_YEAR.test(text) ? chrono.strict.parse(text, ref) : [];
  const results = english.length === 0 && OTHER_LANGUAGE_LABEL.test(text) && WRITTEN_YEAR.test(text) ? OTHER_LANGUAGES.map((c) => c.strict.parse(text, ref)).find((r) => r.length > 0) ?? [] : english;
  for (const r of results) {
    const s = r.start;
    if (!s.isCertain("year") || !s.isCertain("month")) continue;
    // chrono resolves "for several hours" or "yesterday" against the reference day: only a
    // year written in the text makes a date certain.
    if (!WRITTEN_YEAR.test(r.text)) continue;
    const y = s.get("year")!;
    const m = s.get("month")!;
    const precision = s.isCertain("day") ? "day" : "month";
    const d = precision === "day" ? s.get("day")! : 1;
    // chrono takes "on 2 March 2017" whole; the date itself starts after the preposition.
    const lead = /^(?:on|at|from|since)\s+/i.exec(r.text)?.[0].length ?? 0;
    out.push({ value: isoDay(y, m, d), precision, text: r.text.slice(lead).trim(), index: r.index + lead });
  }
  // chrono's strict mode does not read "August 2017"; a month with a year is still a month.
  const monthYear = new RegExp(`\\b(${MONTHS.join("|")}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)\\s+(\\d{4})\\b`, "g");
  let m: RegExpExecArray | null;
  while ((m = monthYear.exec(text))) {
    if (out.some((p) => m!.index >= p.index && m!.index < p.index + p.text.length)) continue;
    const month = monthIndex(m[1]!);
    if (month === null) continue;
    out.push({ value: isoDay(Number(m[2]), month, 1), precision: "month", text: m[0], index: m.index });
  }
  return out.sort((a, b) => a.index - b.index);
}

export function plausible(value: string, buildDay: string): boolean {
  return Number(value.slice(0, 4)) >= EARLIEST_YEAR && value <= buildDay;
}



/** A magazine piece dated by its issue: "From the March 2019 issue". */
const ISSUE = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{4}\s*[|•·—–-]\s*vol(?:ume)?\.?\s*\d+|\bvol(?:ume)?\.?\s*\d+,?\s*(?:no|issue|number)\.?\s*\d+\s*[—–-]\s*(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{4}\b|\b(?:from|in) the (?:(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:[/-](?:january|february|march|april|may|june|july|august|september|october|november|december))?) \d{4} (?:print )?(?:issue|edition)\b/i;
/** Labels count only at the start of a line, or after "This article was" ("A memo dated…" does not). */
const LABEL_LEAD = /^(?:(?:this|the) (?:article|story|report|piece|page) (?:was|is)\s*)?$/i;
/** Labelled or standalone dates after the story's text are trusted only among its last lines. */
const END_LINES = 5;

/**
 * Candidates from byline, timestamp, standalone date and labelled date lines. Bylines and
 * timestamps count at the top of the page (before the lead) with high confidence. After the
 * text, where comments, timelines and sidebars live, only a labelled date at the start of a
 * line or a single date line among the last lines counts, with medium confidence.
 */
/** A headline written as sentences is at most this long; a byline right under it shows it is one. */
const SENTENCE_HEADLINE_MAX_WORDS = 20;
/** A deck (the sentence under a headline) is at most this long. */
const DECK_MAX_WORDS = 40;
/** How far below a headline its byline or date line may sit (under a deck and a writer's name). */
export const HEADLINE_METADATA_REACH = 3;

/**
 * Where the story's text starts: the first paragraph, unless it is a headline written as
 * sentences or a deck, which a byline or date line under it shows.
 */
function leadIndex(lines: readonly DatedLine[]): number {
  return lines.findIndex((l, i) => isParagraphText(l.text) && !isHeadlineOrDeck(lines, i));
}

/**
 * "Miami-Dade’s bill is bigger than expected. Who pays is still unclear." / "BY CAROLINA
 * MENDIETA": a sentence at the very top with a byline or date under it is a headline. Under a
 * headline, a sentence is a deck only when a labelled byline or timestamp follows ("Posted: …",
 * "By …"): a short first paragraph followed by a bare date is the lead, and the date belongs to
 * a timeline.
 */
function isHeadlineOrDeck(lines: readonly DatedLine[], at: number): boolean {
  const words = lines[at]!.text.split(/\s+/).length;
  if (at >= TOP_LINES || words > DECK_MAX_WORDS) return false;
  const below = metadataBelow(lines, at);
  if (!below) return false;
  const above = lines.slice(0, at).filter((l) => !isPageHeader(l.text));
  if (above.length === 0) return words <= SENTENCE_HEADLINE_MAX_WORDS;
  // A deck sits right under its headline, which reads as a headline, not as text.
  const headline = lines[at - 1];
  return below === "byline" && headline !== undefined && !isPageHeader(headline.text) && !isParagraphText(headline.text);
}

/** Lines that can sit above a headline: a section label, a name in capitals, a masthead. */
function isPageHeader(text: string): boolean {
  return text.split(/\s+/).length <= 2 || text === text.toUpperCase() || outletFromMasthead(text, { wholeLine: true, firstLine: true }) !== null;
}

/** A byline or labelled timestamp, or a bare date line, within HEADLINE_METADATA_REACH lines with no paragraph between. */
function metadataBelow(lines: readonly DatedLine[], at: number): "byline" | "date" | null {
  for (const l of lines.slice(at + 1, at + 1 + HEADLINE_METADATA_REACH)) {
    if (/^by\s+\p{Lu}/iu.test(l.text)) return "byline";
    if (l.text.length <= MAX_DATE_LINE_LENGTH) {
      const dates = parseDates(l.text, "9999-12-31");
      if (dates.length > 0 && BYLINE_LINE.test(l.text)) return "byline";
      if (dates.length === 1 && isStandaloneDate(l.text, dates[0]!)) return "date";
    }
    if (isParagraphText(l.text)) return null;
  }
  return null;
}

export function lineCandidates(lines: readonly DatedLine[], buildDay: string, order: DateOrder = dateOrder(lines.map((l) => l.text))): DateCandidate[] {
  const out: DateCandidate[] = [];
  const leadAt = leadIndex(lines);
  // When nothing on the page says which way round 10/11/2023 goes, the weekdays its story names may.
  if (order.order === null) order = { ...order, weekdays: mentionedWeekdays(leadAt === -1 ? [] : lines.slice(leadAt)) };
  const topEnd = Math.min(leadAt === -1 ? lines.length : leadAt, TOP_LINES);
  const parsed = lines.map((l) => {
    const short = l.text.length <= MAX_DATE_LINE_LENGTH;
    const labelled = LABELLED_DATE.exec(l.text);
    const dates = short || labelled ? parseDates(l.text, buildDay).filter((d) => plausible(d.value, buildDay)) : [];
    return { l, short, labelled, dates, standalone: short && dates.length === 1 && isStandaloneDate(l.text, dates[0]!) };
  });
  const lateStandalone = parsed.filter((p, i) => i >= topEnd && p.standalone);
  parsed.forEach(({ l, short, labelled, dates, standalone }, i) => {
    if (dates.length === 0) return;
    const top = i < topEnd;
    const end = i >= lines.length - END_LINES;
    const quote = excerpt(l.text, 0, l.text.length);
    // "Wed, Feb 20, 2019, 18:05 Updated: Wed, Feb 20, 2019, 19:40": a line that opens with a date
    // and carries a time or an update is a timestamp line, like a labelled one.
    // Nothing else may be on it: a browser's print header ("6/30/23, 10:14 AM Pier repairs…") is not one.
    const rest = dates.reduce((t, d) => t.replace(d.text, " "), l.text).replace(/\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?/gi, " ").replace(/\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|\b(?:last\s+)?updated\b|\bat\b|\b[A-Z]{2,4}\b/gi, " ");
    const stampFirst = /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?$/i.test(l.text.slice(0, dates[0]!.index)) && /[A-Za-z]{3}/.test(dates[0]!.text) && !/\p{L}/u.test(rest) && (/\b\d{1,2}[:.]\d{2}\b/.test(l.text) || UPDATED_LABEL.test(l.text));
    if (short && top && (BYLINE_LINE.test(l.text) || stampFirst)) {
      const d = pickPublished(l.text, dates);
      // (In "Wed, Feb 20, 2019, 18:05 Updated: …" the first stamp is the publication's.)
      const updatedOnly = UPDATED_LABEL.test(l.text) && !/\b(?:published|posted|issued)\b/i.test(l.text) && !stampFirst;
      const why = updatedOnly ? "; it gives when the story was updated, so it may have been published earlier" : "";
      out.push(withAmbiguity(candidate(d, "byline", l.line, updatedOnly ? "medium" : "high", quote, `The byline or timestamp line reads "${quote}"${why}.`), d, order));
      return;
    }
    if (standalone && (top || (end && lateStandalone.length === 1))) {
      out.push(withAmbiguity(candidate(dates[0]!, "byline", l.line, top ? "high" : "medium", quote, `A date line ${top ? "near the top" : "at the end of the article"} reads "${quote}".`), dates[0]!, order));
      return;
    }
    const issue = ISSUE.exec(l.text);
    if (issue && (top || end)) {
      const d = dates.find((x) => x.index >= issue.index && x.precision === "month");
      if (d) {
        out.push(candidate(d, "byline", l.line, "medium", issue[0], `The page says it is "${issue[0]}": the month of the issue, not the day.`));
        return;
      }
    }
    if (labelled && LABEL_LEAD.test(l.text.slice(0, labelled.index).trim())) {
      const endOfLabel = labelled.index + labelled[0].length;
      const after = dates.find((d) => d.index >= endOfLabel - 1 && d.index <= endOfLabel + 2);
      if (after) {
        const q = excerpt(l.text, labelled.index, after.index + after.text.length);
        const where = top ? "" : " after the story's text";
        out.push(withAmbiguity(candidate(after, "byline", l.line, top ? "high" : "medium", q, `The text labels the date${where}: "${q}".`), after, order));
      }
    }
  });
  return out;
}

/**
 * "05/08/2006" could be 8 May or 5 August. We read it month first (US usage, like chrono) but
 * never with high confidence, and the evidence says so.
 */
function withAmbiguity(c: DateCandidate, d: Parsed, order: DateOrder): DateCandidate {
  const m = /(?:^|\D)(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})(?!\d)/.exec(d.text);
  if (!m || m[1] === m[2] || Number(m[1]) > 12 || Number(m[2]) > 12) return c;
  if (order.order === "dmy") {
    // The page writes its dates day first: 04/05/2022 is 4 May.
    const value = `${c.value.slice(0, 4)}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
    return { ...c, value, confidence: c.confidence === "high" ? "medium" : c.confidence, evidence: `${c.evidence.replace(/\.$/, "")} (read day first: ${order.why}).` };
  }
  const dayFirst = `${c.value.slice(0, 4)}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
  const byWeekday = order.order === null && order.weekdays ? weekdayFit(dayFirst, order.weekdays) - weekdayFit(c.value, order.weekdays) : 0;
  if (byWeekday > 0 && isRealDay(dayFirst)) {
    const named = order.weekdays!.get(weekdayOf(dayFirst)) ?? order.weekdays!.get(weekdayOfNumber(dayNumber(dayFirst) - 1))!;
    return { ...c, value: dayFirst, confidence: c.confidence === "high" ? "medium" : c.confidence, evidence: `${c.evidence.replace(/\.$/, "")} (read day first: the story says "${named}", which fits ${weekdayOf(dayFirst)} ${humanDay(dayFirst)} and not the month-first reading).` };
  }
  const why = order.order === "mdy" ? order.why : "as in US usage; day first would give another day";
  return {
    ...c,
    confidence: c.confidence === "high" ? "medium" : c.confidence,
    evidence: `${c.evidence.replace(/\.$/, "")} (read month first: ${why}).`,
  };
}

export interface DateOrder {
  order: "dmy" | "mdy" | null;
  why: string;
  /** Weekdays the story names for its news, when the page does not settle the order. */
  weekdays?: ReadonlyMap<string, string>;
}

/** How well a publication day fits the weekdays a story names: the same day (2), the day before (1). */
function weekdayFit(day: string, weekdays: ReadonlyMap<string, string>): number {
  if (!isRealDay(day)) return -1;
  if (weekdays.has(weekdayOf(day))) return 2;
  return weekdays.has(weekdayOfNumber(dayNumber(day) - 1)) ? 1 : 0;
}

const MONTH_NAME = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
const DAY_MONTH = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_NAME}\\s+\\d{4}\\b`, "g");
const MONTH_DAY = new RegExp(`\\b${MONTH_NAME}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b`, "g");
/** Currencies and web domains of countries that write the day first. */
const DAY_FIRST_PLACES = /£|€|\b(?:NZ|A|AU)\$|\.(?:co\.uk|org\.uk|gov\.uk|com\.au|net\.au|co\.nz|co\.za|ie|in|co\.in)\b/;
/** Time zones of places that write the day first. */
const DAY_FIRST_ZONES = /\b(?:GMT|BST|IST|CET|CEST|AEST|AEDT|ACST|AWST|NZST|NZDT|SAST)\b/;

/**
 * Does this page write numeric dates day first (04/05/2022 = 4 May, as in Britain and most of
 * the world) or month first (US)? Decided by its own writing: a numeric date whose first part
 * is over 12 settles it; otherwise written dates ("4 May 2022" against "May 4, 2022") and
 * time zones vote. Null when the page gives no sign.
 */
export function dateOrder(texts: readonly string[]): DateOrder {
  const text = texts.join("\n");
  for (const m of text.matchAll(/(?:^|[^\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?![\d/.-])/g)) {
    if (Number(m[1]) > 12 && Number(m[2]) <= 12) return { order: "dmy", why: `the page also writes "${m[0].trim()}", which can only be day first` };
    if (Number(m[2]) > 12 && Number(m[1]) <= 12) return { order: "mdy", why: `the page also writes "${m[0].trim()}", which can only be month first` };
  }
  const dm = text.match(DAY_MONTH)?.length ?? 0;
  const md = text.match(MONTH_DAY)?.length ?? 0;
  const zone = DAY_FIRST_ZONES.exec(text)?.[0];
  if (dm > md) return { order: "dmy", why: `the page writes its other dates day first, as in "${text.match(DAY_MONTH)![0]}"` };
  if (md > dm) return { order: "mdy", why: `the page writes its other dates month first, as in "${text.match(MONTH_DAY)![0]}"` };
  if (zone) return { order: "dmy", why: `the page gives times in ${zone}, where dates are written day first` };
  const place = DAY_FIRST_PLACES.exec(text)?.[0];
  if (place) return { order: "dmy", why: `the page shows "${place}", from a country that writes dates day first` };
  return { order: null, why: "" };
}

/** A date in a page address (".../2021/03/03/slug/"): most publishing systems put the publication day there. */
export function urlDateCandidates(lines: readonly DatedLine[], buildDay: string): DateCandidate[] {
  const out: DateCandidate[] = [];
  // Only the page's own address, at the top; links cited in the story or in sidebars are other pages.
  const leadAt = lines.findIndex((l) => isParagraphText(l.text) && !URL_DATE.test(l.text));
  for (const l of lines.slice(0, Math.min(leadAt === -1 ? lines.length : leadAt, TOP_LINES))) {
    const m = URL_DATE.exec(l.text);
    if (!m) continue;
    // ".../2018/06/slug.html": publishing systems that file by month give the month alone.
    const precision = m[3] ? "day" : "month";
    const value = `${m[1]}-${m[2]}-${m[3] ?? "01"}`;
    if (!plausible(value, buildDay) || !isRealDay(value)) continue;
    const path = `/${m[1]}/${m[2]}/${m[3] ? `${m[3]}/` : ""}`;
    const what = precision === "day" ? "the date" : "the month";
    out.push(candidate({ value, precision }, "byline", l.line, "medium", path, `The page's address contains ${what}: "${path}".`));
    break;
  }
  return out;
}


/** When a line gives both a publication and an update time, the first date after "published" wins. */
function pickPublished(text: string, dates: Parsed[]): Parsed {
  const pub = /\b(?:published|posted)\b/i.exec(text);
  if (pub) return dates.find((d) => d.index > pub.index) ?? dates[0]!;
  return dates[0]!;
}

/** A line that is only a date, perhaps with a time, a zone and a weekday ("November 2, 2023 3:53 PM EDT"). */
function isStandaloneDate(text: string, d: Parsed): boolean {
  const rest = (text.slice(0, d.index) + " " + text.slice(d.index + d.text.length))
    .replace(/\b(?:updated|modified)?\s*(?:\d+|an?)\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b/gi, "")
    // A reading time beside the date: "6 min read · Mar 3, 2024".
    .replace(/\b\d{1,3}[ -]min(?:ute)?s?[ -]read\b/gi, "")
    // A release's place and issuer after its date: "October 20, 2019 — Coyote Flats",
    // "November 10, 2023 – Halifax, Nova Scotia – National Defence / Canadian Armed Forces".
    .replace(/(?:\s*[—–-]\s*\p{Lu}[\p{L}'’.]+(?:\s+(?:\p{Lu}[\p{L}'’.]+|of|and|for|the|\/))*(?:,\s*\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+)?)?){1,3}\s*$/u, "")
    // A newspaper's page header: "A4  HARLOW VALLEY HERALD  Wednesday, September 14, 2011".
    .replace(/\b(?:page\s+)?[A-Z]\d{1,2}\b|\b\d{1,2}[A-Z]\b|\bpage\s+\d{1,3}\b|\b[A-Z][A-Z'’&.-]{1,}\b/g, "")
    .replace(/\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b\.?/gi, "")
    .replace(new RegExp(`\\b(?:${WEEKDAYS.join("|")}|${WEEKDAYS.map((w) => w.slice(0, 3)).join("|")}|[A-Z]{2,4}T|UTC|GMT|ET|PT|CT|MT|at|updated|published|posted|on)\\b`, "gi"), "")
    .replace(/[\d:,|•·()\-–—/.\s]/g, "");
  return rest.length === 0;
}

export interface TextDateInput {
  paragraphs: readonly DatedLine[];
  captions: readonly DatedLine[];
  buildDay: string;
}

/**
 * Dates in the running text and in captions: weak on their own. A date whose weekday the story
 * names ("on Wednesday") is corroborated and rises to medium; a date the story only talks about
 * (an anniversary, a deadline) is kept as evidence but never wins.
 */
export function textCandidates({ paragraphs, captions, buildDay }: TextDateInput): DateCandidate[] {
  const weekdays = mentionedWeekdays(paragraphs);
  const out: DateCandidate[] = [];
  const scan = (items: readonly DatedLine[], caption: boolean) => {
    for (const p of items) {
      for (const d of parseDates(p.text, buildDay)) {
        if (!plausible(d.value, buildDay)) continue;
        const sentence = sentenceAround(p.text, d.index, d.index + d.text.length);
        const quote = excerpt(sentence.text, d.index - sentence.start, d.index - sentence.start + d.text.length);
        const where = caption ? CAPTION_SOURCE_NOTE : "the text";
        // A file photo's date is the picture's, wherever the line was left.
        if (FILE_PHOTO.test(p.text)) {
          out.push({ ...candidate(d, "text", p.line, "low", quote, `A file-photo caption gives "${quote}", the day an archive picture was taken, not the day of the story.`), talkedAbout: true });
          continue;
        }
        if (TALKED_ABOUT.test(sentence.text)) {
          out.push({ ...candidate(d, "text", p.line, "low", quote, `The story mentions "${quote}", a date it talks about rather than the day it was published.`), talkedAbout: true });
          continue;
        }
        const weekday = d.precision === "day" ? weekdayOf(d.value) : null;
        const said = weekday ? weekdays.get(weekday) : undefined;
        if (said) {
          // A caption dates its photo; even with the weekday it is only an estimate until the
          // story's event agrees (see enrich/events.ts).
          out.push(candidate(d, "text", p.line, caption ? "low" : "medium", quote,
            `${caption ? "A photo caption" : "The text"} dates it "${quote}", a ${weekday}, and the story says "${said}".`));
        } else {
          out.push(candidate(d, "text", p.line, "low", quote,
            `Estimated from ${where}: "${quote}"; the story does not say this is the day it was published.`));
        }
      }
    }
  };
  scan(paragraphs, false);
  scan(captions, true);
  return out;
}

/** Weekdays the story names for its own news ("on Wednesday", "Wednesday afternoon"), not "last Friday". */
export function mentionedWeekdays(paragraphs: readonly DatedLine[]): Map<string, string> {
  const found = new Map<string, string>();
  // The word before the weekday is kept for the evidence ("vowed Wednesday", "on Wednesday").
  const re = new RegExp(`(?:(?<lead>\\b[\\p{L}’']{1,20})\\s+)?(${WEEKDAYS.join("|")})(\\s+(?:morning|afternoon|evening|night))?\\b`, "gu");
  for (const p of paragraphs) {
    let m: RegExpExecArray | null;
    while ((m = re.exec(p.text))) {
      const lead = m.groups?.lead?.toLowerCase() ?? "";
      if (/^(?:last|next|every|each|past|previous|following|coming)$/.test(lead)) continue;
      const day = m[2]!;
      if (!found.has(day)) found.set(day, m[0]);
    }
  }
  return found;
}

/** Words that put the news on the day of publication ("today", "this morning"). */
const SAME_DAY = /\b(?:[\p{L}’']{1,20}\s+)?(?:today|tonight|this (?:morning|afternoon|evening))\b/iu;

/** The first words that say the news happened on the day the story was published, or null. */
export function sameDayWords(paragraphs: readonly DatedLine[]): string | null {
  for (const p of paragraphs) {
    // Inside a quotation "today" is the speaker's day, not necessarily the story's.
    const unquoted = p.text.replace(/[“"][^”"]{0,600}[”"]/g, " ");
    const m = SAME_DAY.exec(unquoted);
    if (m) return m[0];
  }
  return null;
}

export function candidate(d: { value: string; precision: Exclude<DatePrecision, "unknown">; text?: string }, source: Exclude<DateSource, "none">, line: number | null, confidence: Exclude<DateConfidence, "none">, quote: string, evidence: string): DateCandidate {
  return { value: d.value, precision: d.precision, source, evidence, line, confidence, quote, talkedAbout: false };
}

export interface ChosenDate {
  date: string | null;
  precision: DatePrecision;
  source: DateSource;
  confidence: DateConfidence;
  evidence: string;
}

const SOURCE_RANK: Record<DateSource, number> = { "front-matter": 0, header: 1, byline: 2, text: 3, event: 4, none: 5 };
const CONFIDENCE_RANK: Record<DateConfidence, number> = { high: 0, medium: 1, low: 2, none: 3 };
const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, month: 1, year: 2, unknown: 3 };

export const NO_DATE_EVIDENCE = "No publication date found: no front matter, date header, byline or date line, and no date in the text that dates the story.";

/**
 * The cascade: the most reliable source wins, then the surest, then the most precise, then the
 * earliest line. Dates the story only talks about never win.
 */
export function chooseDate(candidates: readonly DateCandidate[]): ChosenDate {
  const eligible = candidates.filter((c) => !c.talkedAbout);
  const best = [...eligible].sort(
    (a, b) =>
      SOURCE_RANK[a.source] - SOURCE_RANK[b.source] ||
      CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence] ||
      PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision] ||
      (a.line ?? 0) - (b.line ?? 0),
  )[0];
  if (!best) return { date: null, precision: "unknown", source: "none", confidence: "none", evidence: NO_DATE_EVIDENCE };
  return { date: best.value, precision: best.precision, source: best.source, confidence: best.confidence, evidence: best.evidence };
}

/** A sentence is read at most this far either side of a date: text with no full stops stays cheap. */
const SENTENCE_REACH = 600;

function sentenceAround(text: string, start: number, end: number): { text: string; start: number } {
  const windowStart = Math.max(0, start - SENTENCE_REACH);
  const before = text.slice(windowStart, start);
  const s = Math.max(before.lastIndexOf(". "), before.lastIndexOf("? "), before.lastIndexOf("! "));
  const from = s === -1 ? windowStart : windowStart + s + 2;
  const e = text.slice(end, end + SENTENCE_REACH).search(/[.!?](?:\s|$)/);
  const to = e === -1 ? Math.min(text.length, end + SENTENCE_REACH) : end + e + 1;
  return { text: text.slice(from, to), start: from };
}


function monthIndex(name: string): number | null {
  const key = name.replace(".", "").slice(0, 3).toLowerCase();
  const i = MONTHS.findIndex((m) => m.slice(0, 3).toLowerCase() === key);
  return i === -1 ? null : i + 1;
}
