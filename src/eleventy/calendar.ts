import { monthName } from "./filters/dates.ts";
import type { Archive, StoryRef, TimelineMonth, TimelineYear } from "../pipeline/schema/index.ts";
import { listPages, type ListPage } from "./listPages.ts";

/**
 * A page that would list more stories than this (the timeline, a year) lists its months with
 * their counts instead, each linking to the month's page: one page of 100,000 stories helps no
 * reader and costs the build more than all the month pages together.
 */
export const FULL_LIST_MAX = 500;
/** Where the undated stories are listed, page by page, when the timeline does not list them itself. */
export const UNDATED_URL = "/timeline/undated/";

/** "/timeline/2017/" for "2017": the year's archive page. */
export function yearUrl(year: string): string {
  return `/timeline/${year}/`;
}

/** "/timeline/2017/08/" for "2017-08": the month's archive page. */
export function monthUrl(month: string): string {
  return `/timeline/${month.slice(0, 4)}/${month.slice(5, 7)}/`;
}

/** A link to a neighbouring year or month page. */
export interface PeriodLink {
  /** "2017" or "2017-08" */
  period: string;
  /** "2017" or "August 2017" */
  label: string;
  url: string;
}

export interface YearPage extends TimelineYear {
  url: string;
  /** Whether the year's page (and the timeline) list its stories, or only its months. */
  full: boolean;
  /** The next older and newer years that have stories (the timeline skips empty years). */
  older: PeriodLink | null;
  newer: PeriodLink | null;
}

export interface MonthPage extends TimelineMonth {
  year: string;
  /** "August 2017" */
  label: string;
  url: string;
  older: PeriodLink | null;
  newer: PeriodLink | null;
}

/** The year and month archive pages, newest first, each linked to its neighbours in time. */
export interface Calendar {
  years: YearPage[];
  months: MonthPage[];
  undated: StoryRef[];
  /** Whether the timeline lists every story, or each year's months with their counts. */
  timelineFull: boolean;
  /** The pages of undated stories at UNDATED_URL; none when the timeline lists them itself. */
  undatedPages: ListPage[];
}

/**
 * Pages for /timeline/YYYY/ and /timeline/YYYY/MM/, shaped from the pipeline's timeline so the
 * templates only paginate over them. Lists are newest first, so the "older" neighbour of an
 * entry is the next one in the list.
 */
export function buildCalendar(archive: Archive): Calendar {
  const { years, undated } = archive.timeline;
  const link = (period: string | undefined, url: (p: string) => string): PeriodLink | null =>
    period === undefined ? null : { period, label: period.length > 4 ? monthName(period) : period, url: url(period) };
  const yearPages = years.map((y, i) => ({
    ...y,
    url: yearUrl(y.year),
    full: y.count <= FULL_LIST_MAX,
    older: link(years[i + 1]?.year, yearUrl),
    newer: link(years[i - 1]?.year, yearUrl),
  }));
  const months = years.flatMap((y) => y.months.map((m) => ({ ...m, year: y.year })));
  const monthPages = months.map((m, i) => ({
    ...m,
    label: monthName(m.month),
    url: monthUrl(m.month),
    older: link(months[i + 1]?.month, monthUrl),
    newer: link(months[i - 1]?.month, monthUrl),
  }));
  const timelineFull = years.reduce((n, y) => n + y.count, 0) + undated.length <= FULL_LIST_MAX;
  return { years: yearPages, months: monthPages, undated, timelineFull, undatedPages: timelineFull || undated.length === 0 ? [] : listPages(UNDATED_URL, undated) };
}
