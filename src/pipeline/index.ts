import { createHash } from "node:crypto";
import type { Archive, Message, Story, StoryRecord } from "./schema/index.ts";
import { storySchema } from "./schema/index.ts";
import { message, sortMessages } from "./report/messages.ts";
import { decodeFile, type RawFile } from "./read/sourceFile.ts";
import { readSeeds } from "./read/readSeeds.ts";
import { extractArticle, type StoryDraft } from "./extract/article.ts";
import { normalizeLines } from "./clean/normalize.ts";
import { findRepeatedLines } from "./clean/repeated.ts";
import { scoreTopics } from "./enrich/topics.ts";
import { isSafeSlug, slugify } from "./enrich/slugs.ts";
import { groupEvents } from "./enrich/events.ts";
import { storyFeatures } from "./enrich/features.ts";
import { buildTimeline, buildTopics, compareStories, toRef } from "./shape/pages.ts";

/** How many of the newest stories the home page lists. */
export const LATEST_COUNT = 10;

export interface PipelineOptions {
  /** The build day, YYYY-MM-DD: no story may be dated after it. */
  buildDay: string;
}

/** Parsed drafts by content hash and build day: an unchanged file is never parsed twice. */
const draftCache = new Map<string, { draft: StoryDraft | null; messages: Message[] }>();

/**
 * The whole pipeline on in-memory files: decode, clean and extract each, then the
 * archive-wide steps (slugs, duplicates, topics) and the page shapes. Every file ends as a
 * story or in an error message.
 */
export function runPipeline(files: readonly RawFile[], options: PipelineOptions, readMessages: readonly Message[] = []): Archive {
  const messages: Message[] = [...readMessages];
  const drafts: StoryDraft[] = [];
  const decoded = [...files].sort((a, b) => a.path.localeCompare(b.path, "en")).map((raw) => {
    const d = decodeFile(raw);
    messages.push(...d.messages);
    return d.file;
  });
  const sources = decoded.filter((f): f is NonNullable<typeof f> => f !== null);
  // Lines that recur across the corpus are boilerplate; each file's cache key names the ones it has.
  const normalized = sources.map((f) => normalizeLines(f.text));
  const lineSets = normalized.map((lines) => lines.map((l) => l.text).filter(Boolean));
  const repeated = findRepeatedLines(lineSets);
  const used = new Set<string>();
  for (const [i, file] of sources.entries()) {
    const mine = lineSets[i]!.filter((l) => repeated.has(l));
    const key = `${file.contentHash}:${file.path}:${options.buildDay}:${createHash("sha256").update(mine.join("\n")).digest("hex")}`;
    used.add(key);
    let result = draftCache.get(key);
    if (!result) {
      try {
        result = extractArticle(file, options.buildDay, repeated, normalized[i]);
      } catch (error) {
        result = { draft: null, messages: [message("error", "pipeline/crash", file.path, null, `The parser failed on this file: ${(error as Error).message}`)] };
      }
      draftCache.set(key, result);
    }
    messages.push(...result.messages);
    if (result.draft) drafts.push(result.draft);
  }
  // Keep only this build's drafts, so a long `npm start` session does not grow without end.
  for (const key of draftCache.keys()) if (!used.has(key)) draftCache.delete(key);

  // Events: stories about the same happening; undated ones borrow the event's day.
  const grouping = groupEvents(
    drafts.map((d) => ({
      key: d.file.path,
      title: d.title,
      titleIsHeadline: d.titleSource !== "generated",
      date: d.date,
      features: storyFeatures(d.title, d.paragraphs),
      weekdays: d.weekdays,
      sameDay: d.sameDay,
    })),
  );
  const dated = drafts.map((d) => {
    const confirmed = grouping.confirmed.get(d.file.path);
    if (confirmed) return { ...d, date: confirmed };
    const date = grouping.borrowed.get(d.file.path);
    if (!date) return d;
    messages.push(message("info", "date/from-event", d.file.path, null, date.evidence));
    const fromEvent = { value: date.date!, precision: "day" as const, source: "event" as const, evidence: date.evidence, line: null, confidence: date.confidence as "medium" | "low", quote: "", talkedAbout: false };
    return { ...d, date, dateCandidates: [...d.dateCandidates, fromEvent] };
  });

  const stories: Story[] = [];
  const usedUrls = new Set<string>();
  const byText = new Map<string, string[]>();
  const records = dated.map((draft) => {
    const record = { ...toRecord(draft, usedUrls, messages), eventId: grouping.eventOf.get(draft.file.path) ?? null };
    byText.set(draft.textHash, [...(byText.get(draft.textHash) ?? []), record.id]);
    return { draft, record };
  });
  for (const { draft, record } of records) {
    const twins = (byText.get(draft.textHash) ?? []).filter((id) => id !== record.id);
    if (twins.length > 0) {
      messages.push(message("warning", "story/duplicate", record.sourceFile, null, `Same text as ${twins.length} other file(s); kept, and marked as duplicates of each other`));
    }
    const story = {
      record,
      bodyFormat: draft.file.format,
      paragraphs: draft.paragraphs,
      captions: draft.captions,
      dateCandidates: draft.dateCandidates,
      original: draft.original,
      contentHash: draft.file.contentHash,
      duplicateOf: twins,
    };
    const checked = storySchema.safeParse(story);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      messages.push(message("error", "story/invalid", record.sourceFile, null, `The story record failed validation at "${issue.path.join(".")}": ${issue.message}`));
      continue;
    }
    stories.push(checked.data);
  }
  stories.sort(compareStories);

  // A date borrowed from an event answers the "no date" warning; the date/from-event info says how.
  const sorted = sortMessages(messages.filter((m) => !(m.ruleId === "date/none" && grouping.borrowed.has(m.file))));
  const withDates = stories.filter((s) => s.record.date !== null);
  const days = withDates.map((s) => s.record.date!).sort();
  const idOfFile = new Map(stories.map((s) => [s.record.sourceFile, s.record.id]));
  const events = grouping.events.map((e) => ({
    ...e,
    anchorId: e.anchorId === null ? null : (idOfFile.get(e.anchorId) ?? null),
    storyIds: e.storyIds.map((k) => idOfFile.get(k)).filter((id): id is string => id !== undefined),
  }));
  return {
    stories,
    latest: withDates.slice(0, LATEST_COUNT).map(toRef),
    events,
    topics: buildTopics(stories),
    timeline: buildTimeline(stories),
    stats: {
      files: files.length,
      stories: stories.length,
      dated: withDates.length,
      undated: stories.length - withDates.length,
      firstDate: days[0] ?? null,
      lastDate: days.at(-1) ?? null,
      outlets: new Set(stories.map((s) => s.record.outlet).filter(Boolean)).size,
      errors: sorted.filter((m) => m.severity === "error").length,
      warnings: sorted.filter((m) => m.severity === "warning").length,
    },
    messages: sorted,
  };
}

/** Read a seeds folder from disk and run the pipeline on it. */
export async function buildArchive(options: PipelineOptions & { seedsDir: string }): Promise<Archive> {
  const { files, messages } = await readSeeds(options.seedsDir);
  return runPipeline(files, options, messages);
}

function toRecord(draft: StoryDraft, usedUrls: Set<string>, messages: Message[]): StoryRecord {
  const sourceFile = draft.file.path;
  const id = `s-${createHash("sha256").update(sourceFile).digest("hex").slice(0, 12)}`;
  let slug = slugify(draft.title) || "story";
  const wanted = draft.frontMatter.slug;
  if (wanted !== undefined) {
    if (isSafeSlug(wanted)) slug = wanted;
    else messages.push(message("warning", "front-matter/unsafe-slug", sourceFile, null, `Rejected the front-matter slug "${wanted}": expected lowercase letters, digits and hyphens only; used "${slug}"`));
  }
  const { date, precision } = draft.date;
  const folder = date === null ? "undated" : precision === "day" ? date.replaceAll("-", "/") : precision === "month" ? date.slice(0, 7).replace("-", "/") : date.slice(0, 4);
  let url = `/stories/${folder}/${slug}/`;
  if (usedUrls.has(url)) {
    const suffixed = `${slug}-${id.slice(2, 8)}`;
    messages.push(message("info", "story/slug-taken", sourceFile, null, `Another story already has the address ${url}; this one is at /stories/${folder}/${suffixed}/`));
    slug = suffixed;
    url = `/stories/${folder}/${slug}/`;
  }
  usedUrls.add(url);
  const body = draft.paragraphs.join("\n");
  const extraTopics = [draft.frontMatter.topics ?? [], draft.frontMatter.tags ?? []].flat();
  return {
    id,
    slug,
    url,
    sourceFile,
    title: draft.title,
    titleSource: draft.titleSource,
    date,
    datePrecision: precision,
    dateSource: draft.date.source,
    dateConfidence: draft.date.confidence,
    dateEvidence: draft.date.evidence,
    outlet: draft.outlet,
    dateline: draft.dateline,
    byline: draft.byline,
    summary: draft.summary,
    wordCount: draft.wordCount,
    topics: scoreTopics(draft.title, body, extraTopics),
    people: [],
    places: [],
    organizations: [],
    quotes: [],
    eventId: null,
  };
}
