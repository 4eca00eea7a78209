import { format, parseISO } from "date-fns";
import type { DateConfidence, DatePrecision, DateSource } from "../../pipeline/schema/index.ts";

// parseISO on a bare "YYYY-MM-DD" gives local midnight, so formatting in local time can
// never move the day (the classic Eleventy "one day early in UTC" trap).
const PATTERNS: Record<Exclude<DatePrecision, "unknown">, string> = {
  day: "d MMMM yyyy",
  month: "MMMM yyyy",
  year: "yyyy",
};

/** "16 August 2017", "August 2017", "2017" or "Undated", at the precision we know. */
export function displayDate(date: string | null | undefined, precision: DatePrecision = "day"): string {
  if (!date || precision === "unknown") return "Undated";
  return format(parseISO(date), PATTERNS[precision]);
}

/** "August 2017" for "2017-08". */
export function monthName(month: string): string {
  return format(parseISO(`${month}-01`), "MMMM yyyy");
}

const MACHINE_LENGTH: Record<Exclude<DatePrecision, "unknown">, number> = { day: 10, month: 7, year: 4 };

/**
 * The value of a `<time datetime>` at the precision we know: "2017-08-16", "2017-08" or "2017",
 * so a date known only to the month never claims its placeholder day "01".
 */
export function machineDate(date: string | null | undefined, precision: DatePrecision = "day"): string {
  if (!date || precision === "unknown") return "";
  return date.slice(0, MACHINE_LENGTH[precision]);
}

const SOURCE_LABELS: Record<DateSource, string> = {
  "front-matter": "set by an editor in the front matter",
  header: "the file's date header",
  byline: "a byline, timestamp or date line",
  text: "a date in the text",
  event: "another story about the same event",
  none: "nothing in the file",
};
const CONFIDENCE_LABELS: Record<DateConfidence, string> = {
  high: "high confidence",
  medium: "medium confidence",
  low: "low confidence: an estimate",
  none: "no date",
};

/** "the file's date header" for "header": where a date came from, in words. */
export function dateSourceLabel(source: DateSource): string {
  return SOURCE_LABELS[source];
}

export function dateConfidenceLabel(confidence: DateConfidence): string {
  return CONFIDENCE_LABELS[confidence];
}
