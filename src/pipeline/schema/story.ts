import { z } from "zod";

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a YYYY-MM-DD date");

export const titleSourceSchema = z.enum(["front-matter", "headline", "generated"]);
export const datePrecisionSchema = z.enum(["day", "month", "year", "unknown"]);
export const dateSourceSchema = z.enum(["front-matter", "header", "byline", "text", "event", "none"]);
export const dateConfidenceSchema = z.enum(["high", "medium", "low", "none"]);

export const quoteSchema = z.object({
  speaker: z.string().nullable(),
  text: z.string().min(1),
});

/**
 * The public story record: exactly the fields of `_site/api/stories.json` (see DESIGN.md).
 * `date` is a calendar day string, never a timestamp; for month or year precision the
 * missing parts are "01" and `datePrecision` says how much of it is known.
 */
export const storyRecordSchema = z
  .object({
    id: z.string().min(1),
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a lowercase, hyphenated slug"),
    url: z.string().startsWith("/stories/").endsWith("/"),
    sourceFile: z.string().min(1),
    title: z.string().min(1),
    titleSource: titleSourceSchema,
    date: isoDay.nullable(),
    datePrecision: datePrecisionSchema,
    dateSource: dateSourceSchema,
    dateConfidence: dateConfidenceSchema,
    dateEvidence: z.string().min(1),
    outlet: z.string().nullable(),
    dateline: z.string().nullable(),
    byline: z.string().nullable(),
    summary: z.string(),
    wordCount: z.number().int().nonnegative(),
    topics: z.array(z.string()),
    people: z.array(z.string()),
    places: z.array(z.string()),
    organizations: z.array(z.string()),
    quotes: z.array(quoteSchema),
    eventId: z.string().nullable(),
  })
  .strict()
  .refine((s) => (s.date === null) === (s.datePrecision === "unknown"), {
    message: "date and datePrecision disagree: an unknown date must be null and a null date unknown",
  });

/** One line of the original file as the reader sees it on the story page (see sourceLines). */
export const sourceLineSchema = z.object({
  n: z.number().int().positive(),
  text: z.string(),
  /** Rule ids that removed (all or part of) this line; empty when the line was kept. */
  removedBy: z.array(z.string()),
});

/**
 * The original file as a story keeps it: its text once, and the lines that were removed. An
 * object per line cost a story about 14 KB of memory, more than its text; this costs the text
 * and an entry per removed line. `sourceLines` gives the lines back.
 */
export const sourceTextSchema = z.object({
  /** The file's lines as saved (a byte-order mark dropped), joined with "\n": line n is the nth. */
  lines: z.string(),
  /** Each line removed (all or part of it), by line number, with the ids of the rules that removed it. */
  removed: z.array(z.object({ n: z.number().int().positive(), by: z.array(z.string()).min(1) })),
});

export const dateCandidateSchema = z.object({
  value: isoDay,
  precision: datePrecisionSchema.exclude(["unknown"]),
  source: dateSourceSchema.exclude(["none"]),
  evidence: z.string(),
  line: z.number().int().positive().nullable(),
  confidence: dateConfidenceSchema.exclude(["none"]),
  /** The words the candidate was read from, quoted on the story page. */
  quote: z.string(),
  /** A date the story talks about (an anniversary, a deadline): kept as evidence, never the story's date. */
  talkedAbout: z.boolean(),
});

/** A name on a story page and the page it links to. */
export const linkSchema = z.object({ name: z.string(), url: z.string() });

/** Everything a story page shows; the export keeps only the `record` part. */
export const storySchema = z.object({
  record: storyRecordSchema,
  bodyFormat: z.enum(["text", "markdown"]),
  /** Clean body paragraphs (plain text for .txt input, Markdown for .md input). */
  paragraphs: z.array(z.string()),
  captions: z.array(z.object({ line: z.number().int().positive(), text: z.string() })),
  dateCandidates: z.array(dateCandidateSchema),
  original: sourceTextSchema,
  contentHash: z.string(),
  /** Ids of other stories with byte-identical normalised text. */
  duplicateOf: z.array(z.string()),
  /** The pages of the record's people, places, organizations and outlet, in the record's order. */
  links: z.object({
    people: z.array(linkSchema),
    places: z.array(linkSchema),
    organizations: z.array(linkSchema),
    outlet: linkSchema.nullable(),
  }),
  /** Other stories most alike in who, what and when, best first; never the story itself. */
  related: z.array(
    z.object({ id: z.string(), title: z.string(), url: z.string(), date: z.string().nullable(), datePrecision: datePrecisionSchema, outlet: z.string().nullable() }),
  ),
});

export type StoryRecord = z.infer<typeof storyRecordSchema>;
export type Story = z.infer<typeof storySchema>;
export type DateCandidate = z.infer<typeof dateCandidateSchema>;
export type DatePrecision = z.infer<typeof datePrecisionSchema>;
export type DateSource = z.infer<typeof dateSourceSchema>;
export type DateConfidence = z.infer<typeof dateConfidenceSchema>;
export type TitleSource = z.infer<typeof titleSourceSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Link = z.infer<typeof linkSchema>;
export type SourceLine = z.infer<typeof sourceLineSchema>;
export type SourceText = z.infer<typeof sourceTextSchema>;
