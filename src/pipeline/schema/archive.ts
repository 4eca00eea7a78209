import { z } from "zod";
import { messageSchema } from "./message.ts";
import { datePrecisionSchema, dateConfidenceSchema, storySchema } from "./story.ts";

/** The slim view of a story that list pages show (timeline, topics, home). */
export const storyRefSchema = z.object({
  id: z.string(),
  title: z.string(),
  url: z.string(),
  date: z.string().nullable(),
  datePrecision: datePrecisionSchema,
  dateConfidence: dateConfidenceSchema,
  outlet: z.string().nullable(),
  summary: z.string(),
  /** The event the story belongs to, or null. */
  eventId: z.string().nullable(),
});

export const topicSchema = z.object({
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  url: z.string(),
  stories: z.array(storyRefSchema),
});

export const timelineDaySchema = z.object({ date: z.string(), stories: z.array(storyRefSchema) });
export const timelineMonthSchema = z.object({
  /** "YYYY-MM" */
  month: z.string(),
  count: z.number().int(),
  /** Stories known to the day, by day. */
  days: z.array(timelineDaySchema),
  /** Stories known only to the month. */
  monthOnly: z.array(storyRefSchema),
});
export const timelineYearSchema = z.object({
  year: z.string(),
  count: z.number().int(),
  months: z.array(timelineMonthSchema),
  /** Stories known only to the year. */
  yearOnly: z.array(storyRefSchema),
});

export const eventSchema = z.object({
  id: z.string(),
  slug: z.string(),
  /** The event's page, /events/<slug>/. */
  url: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  /** The story whose date dates the event (the surest dated one), or null when none is dated. */
  anchorId: z.string().nullable(),
  storyIds: z.array(z.string()),
  /** Its coverage, oldest first, then by outlet: how the story broke and who followed. */
  stories: z.array(storyRefSchema),
  /** The outlets that covered it, by name; stories of unknown outlet are not counted. */
  outlets: z.array(z.string()),
});

export const entityKindSchema = z.enum(["person", "place", "organization"]);

/** A person, place or organization with a page of its own: every story that names it. */
export const entitySchema = z.object({
  kind: entityKindSchema,
  slug: z.string(),
  /** /people/<slug>/, /places/<slug>/ or /organizations/<slug>/. */
  url: z.string(),
  name: z.string(),
  /** Other forms the stories use for it ("Gimenez", "Mayor Carlos Gimenez"), merged into this one. */
  aliases: z.array(z.string()),
  /** Newest first; undated last. */
  stories: z.array(storyRefSchema),
  /** What the stories quote it as saying (people and organizations), newest story first; at most ENTITY_QUOTES_SHOWN. */
  quotes: z.array(z.object({ text: z.string(), story: storyRefSchema })),
  /** All its quotations on the quotes page, or null when it has none. */
  quotesUrl: z.string().nullable(),
  /** The people, places and organizations named most often in the same stories, at least twice. */
  namedWith: z.array(z.object({ name: z.string(), url: z.string(), count: z.number().int().positive() })),
});

/** An outlet with a page listing its stories. */
export const outletSchema = z.object({
  slug: z.string(),
  url: z.string(),
  name: z.string(),
  stories: z.array(storyRefSchema),
});

/** One speaker's direct quotations across the archive, for the quotes page. */
export const speakerQuotesSchema = z.object({
  /** The speaker's name, or null for quotations no one is named for. */
  speaker: z.string().nullable(),
  /** Anchor on the quotes page. */
  slug: z.string(),
  /** The speaker's person page, when they have one. */
  personUrl: z.string().nullable(),
  quotes: z.array(z.object({ text: z.string(), story: storyRefSchema })),
  /** The page of the quotes list the speaker is on (from 1), and the group's address there. */
  page: z.number().int().positive(),
  url: z.string(),
});

export const archiveSchema = z.object({
  /** Newest first; undated stories last, by title. */
  stories: z.array(storySchema),
  /** The newest dated stories, for the home page. */
  latest: z.array(storyRefSchema),
  events: z.array(eventSchema),
  topics: z.array(topicSchema),
  /** By name; each with the stories that name it. */
  people: z.array(entitySchema),
  places: z.array(entitySchema),
  organizations: z.array(entitySchema),
  outlets: z.array(outletSchema),
  /** By speaker, the speakers quoted most first; unattributed quotations last. */
  quotes: z.array(speakerQuotesSchema),
  timeline: z.object({ years: z.array(timelineYearSchema), undated: z.array(storyRefSchema) }),
  stats: z.object({
    files: z.number().int(),
    stories: z.number().int(),
    dated: z.number().int(),
    undated: z.number().int(),
    firstDate: z.string().nullable(),
    lastDate: z.string().nullable(),
    outlets: z.number().int(),
    errors: z.number().int(),
    warnings: z.number().int(),
  }),
  messages: z.array(messageSchema),
});

export type StoryRef = z.infer<typeof storyRefSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type TimelineYear = z.infer<typeof timelineYearSchema>;
export type TimelineMonth = z.infer<typeof timelineMonthSchema>;
export type ArchiveEvent = z.infer<typeof eventSchema>;
export type Archive = z.infer<typeof archiveSchema>;
export type EntityKind = z.infer<typeof entityKindSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type Outlet = z.infer<typeof outletSchema>;
export type SpeakerQuotes = z.infer<typeof speakerQuotesSchema>;
