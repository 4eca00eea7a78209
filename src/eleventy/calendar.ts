import { monthName } from "./filters/dates.ts";
import type { Archive, StoryRef, TimelineMonth, TimelineYear } from "../pipeline/schema/index.ts";

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
  return { years: yearPages, months: monthPages, undated };
}
