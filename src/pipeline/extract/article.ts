import { createHash } from "node:crypto";
import type { DateCandidate, Message, SourceText } from "../schema/index.ts";
import { sourceText } from "../shape/sourceText.ts";
import { message } from "../report/messages.ts";
import type { SourceFile } from "../read/sourceFile.ts";
import { normalizeLines, type Line } from "../clean/normalize.ts";
import { LINK_BLOCK_HEADING, LINK_BLOCK_MAX_LINE, LINK_BLOCK_MAX_LINES, matchBoilerplate } from "../clean/rules.ts";
import { readFrontMatter, type FrontMatter } from "./frontMatter.ts";
import { isCaption } from "./captions.ts";
import { readByline } from "./byline.ts";
import { readDateline } from "./dateline.ts";
import { expandCode, isKnownCode, outletFromAddress, outletFromCopyright, outletFromCredit, outletFromSignatures, outletFromStaff } from "./outlet.ts";
import { readEmail } from "./email.ts";
import { generateHeadline, looksLikeHeadline } from "./headline.ts";
import { findHeadline, isHeadlineShaped } from "./top.ts";
import { candidate, chooseDate, dateOrder, isRealDay, lineCandidates, mentionedWeekdays, parseDates, plausible, sameDayWords, textCandidates, urlDateCandidates, TOP_LINES, type ChosenDate, type DatedLine } from "./dates.ts";
import { countWords, isParagraphText, splitSentences, truncateAtWord } from "./text.ts";

/** `date 2017-08-16` at the top of a file; the rest of the line may be anything. */
const DATE_HEADER = /^date\s*[:=]?\s*(\d{4}-\d{2}-\d{2})\b[\s|:–—-]*(.*)$/i;
/** The header is looked for among this many non-blank lines at the top. */
const HEADER_SEARCH_LINES = 3;
/** Summaries are cut at a sentence, and at a word past this length. */
export const SUMMARY_MAX_LENGTH = 280;
/** A top line that is only a vague timestamp ("Updated Tuesday", "Posted 3 hours ago"). */
const RELATIVE_TIMESTAMP = /^(?:(?:\d+|an?)\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|just now|today|yesterday)$|^(?:updated|published|posted|last updated)\b:?\s*(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|\d+\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|just now)?(?:\s+at\s+\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\.?$/i;
/** A Markdown "# Title" or "## Title" line. */
const MD_HEADING = /^#{1,2}\s+(.+?)\s*#*$/;
/** A masthead that spells out a dateline's code is looked for in this many lines from the top. */
const TOP_SCAN_LINES = 30;
/** At most this many section labels stand above a headline ("News", "Local"). */
const MAX_SECTION_LABELS = 2;
/** Section labels above a headline are this short. */
const SECTION_LABEL_MAX_WORDS = 3;
/** Lines of hard-wrapped text are at least this long (and are joined back into paragraphs). */
const WRAPPED_LINE_MIN = 40;

/** What one file yields before the archive-wide steps (slugs, topics, events) run. */
export interface StoryDraft {
  /** The file it came from, without its text: the draft holds what the story keeps of it. */
  file: Omit<SourceFile, "text">;
  frontMatter: FrontMatter;
  title: string;
  titleSource: "front-matter" | "headline" | "generated";
  date: ChosenDate;
  dateCandidates: DateCandidate[];
  outlet: string | null;
  dateline: string | null;
  byline: string | null;
  summary: string;
  wordCount: number;
  paragraphs: string[];
  captions: { line: number; text: string }[];
  original: SourceText;
  /** Hash of the normalised text, to find the same article saved twice. */
  textHash: string;
  /** Weekdays the story names for its news ("Wednesday" -> "on Wednesday"), to date it from its event. */
  weekdays: Map<string, string>;
  /** Words that put its news on its publication day ("this morning"), or null. */
  sameDay: string | null;
}

interface Work extends Line {
  removedBy: string[];
}

/**
 * One file to a story draft. `repeated` holds lines that recur across many unrelated files of
 * the archive (see clean/repeated.ts); they are removed like boilerplate. `normalized` is the
 * file's lines when the caller has already split them.
 */
export function extractArticle(
  file: SourceFile,
  buildDay: string,
  repeated: ReadonlySet<string> = new Set(),
  normalized: readonly Line[] = normalizeLines(file.text),
): { draft: StoryDraft | null; messages: Message[] } {
  const lines: Work[] = normalized.map((l) => ({ ...l, removedBy: [] }));
  const fm = readFrontMatter(file.path, lines, { markdown: file.format === "markdown", buildDay });
  const messages: Message[] = [...fm.messages];
  if (!fm.ok) return { draft: null, messages };
  for (const l of lines.slice(0, fm.bodyStart)) l.removedBy.push("front-matter");

  const content = lines.slice(fm.bodyStart);
  const candidates: DateCandidate[] = [];
  if (fm.date) {
    candidates.push(candidate(fm.date, "front-matter", fm.date.line, "high", fm.date.raw, `The editor set the date in the front matter ("${fm.date.raw}").`));
  }

  // 1. The date header, which may share its line with a headline, a dateline or boilerplate.
  const nonBlank = content.filter((l) => l.text !== "");
  for (const l of nonBlank.slice(0, HEADER_SEARCH_LINES)) {
    const m = DATE_HEADER.exec(l.text);
    if (!m) continue;
    const value = m[1]!;
    if (isRealDay(value) && plausible(value, buildDay)) {
      candidates.push(candidate({ value, precision: "day" }, "header", l.n, "high", `date ${value}`, `The file's header line gives "date ${value}".`));
    } else {
      messages.push(message("warning", "date/implausible-header", file.path, l.n, `Ignored the header date "${value}": not a real day between 1800 and the build day (${buildDay})`));
    }
    l.removedBy.push("date-header");
    l.text = m[2]!.trim();
    break;
  }

  // 2. Boilerplate and captions leave the body first, so that "the top of the article" below
  //    means its first lines of real text, however much navigation came before them.
  const captions: { line: number; text: string }[] = [];
  let byline: string | null = fm.data.byline ?? fm.data.author ?? null;
  const kept = (l: Work) => l.text !== "" && l.removedBy.every((r) => r === "date-header");
  for (const l of content) {
    if (l.text === "") continue;
    const rule = matchBoilerplate(l.text);
    if (rule) {
      l.removedBy.push(rule.id);
    } else if (repeated.has(l.text)) {
      l.removedBy.push("repeated-line");
    } else if (isCaption(l.text)) {
      l.removedBy.push("photo-caption");
      captions.push({ line: l.n, text: l.text });
    }
  }

  // Under a "Related Stories" or "Most Read" heading, the list of headlines goes too.
  markLinkBlocks(content);
  // A feed item saved as text ("Title:", "Link:", "pubDate:"): its fields are metadata.
  const feed = readFeedFields(content);
  // A saved e-mail: its headers are metadata, and the innermost block is the article's.
  const email = readEmail(content);
  if (email?.dateLine) {
    const d = parseDates(email.dateLine.text, buildDay).find((x) => plausible(x.value, buildDay));
    // When a message was sent is not always when its article was published (a forward).
    if (d) candidates.push(candidate(d, "byline", email.dateLine.n, "medium", email.dateLine.text, `The e-mail's header reads "${email.dateLine.text}"; the article it carries may be older.`));
  }
  const pageAddress = [fm.data.url, fm.data.source].filter((u): u is string => typeof u === "string" && isAddress(u)).map((text) => ({ line: 1, text }));
  candidates.push(...urlDateCandidates([...pageAddress, ...content.filter((l) => l.text !== "").map((l) => ({ line: l.n, text: l.text }))], buildDay));

  // 3. Bylines and timestamp lines at the top are metadata.
  const textLines = content.filter(kept);
  const topLines = textLines.slice(0, TOP_LINES);
  for (const l of topLines) {
    const name = readByline(l.text);
    if (name) {
      byline ??= name;
      l.removedBy.push("byline");
    } else if (RELATIVE_TIMESTAMP.test(l.text)) {
      // "Updated Tuesday", "Posted 2 hours ago": a timestamp without a full date is still not body text.
      l.removedBy.push("date-line");
    }
  }
  const dateLines: DatedLine[] = textLines.filter((l) => !l.removedBy.includes("date-header")).map((l) => ({ line: l.n, text: l.text }));
  // Whether 04/05/2022 is 4 May or 5 April is decided by how the whole page writes its dates.
  const lineDates = lineCandidates(dateLines, buildDay, dateOrder(lines.map((l) => l.text)));
  candidates.push(...lineDates);
  for (const c of lineDates) {
    const l = topLines.find((x) => x.n === c.line);
    // A line that is only a date or a timestamp is metadata, not body text.
    if (l && kept(l) && l.text.length <= 140 && !isParagraphText(l.text)) l.removedBy.push("date-line");
  }

  // 4. The headline and the page furniture around it.
  let headline: string | null = null;
  let masthead: string | null = null;
  const firstKept = content.filter(kept);
  const first = firstKept[0];
  if (fm.data.title) {
    // The editor's title wins; a first line or heading repeating it is not body text.
    const md = first ? MD_HEADING.exec(first.text) : null;
    if (first && sameText(md?.[1] ?? first.text, fm.data.title)) first.removedBy.push("headline");
  } else if (email?.subject) {
    headline = email.subject;
  } else if (feed.title) {
    headline = feed.title;
  } else if (first && file.format === "markdown" && MD_HEADING.test(first.text)) {
    headline = MD_HEADING.exec(first.text)![1]!;
    first.removedBy.push("headline");
  } else if (first && file.format === "markdown" && /^(?:=+|-+)$/.test(firstKept[1]?.text ?? "") && firstKept[1]!.n === first.n + 1) {
    // A setext heading: "Title" underlined with "=====".
    headline = first.text;
    first.removedBy.push("headline");
    firstKept[1]!.removedBy.push("headline");
  } else {
    const top = findHeadline(content, kept);
    masthead = top.masthead;
    byline ??= top.byline;
    let line = top.headline;
    if (!line) {
      // No headline sits right above a byline, date or lead: fall back to the first line, after
      // any section labels ("Local News") above it.
      for (let labels = 0; labels < MAX_SECTION_LABELS; labels++) {
        const [label, next, after] = content.filter(kept);
        if (!label || !next || !isSectionLabel(label.text) || !looksLikeHeadline(next.text, after?.text)) break;
        label.removedBy.push("section-label");
      }
      const [f, next] = content.filter(kept);
      if (f && looksLikeHeadline(f.text, next?.text) && isHeadlineShaped(f.original, f.text)) line = f;
    }
    if (line) {
      headline = line.text;
      line.removedBy.push("headline");
    }
  }
  if (headline) {
    for (const l of content.filter(kept)) if (sameText(l.text, headline)) l.removedBy.push("repeated-headline");
  }

  // 5. Body paragraphs.
  const bodyLines = content.filter(kept);
  const paragraphs = toParagraphs(content, kept, file.format);
  const leadLine = bodyLines[0];
  // The dateline opens the lead; under a deck the headline finder left in, it opens the next line.
  const dateline = leadLine ? (readDateline(leadLine.text) ?? (bodyLines[1] && !isParagraphText(leadLine.text) ? readDateline(bodyLines[1].text) : null)) : null;
  // The lead is the first paragraph with words in it (a Markdown image alone is not one).
  const lead = paragraphs.find((p) => /\p{L}/u.test(file.format === "markdown" ? stripMarkdown(p.text) : p.text))?.text ?? "";
  const leadText = dateline && lead.startsWith(dateline.prefix) ? lead.slice(dateline.prefix.length) : lead;
  // Only Markdown has markup to strip; in plain text "<" and "*" are just characters.
  const leadWithoutDateline = file.format === "markdown" ? stripMarkdown(leadText) : leadText;

  // 6. Dates from the running text and captions, then the cascade.
  candidates.push(...textCandidates({ paragraphs: paragraphs.map((p) => ({ line: p.line, text: p.text })), captions, buildDay }));
  const date = chooseDate(candidates);
  if (date.date === null) {
    messages.push(message("warning", "date/none", file.path, null, "No publication date found; the story is listed as undated"));
  } else if (date.confidence === "low") {
    messages.push(message("info", "date/low-confidence", file.path, candidates.find((c) => c.value === date.date)?.line ?? null, `Date ${date.date} is an estimate: ${date.evidence}`));
  }

  // 7. Title, outlet, summary.
  let title: string;
  let titleSource: StoryDraft["titleSource"];
  if (fm.data.title) [title, titleSource] = [fm.data.title, "front-matter"];
  else if (headline) [title, titleSource] = [headline, "headline"];
  else if (leadWithoutDateline) {
    [title, titleSource] = [generateHeadline(leadWithoutDateline), "generated"];
    messages.push(message("info", "headline/generated", file.path, leadLine?.n ?? null, "No headline found; generated one from the lead sentence"));
  } else {
    messages.push(message("error", "article/no-text", file.path, null, "No article text left after removing boilerplate and metadata"));
    return { draft: null, messages };
  }
  // The outlet, most reliable first: the editor, a dateline code we know, the page's own
  // address, a credit line, a masthead, a signature the outlet prints; then a dateline code we
  // don't know, as written, the copyright holder and a reporter's e-mail domain. Null when none
  // says; never guessed.
  const texts = lines.map((l) => l.text);
  const knownCode = dateline?.code ? isKnownCode(dateline.code) : false;
  const topTexts = topLines.map((l) => l.text);
  // The page's own address is saved above the story; links further down are other pages.
  const leadIndex = leadLine ? content.indexOf(leadLine) : content.length;
  const addressLines = content.slice(0, Math.min(leadIndex, TOP_SCAN_LINES)).filter((l) => /https?:\/\/|\bwww\./i.test(l.text));
  const outlet =
    fm.data.outlet ??
    (fm.data.source && !isAddress(fm.data.source) ? fm.data.source.trim() || null : null) ??
    (knownCode ? dateline?.outlet : null) ??
    firstOf([...pageAddress.map((a) => a.text), ...addressLines.map((l) => l.text)], outletFromAddress) ??
    (dateline?.code && dateline.outlet && !knownCode ? expandCode(dateline.outlet, texts.slice(0, TOP_SCAN_LINES)) : null) ??
    firstOf(topTexts, outletFromCredit) ??
    (byline && !fm.data.byline && !fm.data.author ? outletFromCredit(`By ${byline}`) : null) ??
    masthead ??
    firstOf(topTexts, outletFromStaff) ??
    outletFromSignatures(texts)?.name ??
    dateline?.outlet ??
    firstOf(texts, outletFromCopyright) ??
    firstOf(texts, outletFromAddress) ??
    null;
  const summary = fm.data.summary ?? summarize(leadWithoutDateline);

  const original = sourceText(lines.map((l) => ({ n: l.n, text: l.original, removedBy: l.removedBy })));
  const textHash = createHash("sha256").update(lines.map((l) => l.text).join("\n").trim()).digest("hex");
  return {
    draft: {
      file: { path: file.path, format: file.format, contentHash: file.contentHash },
      frontMatter: fm.data,
      title,
      titleSource,
      date,
      dateCandidates: candidates,
      outlet,
      dateline: fm.data.dateline ?? dateline?.place ?? null,
      byline,
      summary,
      wordCount: paragraphs.reduce((n, p) => n + countWords(p.text), 0),
      paragraphs: paragraphs.map((p) => p.text),
      captions,
      original,
      textHash,
      weekdays: mentionedWeekdays(paragraphs.map((p) => ({ line: p.line, text: p.text }))),
      sameDay: sameDayWords(paragraphs.map((p) => ({ line: p.line, text: p.text }))),
    },
    messages,
  };
}

/**
 * Paragraphs are blocks between blank lines. In Markdown a block is one paragraph; in plain
 * text each line is one, unless the text was hard-wrapped (long lines that don't end a
 * sentence), which is joined back.
 */
function toParagraphs(lines: readonly Work[], kept: (l: Work) => boolean, format: SourceFile["format"]): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let block: Work[] = [];
  const flush = () => {
    if (block.length === 0) return;
    if (format === "markdown") {
      out.push({ line: block[0]!.n, text: block.map((l) => l.text).join("\n") });
    } else {
      let current: Work[] = [];
      for (const l of block) {
        current.push(l);
        const wrapped = l.text.length >= WRAPPED_LINE_MIN && !/[.!?:"”’)]$/.test(l.text);
        if (!wrapped) {
          out.push({ line: current[0]!.n, text: current.map((c) => c.text).join(" ") });
          current = [];
        }
      }
      if (current.length) out.push({ line: current[0]!.n, text: current.map((c) => c.text).join(" ") });
    }
    block = [];
  };
  for (const l of lines) {
    if (l.text === "") flush();
    else if (kept(l)) block.push(l);
  }
  flush();
  return out;
}

/**
 * After a link-list heading, remove the short headline-like lines that follow, across blank
 * lines, until a line that reads like a paragraph of the story (long, or ending a sentence).
 */
function markLinkBlocks(lines: readonly Work[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (!LINK_BLOCK_HEADING.test(lines[i]!.text)) continue;
    if (lines[i]!.removedBy.length === 0) lines[i]!.removedBy.push("link-block");
    let taken = 0;
    for (let j = i + 1; j < lines.length && taken < LINK_BLOCK_MAX_LINES; j++) {
      const l = lines[j]!;
      if (l.text === "" || l.removedBy.length > 0) continue;
      const sentence = /[.!?]["”’]?$/.test(l.text) && l.text.split(/\s+/).length > 8;
      if (l.text.length > LINK_BLOCK_MAX_LINE || sentence) break;
      l.removedBy.push("link-block");
      taken++;
    }
  }
}

const FEED_FIELD = /^(title|link|guid|pubdate|published|updated|description|author|creator|category|feed|source|comments)\s*:\s*(.*)$/i;

/**
 * An RSS or Atom item dumped as text: three or more "Field: value" lines at the top. The
 * title field is the headline; the others (the date, the link) are read by the date rules.
 */
function readFeedFields(lines: readonly Work[]): { title: string | null } {
  const top = lines.filter((l) => l.text !== "").slice(0, 12);
  const fields = top.filter((l) => FEED_FIELD.test(l.text));
  if (fields.length < 3 || !fields.some((l) => /^title\s*:/i.test(l.text))) return { title: null };
  let title: string | null = null;
  for (const l of fields) {
    const [, name, value] = FEED_FIELD.exec(l.text)!;
    if (name!.toLowerCase() === "title") title ??= value!.trim() || null;
    if (!["pubdate", "published", "updated"].includes(name!.toLowerCase())) l.removedBy.push("feed-field");
  }
  return { title };
}

/** One or two lead sentences, at most about SUMMARY_MAX_LENGTH characters. */
export function summarize(lead: string): string {
  let out = "";
  for (const s of splitSentences(lead)) {
    if (out && (out + " " + s).length > SUMMARY_MAX_LENGTH) break;
    out = out ? `${out} ${s}` : s;
  }
  if (out.length <= SUMMARY_MAX_LENGTH) return out;
  const cut = truncateAtWord(out, SUMMARY_MAX_LENGTH);
  return `${cut.text}…`;
}

export function stripMarkdown(text: string): string {
  return text.replace(/!\[[^\]]*\]\([^)]*\)/g, "").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/[*_`#>]+/g, "").replace(/\s+/g, " ").trim();
}

/** A section label: one to SECTION_LABEL_MAX_WORDS words, no sentence punctuation. */
function isSectionLabel(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length <= SECTION_LABEL_MAX_WORDS && text.length <= 40 && !/[.!?:"“”]/.test(text);
}

/** A web address rather than a name ("source: https://…" in front matter). */
function isAddress(text: string): boolean {
  return /^(?:https?:\/\/|www\.)/i.test(text.trim());
}

function firstOf(items: readonly string[], read: (s: string) => string | null): string | null {
  for (const item of items) {
    const found = read(item);
    if (found) return found;
  }
  return null;
}

function sameText(a: string, b: string): boolean {
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  return key(a) === key(b);
}
