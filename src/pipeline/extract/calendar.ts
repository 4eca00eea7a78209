/**
 * Calendar days as "YYYY-MM-DD" strings and as day numbers (days since 1970-01-01), computed
 * in UTC so that no time zone can move a day. Shared by the date rules, front matter and events.
 */
export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

export type Weekday = (typeof WEEKDAYS)[number];

const MS_PER_DAY = 86_400_000;

function parts(day: string): [number, number, number] {
  return day.split("-").map(Number) as [number, number, number];
}

export function isoDay(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Is "2017-02-30" a day of the calendar? (It is not.) */
export function isRealDay(day: string): boolean {
  const [y, m, d] = parts(day);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function dayNumber(day: string): number {
  const [y, m, d] = parts(day);
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

export function fromDayNumber(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

export function weekdayOf(day: string): Weekday {
  return weekdayOfNumber(dayNumber(day));
}

export function weekdayOfNumber(n: number): Weekday {
  return WEEKDAYS[new Date(n * MS_PER_DAY).getUTCDay()]!;
}

/** "16 August 2017", for evidence sentences. */
export function humanDay(day: string): string {
  const [y, m, d] = parts(day);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** Noon local time on that day: a chrono reference that no time zone can push to another day. */
export function localNoon(day: string): Date {
  const [y, m, d] = parts(day);
  return new Date(y, m - 1, d, 12);
}
