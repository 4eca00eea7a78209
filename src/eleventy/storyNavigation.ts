import type { Story, StoryRecord } from "../pipeline/schema/index.ts";
import { monthName } from "./filters/dates.ts";
import { monthUrl, yearUrl } from "./calendar.ts";

export interface Crumb {
  label: string;
  /** null for the current page (the last crumb), which is not a link. */
  url: string | null;
}

const HOME: Crumb = { label: "Home", url: "/" };
const TIMELINE: Crumb = { label: "Timeline", url: "/timeline/" };

/** The calendar crumbs down to a year ("2017") or a month ("2017-08"), each a link. */
function calendarCrumbs(period: string): Crumb[] {
  const crumbs = [HOME, TIMELINE, { label: period.slice(0, 4), url: yearUrl(period.slice(0, 4)) }];
  if (period.length >= 7) crumbs.push({ label: monthName(period.slice(0, 7)), url: monthUrl(period.slice(0, 7)) });
  return crumbs;
}

/** Home › Timeline › 2017 › August 2017 on a year or month page, the page itself last and not a link. */
export function periodBreadcrumbs(period: string): Crumb[] {
  const crumbs = calendarCrumbs(period);
  return [...crumbs.slice(0, -1), { label: crumbs.at(-1)!.label, url: null }];
}

/**
 * Home › People on a section's index page; Home › People › Jeff Sessions on a page listed there.
 * The current page is last and not a link.
 */
export function sectionBreadcrumbs(section: { title: string; url: string }, label: string | null = null): Crumb[] {
  if (label === null) return [HOME, { label: section.title, url: null }];
  return [HOME, { label: section.title, url: section.url }, { label, url: null }];
}

/**
 * Home › Timeline › 2017 › August 2017 › the story: as far down the calendar as the date is
 * known. An undated story sits under the timeline's undated list.
 */
export function storyBreadcrumbs(record: Pick<StoryRecord, "date" | "datePrecision" | "title">): Crumb[] {
  const { date, datePrecision } = record;
  const above =
    date === null ? [HOME, TIMELINE, { label: "Undated", url: "/timeline/#undated" }] : calendarCrumbs(datePrecision === "year" ? date.slice(0, 4) : date.slice(0, 7));
  return [...above, { label: record.title, url: null }];
}

/** The dated stories just before and after a story in time; null at either end, both null when undated. */
export interface Neighbours {
  older: StoryRecord | null;
  newer: StoryRecord | null;
}

// One index per stories array, built on first use: a page per story must not scan them all.
const neighbourIndexes = new WeakMap<readonly Story[], Map<string, Neighbours>>();

/**
 * Previous and next story in time, among dated stories. The archive's stories come newest
 * first with a stable tie-break (title, then source file), so neighbours in that list are
 * neighbours in time, and two stories of one day always link to each other the same way.
 */
export function storyNeighbours(id: string, stories: readonly Story[]): Neighbours {
  let index = neighbourIndexes.get(stories);
  if (!index) {
    const dated = stories.map((s) => s.record).filter((r) => r.date !== null);
    index = new Map(dated.map((r, i) => [r.id, { older: dated[i + 1] ?? null, newer: dated[i - 1] ?? null }]));
    neighbourIndexes.set(stories, index);
  }
  return index.get(id) ?? { older: null, newer: null };
}
