import type { Story, StoryRecord, TimelineMonth } from "../../src/pipeline/schema/index.ts";

/** A story record with every field the contract has; tests override what they are about. */
export function record(overrides: Partial<StoryRecord> = {}): StoryRecord {
  return {
    id: "s-1",
    slug: "council-meets",
    url: "/stories/2017/08/16/council-meets/",
    sourceFile: "a.txt",
    title: "Council Meets",
    titleSource: "headline",
    date: "2017-08-16",
    datePrecision: "day",
    dateSource: "header",
    dateConfidence: "high",
    dateEvidence: "The header says so.",
    outlet: "Miami Herald",
    dateline: "MIAMI",
    byline: "Jane Roe",
    summary: "The council met.",
    wordCount: 120,
    topics: ["immigration"],
    people: [],
    places: [],
    organizations: [],
    quotes: [],
    eventId: null,
    ...overrides,
  };
}

/** A story with the given record fields and nothing else a page needs (for lookups and feeds). */
export function story(overrides: Partial<StoryRecord> = {}): Story {
  return {
    record: record(overrides),
    bodyFormat: "text",
    paragraphs: ["The council met."],
    captions: [],
    dateCandidates: [],
    original: { lines: "The council met.", removed: [] },
    contentHash: "h",
    duplicateOf: [],
    links: { people: [], places: [], organizations: [], outlet: null },
    related: [],
  };
}

/** A timeline month with `count` stories, none of them listed (the chart and calendar only count). */
export function timelineMonth(month: string, count: number): TimelineMonth {
  return { month, count, days: [], monthOnly: [] };
}
