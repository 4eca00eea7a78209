import { DATELINE_LEAD, HEADLINE_MAX_LENGTH, HEADLINE_MIN_WORDS } from "./headline.ts";
import { HEADLINE_METADATA_REACH } from "./dates.ts";
import { outletFromMasthead } from "./outlet.ts";
import { isParagraphText } from "./text.ts";

/**
 * The top of a saved page, between its first line and the story's lead: mastheads, menus,
 * breadcrumbs, section labels, the headline, a deck, the byline and the date. This module
 * finds the headline there and marks the page furniture around it.
 */
export interface TopLine {
  n: number;
  original: string;
  text: string;
  removedBy: string[];
}

/** The top ends at the first paragraph of the story, and is never longer than this. */
export const TOP_MAX_LINES = 16;
export const HEADLINE_MAX_WORDS = 30;
/** How many following lines may separate a headline from its byline or date (a deck, a credit). */
export const HEADLINE_BYLINE_WINDOW = 4;
/** Short lines between the headline and the lead ("Listen · 3:52", "Share") are furniture. */
const FURNITURE_MAX_WORDS = 5;

/** Section words that menus are made of. */
const SECTION_WORDS = new Set(
  "news local national world us u.s. business finance markets money tech technology science health sport sports politics opinion analysis weather traffic entertainment culture arts lifestyle life travel food video videos photos podcasts home live latest just in for you australia uk europe asia africa americas obituaries classifieds jobs real estate education environment climate listen donate radio shows schedule events music food drink classifieds results elections election".split(" "),
);
const FUNCTION_WORDS = /\b(?:a|an|the|of|to|in|on|for|and|or|as|at|by|with|from|after|over|into|is|are|was|were|be|will|says?|said)\b/;

/**
 * A menu or breadcrumb: items set apart by "|", "»", "›", "/" or runs of spaces, or a run of
 * section names with no function words ("Just In For You Australia World Business").
 */
export function isMenuLine(original: string, text: string): boolean {
  const separators = text.match(/\s(?:\||»|›|>|\/\/?|•|·)\s|\s\|\s?|\s?\|\s/g)?.length ?? 0;
  if (separators >= 1 && text.split(/\s*(?:\||»|›|>|\/\/?|•|·)\s*/).every((part) => part.split(" ").length <= 4)) return true;
  // Three or more items between bars is a menu whatever the items say.
  if ((text.match(/\s\|\s/g)?.length ?? 0) >= 2) return true;
  const gaps = original.trim().match(/\S {2,}\S/g)?.length ?? 0;
  if (gaps >= 2 && original.trim().split(/ {2,}/).every((part) => part.split(" ").length <= 4)) return true;
  const words = text.toLowerCase().split(/\s+/);
  const sections = words.filter((w) => SECTION_WORDS.has(w)).length;
  return words.length >= 4 && sections >= 3 && !FUNCTION_WORDS.test(text.toLowerCase().replace(/\bfor you\b|\bjust in\b/g, ""));
}

/** Most words capitalised: "Ferry Terminal Reopens After Winter Repairs". */
function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length >= 4 && words.filter((w) => /^[\p{Lu}\d‘“"'(]/u.test(w)).length / words.length >= 0.75;
}

/** Mostly capital letters: a masthead or a page header, not a headline. */
export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 4 && letters.replace(/[^\p{Lu}]/gu, "").length / letters.length > 0.85;
}

/** Field names of contact blocks, feeds and e-mails. */
const FIELD_LABEL = /^(?:contact|media contact|phone|tel|fax|email|e-mail|non-emergency|emergency|from|to|cc|date|sent|subject|feed|title|link|author|authors|source|text by|words by|photo|photos|credit|updated|published|posted|filed|tags|category|categories|section|location|address)$/i;
/** Writers, not a headline: "Dana Whitcomb and Luis Ortega", "Helen Crabtree North of England correspondent". */
const NAME = "\\p{Lu}[\\p{Ll}'’.-]+(?:\\s+\\p{Lu}\\.?)?(?:\\s+\\p{Lu}[\\p{Ll}'’-]+){1,2}";
const NAME_LIST = new RegExp(`^${NAME}(?:(?:,\\s*|,?\\s+and\\s+)${NAME})+$`, "u");
const JOB_TITLE = /\b(?:correspondent|reporter|editor|writer|columnist|contributor|producer|staff|freelance|journalist|photographer|bureau chief|intern)s?$/i;
export function isNameList(text: string): boolean {
  return NAME_LIST.test(text) || (JOB_TITLE.test(text) && /^\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}/u.test(text) && text.split(/\s+/).length <= 9);
}
/** A masthead's motto: "Serving Winslow County since 1888". */
const TAGLINE = /^(?:serving|proudly serving|covering|the voice of|your (?:source|home) for|news for|since \d{4})\b|\bsince (?:1[6-9]|20)\d{2}$/i;

const BULLET = /^[•·▪●◦‣*]\s/;
/** Lines that open a news release's header block. */
const RELEASE_MARKER = /^(?:(?:news|press|media) release|for immediate release|media contacts?|press contacts?|contact)\b/i;

/** A headline written as two short sentences has at most this many words. */
const SENTENCE_HEADLINE_MAX_WORDS = 20;

/**
 * Could this line be a headline at all? `metadataBelow`: a byline or a date line follows it
 * directly, which lets a headline written as two sentences end with a full stop.
 */
export function isHeadlineShaped(original: string, text: string, metadataBelow = false): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length < HEADLINE_MIN_WORDS || words.length > HEADLINE_MAX_WORDS || text.length > HEADLINE_MAX_LENGTH) return false;
  if (/^by\s/i.test(text) || /[,;:]$/.test(text)) return false;
  // A bulleted line is a point of a deck ("• City says new requirements are unconstitutional").
  if (BULLET.test(text)) return false;
  // A full stop ends sentences, not headlines, except in headlines written as two short
  // sentences ("A Desert City Bet on a Pipeline. A Judge Just Called the Bet."): in title case,
  // or right above a byline ("Miami-Dade’s bill is bigger than expected. Who pays is unclear.").
  const titleCase = words.filter((w) => /^[\p{Lu}\d‘“"'(]/u.test(w)).length / words.length >= 0.6;
  const twoSentences = (titleCase || metadataBelow) && words.length <= SENTENCE_HEADLINE_MAX_WORDS;
  if (/\.$/.test(text) && !/\b(?:U\.S|Jr|Sr|Inc|Co|St)\.$/.test(text) && !twoSentences) return false;
  // Short lines in capitals are mastheads; a long one is a press release's headline.
  if ((isAllCaps(text) && words.length <= 6) || isMenuLine(original, text)) return false;
  // A line that is only an outlet's name ("The Fairhaven Courier", "WKDV News 6") is a masthead.
  if (outletFromMasthead(text, { wholeLine: true }) !== null) return false;
  if (/^\d+\s+of\s+\d+$/i.test(text) || (/^[A-Z][A-Z ]{3,}:\s/.test(text) && !isAllCaps(text))) return false;
  // "Text by: NEWS WIRES", "Contact: Jordan Ames", "From: …": a label and a value.
  // "Contact: Jordan Ames", "Non-Emergency: (555) 555-0199": a field, not a headline; but
  // "Analysis: Europe's chip subsidy race leaves…" is a headline with a kicker.
  const field = /^([\p{L} '’-]{2,30}):\s+(.*)$/u.exec(text);
  if (field && (FIELD_LABEL.test(field[1]!) || field[2]!.split(/\s+/).length <= 4)) return false;
  if (isNameList(text) || TAGLINE.test(text) || /,\s*[A-Z]{2}$/.test(text)) return false;
  const lower = text.toLowerCase().split(/\s+/);
  if (lower.length <= 3 && lower.filter((w) => SECTION_WORDS.has(w) || w === "&" || w === "and").length >= 2) return false;
  if (DATELINE_LEAD.test(text)) return false;
  return true;
}


const METADATA = new Set(["byline", "date-line", "date-header"]);

/** Is lines[i] a byline or a date line, read as such, or writers' names? */
function isMetadata(lines: readonly TopLine[], i: number, kept: (l: TopLine) => boolean): boolean {
  const l = lines[i]!;
  return l.removedBy.some((r) => METADATA.has(r)) || (kept(l) && (isNameList(l.text) || isWriter(l, lines[i + 1])));
}

const SINGLE_NAME = new RegExp(`^${NAME}$`, "u");

/**
 * "Noelle Parfitt" over "KUOW", "Follow", "Staff Writer" or a date line: one writer named
 * without "By". A lone name with nothing like that under it could be anything.
 */
function isWriter(l: TopLine, next: TopLine | undefined): boolean {
  if (!next || !SINGLE_NAME.test(l.text)) return false;
  return (
    /^follow$/i.test(next.text) ||
    (JOB_TITLE.test(next.text) && next.text.split(/\s+/).length <= 4) ||
    next.removedBy.some((r) => METADATA.has(r)) ||
    outletFromMasthead(next.text, { wholeLine: true, firstLine: true }) !== null
  );
}

/** Short labels between a headline and what follows it: "Listen · 3:52", "Share", "14". */
function isFurniture(l: TopLine): boolean {
  return l.text.split(/\s+/).length <= FURNITURE_MAX_WORDS && !/[.!?]["”]?$/.test(l.text);
}

/**
 * A byline or a date line follows within HEADLINE_BYLINE_WINDOW lines, with nothing between
 * but removed lines, short labels and at most one deck (a headline-shaped line right under this
 * one, or a sentence); or the lead follows with only removed lines and short labels between.
 */
function wellFollowed(lines: readonly TopLine[], at: number, lead: TopLine | undefined, kept: (l: TopLine) => boolean): boolean {
  // Lines already removed (captions, "Share") don't count towards the window.
  const window: TopLine[] = [];
  for (const l of lines.slice(at + 1, at + 1 + 2 * HEADLINE_BYLINE_WINDOW)) {
    window.push(l);
    if (window.filter(kept).length === HEADLINE_BYLINE_WINDOW) break;
  }
  let deck = false;
  // A headline in capitals or title case over a sentence-case deck is a headline and its deck,
  // even with no byline ("HARLOW FREIGHT OPENS HUB" / "Facility expands capacity by 40 percent").
  const shouted = isAllCaps(lines[at]!.text) || isTitleCase(lines[at]!.text);
  for (const [k, l] of window.entries()) {
    if (isMetadata(lines, at + 1 + k, kept)) return true;
    // Straight into the lead: a deck would have been the headline's byline-less neighbour.
    if (l === lead) return !deck || (shouted && k === 1 && !isAllCaps(window[0]!.text) && !isTitleCase(window[0]!.text));
    if (!kept(l) || isFurniture(l)) continue;
    if (isHeadlineShaped(l.original, l.text) && k > 0) return false;
    // A deck may be several bulleted points; they count as one.
    if (BULLET.test(l.text) && deck && BULLET.test(window[k - 1]?.text ?? "")) continue;
    deck = true;
  }
  return false;
}

/**
 * A byline or date line a little below (under a deck or a writer's name, with no paragraph
 * between): the line is a headline even if it reads as a sentence.
 */
function metadataBelow(lines: readonly TopLine[], at: number, kept: (l: TopLine) => boolean): boolean {
  for (const [k, l] of lines.slice(at + 1, at + 1 + HEADLINE_METADATA_REACH).entries()) {
    if (isMetadata(lines, at + 1 + k, kept)) return true;
    if (kept(l) && isParagraphText(l.text)) return false;
  }
  return false;
}

/** Longest half of a headline set on two lines. */
const HEADLINE_HALF_MAX_WORDS = 12;

/**
 * Two adjacent short lines that make one headline: both in capitals ("HANCOCK COUNTY
 * COMMISSIONERS" / "BACK NEW RADIO TOWER"), or a first line that stops mid-sentence ("Mill fire
 * ruled accidental;" / "owner plans to rebuild").
 */
function isHeadlineHalves(first: TopLine, second: TopLine): boolean {
  if (second.n !== first.n + 1) return false;
  const words = (l: TopLine) => l.text.split(/\s+/).length;
  if (words(first) > HEADLINE_HALF_MAX_WORDS || words(second) > HEADLINE_HALF_MAX_WORDS || /[.!?]["”’]?$/.test(first.text)) return false;
  if (isMenuLine(first.original, first.text) || isMenuLine(second.original, second.text) || outletFromMasthead(first.text, { wholeLine: true }) !== null) return false;
  if (isAllCaps(first.text) && isAllCaps(second.text)) return true;
  return /[;,–—-]$/.test(first.text) || /^\p{Ll}/u.test(second.text);
}

export interface TopResult {
  headline: TopLine | null;
  /** Writers named under the headline without "By" ("Dana Whitcomb and Luis Ortega"). */
  byline: string | null;
  /** The outlet a masthead above the headline names ("PEMI VALLEY RECORD", "ABC News"). */
  masthead: string | null;
}

/**
 * Find the headline among the lines at the top: the first headline-shaped line that a byline,
 * a date line or the lead follows closely. Lines above it are page furniture (they are not the
 * story); short non-sentences between it and the lead are furniture too. Returns null when no
 * line qualifies, and the caller falls back to the first line or a generated headline.
 */
export function findHeadline(lines: readonly TopLine[], kept: (l: TopLine) => boolean): TopResult {
  const nonBlank = lines.filter((l) => l.text !== "");
  // The lead is the first paragraph of text, unless a byline sits under it (then it is the headline).
  const leadAt = nonBlank.findIndex((l, i) => kept(l) && isParagraphText(l.text) && !(i < TOP_MAX_LINES && metadataBelow(nonBlank, i, kept) && isHeadlineShaped(l.original, l.text, true)));
  const lead = leadAt === -1 ? undefined : nonBlank[leadAt];
  const top = nonBlank.slice(0, Math.min(leadAt === -1 ? nonBlank.length : leadAt, TOP_MAX_LINES));
  let chosen = -1;
  let secondLine: TopLine | null = null;
  for (let i = 0; i < top.length; i++) {
    const l = top[i]!;
    if (!kept(l)) continue;
    // A headline set on two lines, as print pages and PDFs do: read the two as one.
    const next = top[i + 1];
    if (next && kept(next) && isHeadlineHalves(l, next)) {
      const joined = `${l.text} ${next.text}`;
      if (isHeadlineShaped(joined, joined, metadataBelow(nonBlank, i + 1, kept)) && wellFollowed(nonBlank, i + 1, lead, kept)) {
        [chosen, secondLine] = [i, next];
        break;
      }
    }
    if (!isHeadlineShaped(l.original, l.text, metadataBelow(nonBlank, i, kept))) continue;
    if (wellFollowed(nonBlank, i, lead, kept)) {
      chosen = i;
      break;
    }
  }
  if (chosen === -1) {
    // No headline; an outlet's name above the lead ("WKDV News 6") is still its masthead.
    let masthead: string | null = null;
    for (const [k, l] of top.entries()) {
      const name = kept(l) ? outletFromMasthead(l.text, { wholeLine: true, firstLine: k === 0 }) : null;
      if (!name) continue;
      masthead ??= name;
      l.removedBy.push("page-furniture");
    }
    return { headline: null, byline: null, masthead };
  }
  // A news release prints its motto and contact block above its headline: under a "FOR
  // IMMEDIATE RELEASE" or "Media Contact" line, the headline is the line right above the lead.
  if (!secondLine && lead) {
    const between = nonBlank.slice(chosen + 1, leadAt);
    const above = nonBlank[leadAt - 1];
    if (above && above !== top[chosen] && kept(above) && between.some((l) => RELEASE_MARKER.test(l.text)) && isHeadlineShaped(above.original, above.text)) {
      chosen = top.indexOf(above);
    }
  }
  let headline = top[chosen]!;
  if (secondLine) {
    secondLine.removedBy.push("headline");
    headline = { ...headline, text: `${headline.text} ${secondLine.text}` };
  }
  let masthead: string | null = null;
  for (const [k, l] of top.slice(0, chosen).entries()) {
    masthead ??= outletFromMasthead(l.original.replace(/\u00a0/g, " "), { firstLine: k === 0 });
    if (kept(l)) l.removedBy.push("page-furniture");
  }
  let byline: string | null = null;
  for (const l of top.slice(chosen + (secondLine ? 2 : 1))) {
    // Under the headline only a known outlet counts ("BBC News, Cardiff"), not any capitals.
    masthead ??= outletFromMasthead(l.text, { knownOnly: true });
    if (kept(l) && (isNameList(l.text) || isWriter(l, nonBlank[nonBlank.indexOf(l) + 1]))) {
      byline ??= l.text;
      l.removedBy.push("byline");
      continue;
    }
    // The outlet on its own line under the byline ("By Renee Kowalski" / "The Mesa Sentinel").
    const previous = lines[lines.indexOf(l) - 1];
    if (previous?.removedBy.includes("byline")) masthead ??= outletFromMasthead(l.text, { wholeLine: true, firstLine: true });
    if (kept(l) && isFurniture(l)) l.removedBy.push("page-furniture");
  }
  return { headline, byline, masthead };
}
