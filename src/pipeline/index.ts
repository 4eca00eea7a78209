import { createHash } from "node:crypto";
import type { Archive, Message, SourceText, Story, StoryRecord } from "./schema/index.ts";
import { carryPacked, packOnto, packProperty } from "./shape/packed.ts";
import { storySchema } from "./schema/index.ts";
import { message, sortMessages } from "./report/messages.ts";
import { decodeFile, type RawFile } from "./read/sourceFile.ts";
import { readSeeds } from "./read/readSeeds.ts";
import type { StoryDraft } from "./extract/article.ts";
import { normalizeLines } from "./clean/normalize.ts";
import { findRepeatedLines } from "./clean/repeated.ts";
import { isSafeSlug, slugify } from "./enrich/slugs.ts";
import { groupEvents, isFollowUp } from "./enrich/events.ts";
import { buildTimeline, buildTopics, compareStories, toRef } from "./shape/pages.ts";
import type { MentionKind, StoryEntities } from "./enrich/entities.ts";
import { buildCanon, type Canon } from "./enrich/aliases.ts";
import { relatedStories } from "./enrich/related.ts";
import { buildEntities, buildOutlets, buildQuotes, eventCoverage, linkEntities } from "./shape/entities.ts";
import { datelinePlaces } from "./extract/dateline.ts";
import type { ParseJob, StoryParse } from "./run/parseFile.ts";
import { parseJobs, parseJobsSync, type ParseOptions } from "./run/parseJobs.ts";
import { knownOutlet } from "./extract/outlet.ts";
import type { Quote } from "./schema/index.ts";

/** How many of the newest stories the home page lists. */
export const LATEST_COUNT = 10;

export interface PipelineOptions {
  /** The build day, YYYY-MM-DD: no story may be dated after it. */
  buildDay: string;
}

/** The archive's repeated lines, and one parse job per article. */
export interface PreparedFiles {
  fileCount: number;
  messages: Message[];
  repeated: ReadonlySet<string>;
  jobs: ParseJob[];
}

/**
 * The first, archive-wide step: decode every file and find the lines that recur across the
 * corpus (boilerplate). Each job's cache key names the file's content, its path, the build day
 * and the repeated lines it has, so a cached parse is reused only when it would come out the
 * same. Only each file's non-blank lines are held meanwhile, and only its bytes after.
 */
export function prepareFiles(files: readonly RawFile[], options: PipelineOptions, readMessages: readonly Message[] = []): PreparedFiles {
  const messages: Message[] = [...readMessages];
  const articles: { raw: RawFile; contentHash: string; lines: string[] }[] = [];
  for (const raw of [...files].sort((a, b) => a.path.localeCompare(b.path, "en"))) {
    const d = decodeFile(raw);
    messages.push(...d.messages);
    if (d.file) articles.push({ raw, contentHash: d.file.contentHash, lines: normalizeLines(d.file.text).map((l) => l.text).filter(Boolean) });
  }
  const repeated = findRepeatedLines(articles.map((a) => a.lines));
  const jobs = articles.map(({ raw, contentHash, lines }) => {
    const mine = lines.filter((l) => repeated.has(l));
    const key = `${contentHash}:${raw.path}:${options.buildDay}:${createHash("sha256").update(mine.join("\n")).digest("hex")}`;
    return { raw, key };
  });
  return { fileCount: files.length, messages, repeated, jobs };
}

/**
 * The whole pipeline on in-memory files: decode, clean and extract each, then the
 * archive-wide steps (slugs, duplicates, topics) and the page shapes. Every file ends as a
 * story or in an error message.
 */
export function runPipeline(files: readonly RawFile[], options: PipelineOptions, readMessages: readonly Message[] = []): Archive {
  const prepared = prepareFiles(files, options, readMessages);
  return assembleArchive(prepared, parseJobsSync(prepared.jobs, options.buildDay, prepared.repeated));
}

/** The archive-wide steps over every file's parse: names, events, records, pages. */
export function assembleArchive(prepared: Pick<PreparedFiles, "fileCount" | "messages">, parsed: readonly StoryParse[]): Archive {
  const messages = [...prepared.messages];
  const drafts: StoryDraft[] = [];
  const parseOf = new Map<string, StoryParse>();
  for (const result of parsed) {
    messages.push(...result.messages);
    if (result.draft) {
      drafts.push(result.draft);
      parseOf.set(result.draft.file.path, result);
    }
  }
  // One name per entity across the archive ("Gimenez" in one story is "Carlos Gimenez" of another).
  const canon = buildCanon(
    drafts.map((d) => {
      const e = parseOf.get(d.file.path)!.entities!;
      return { person: e.people, place: [...datelinePlaces(d.dateline), ...e.places], organization: withoutOutlet(e.organizations, d.outlet) };
    }),
  );
  // Events: stories about the same happening; undated ones borrow the event's day.
  const grouping = groupEvents(
    drafts.map((d) => ({
      key: d.file.path,
      title: d.title,
      titleIsHeadline: d.titleSource !== "generated",
      date: d.date,
      features: parseOf.get(d.file.path)!.features!,
      weekdays: d.weekdays,
      sameDay: d.sameDay,
      followUp: isFollowUp(d.title),
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
  const storyIndex = new Map(drafts.map((d, i) => [d.file.path, i]));
  const records = dated.map((draft) => {
    const parse = parseOf.get(draft.file.path)!;
    const names = namesOf(parse, draft.outlet, draft.dateline, canon, storyIndex.get(draft.file.path)!);
    const record = { ...toRecord(draft, usedUrls, messages), topics: parse.topics, ...names, eventId: grouping.eventOf.get(draft.file.path) ?? null };
    const twins = byText.get(draft.textHash);
    if (twins) twins.push(record.id);
    else byText.set(draft.textHash, [record.id]);
    return { draft, record };
  });
  const twinsOf = (draft: StoryDraft, id: string) => (byText.get(draft.textHash) ?? []).filter((other) => other !== id);
  const related = relatedStories(records.map(({ draft, record }) => ({ ...record, duplicateOf: twinsOf(draft, record.id) })));
  const recordById = new Map(records.map(({ record }) => [record.id, record]));
  const relatedRefs = (id: string) =>
    (related.get(id) ?? []).map((other) => {
      const r = recordById.get(other)!;
      return { id: r.id, title: r.title, url: r.url, date: r.date, datePrecision: r.datePrecision, outlet: r.outlet };
    });
  for (const { draft, record } of records) {
    const twins = twinsOf(draft, record.id);
    if (twins.length > 0) {
      messages.push(message("warning", "story/duplicate", record.sourceFile, null, `Same text as ${twins.length} other file(s); kept, and marked as duplicates of each other`));
    }
    const story = {
      record,
      bodyFormat: draft.file.format,
      paragraphs: [] as string[],
      // Packed below.
      captions: [] as Story["captions"],
      dateCandidates: [] as Story["dateCandidates"],
      original: { lines: "", removed: [] } as SourceText,
      contentHash: draft.file.contentHash,
      duplicateOf: twins,
      // Filled in below, once every story's names have pages.
      links: { people: [], places: [], organizations: [], outlet: null },
      related: relatedRefs(record.id),
    };
    // The body, original file and captions stay packed as the parse holds them (see
    // compactParse), taken from the parse's own draft: a copy with a new date (above) holds them
    // unpacked. Its date candidates are that copy's (one more, from the event), packed again.
    // Its links (below) and related stories are packed too: only its own page reads them.
    const parsedDraft = parseOf.get(draft.file.path)!.draft!;
    carryPacked(parsedDraft, story, "paragraphs");
    carryPacked(parsedDraft, story, "original");
    carryPacked(parsedDraft, story, "captions");
    packOnto(draft, story, "dateCandidates");
    packProperty(story, "related");
    const checked = storySchema.safeParse(story);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      messages.push(message("error", "story/invalid", record.sourceFile, null, `The story record failed validation at "${issue.path.join(".")}": ${issue.message}`));
      continue;
    }
    // The story itself, not zod's copy of it (the schema has no defaults or transforms, so the
    // two are alike): a copy of every story doubled the archive's memory while it was built.
    stories.push(story as Story);
  }
  stories.sort(compareStories);

  // A date borrowed from an event answers the "no date" warning; the date/from-event info says how.
  const sorted = sortMessages(messages.filter((m) => !(m.ruleId === "date/none" && grouping.borrowed.has(m.file))));
  const withDates = stories.filter((s) => s.record.date !== null);
  const days = withDates.map((s) => s.record.date!).sort();
  const idOfFile = new Map(stories.map((s) => [s.record.sourceFile, s.record.id]));
  const storyById = new Map(stories.map((s) => [s.record.id, s]));
  // Two events may read alike (two copies of one article are two one-story events): slugs stay unique.
  const eventSlugs = new Set<string>();
  const events = grouping.events.map((found) => {
    let slug = found.slug;
    for (let n = 2; eventSlugs.has(slug); n++) slug = `${found.slug}-${n}`;
    eventSlugs.add(slug);
    const e = { ...found, slug };
    return eventCoverage(
      {
        ...e,
        anchorId: e.anchorId === null ? null : (idOfFile.get(e.anchorId) ?? null),
        storyIds: e.storyIds.map((k) => idOfFile.get(k)).filter((id): id is string => id !== undefined),
      },
      storyById,
    );
  });
  const people = buildEntities(stories, "person", (n) => canon.aliases("person", n));
  const places = buildEntities(stories, "place", (n) => canon.aliases("place", n));
  const organizations = buildEntities(stories, "organization", (n) => canon.aliases("organization", n));
  const outlets = buildOutlets(stories);
  const link = (urls: ReadonlyMap<string, string>) => (name: string) => ({ name, url: urls.get(name)! });
  for (const story of stories) {
    const r = story.record;
    story.links = {
      people: r.people.map(link(people.urlOf)),
      places: r.places.map(link(places.urlOf)),
      organizations: r.organizations.map(link(organizations.urlOf)),
      outlet: r.outlet ? link(outlets.urlOf)(r.outlet) : null,
    };
    packProperty(story, "links");
  }
  const quotes = buildQuotes(stories, people.urlOf, organizations.urlOf);
  linkEntities(stories, [...people.entities, ...places.entities, ...organizations.entities], quotes);
  return {
    stories,
    latest: withDates.slice(0, LATEST_COUNT).map(toRef),
    events,
    topics: buildTopics(stories),
    people: people.entities,
    places: places.entities,
    organizations: organizations.entities,
    outlets: outlets.outlets,
    quotes,
    timeline: buildTimeline(stories),
    stats: {
      files: prepared.fileCount,
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

/**
 * Read a seeds folder from disk and run the pipeline on it, with the parses of unchanged files
 * taken from the cache and the rest parsed in worker threads (see run/parseJobs.ts).
 */
export async function buildArchive(options: BuildOptions): Promise<Archive> {
  return (await buildArchiveInContext(options)).archive;
}

export type BuildOptions = PipelineOptions & Omit<ParseOptions, "buildDay"> & { seedsDir: string };

/** An archive and what it was built from that the preview server needs to remake one story (see preview.ts). */
export interface ArchiveContext {
  archive: Archive;
  buildDay: string;
  /** The lines repeated across the corpus (boilerplate) when the archive was built. */
  repeated: ReadonlySet<string>;
}

/** buildArchive, keeping the corpus's repeated lines beside the archive. */
export async function buildArchiveInContext(options: BuildOptions): Promise<ArchiveContext> {
  const { prepared, parsed } = await readAndParse(options);
  return { archive: assembleArchive(prepared, parsed), buildDay: options.buildDay, repeated: prepared.repeated };
}

/**
 * Every file read and parsed. The files' bytes and lines are let go here, before the
 * archive-wide steps, which need only the parses: at 100,000 articles they are over a gigabyte.
 */
async function readAndParse(options: BuildOptions): Promise<{ prepared: Omit<PreparedFiles, "jobs">; parsed: StoryParse[] }> {
  const { jobs, ...prepared } = await readAndPrepare(options);
  // parseJobs takes the jobs and lets each go once it is parsed.
  return { prepared, parsed: await parseJobs(jobs, prepared.repeated, options) };
}

/** The seeds read and prepared; their bytes are not kept (only each job's decoded text). */
async function readAndPrepare(options: BuildOptions): Promise<PreparedFiles> {
  const { files, messages } = await readSeeds(options.seedsDir);
  return prepareFiles(files, options, messages);
}

/** The story's own outlet is not one of the organizations it is about ("MIAMI (CBSMiami) –"). */
function withoutOutlet(organizations: readonly string[], outlet: string | null): string[] {
  if (!outlet) return [...organizations];
  return organizations.filter((o) => o !== outlet && knownOutlet(o) !== outlet);
}

/** A story's names and quotations under the archive's names for them, each name once. */
function namesOf(found: Pick<StoryParse, "entities" | "quotes">, outlet: string | null, dateline: string | null, canon: Canon, story: number): { people: string[]; places: string[]; organizations: string[]; quotes: Quote[] } {
  const e = found.entities!;
  const named = (kind: MentionKind, names: readonly string[]) => [...new Set(names.map((n) => canon.name(kind, n, story)))];
  const organizations = withoutOutlet(e.organizations, outlet);
  const people = new Set(e.people);
  const quotes = found.quotes.map((q) => ({
    speaker: q.speaker === null ? null : canon.name(people.has(q.speaker) ? "person" : "organization", q.speaker, story),
    text: q.text,
  }));
  return { people: named("person", e.people), places: named("place", [...e.places, ...datelinePlaces(dateline)]), organizations: named("organization", organizations), quotes };
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
    topics: [],
    people: [],
    places: [],
    organizations: [],
    quotes: [],
    eventId: null,
  };
}
