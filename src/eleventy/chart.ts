import { addMonths, format, parseISO } from "date-fns";
import type { TimelineYear } from "../pipeline/schema/index.ts";
import { monthUrl } from "./calendar.ts";

/** Chart geometry, in SVG user units (the SVG scales down to fit, never up). */
export const CHART = {
  /** Horizontal room per month. */
  step: 28,
  /** The narrowest the drawing gets, so a short archive still has room for its labels. */
  minWidth: 480,
  plotHeight: 120,
  /** Room above the bars (count labels), on the left (the scale) and below (month and year labels). */
  top: 18,
  left: 28,
  bottom: 36,
  /** Gap between bars, as a share of a month's room. */
  gap: 0.25,
  /** Above this many months, month initials and counts would crowd: only years are labelled. */
  labelMonthsUpTo: 36,
} as const;

export interface ChartBar {
  /** "2017-08" */
  month: string;
  /** "August 2017" */
  label: string;
  count: number;
  /** The month page, or null for a month without stories (there is no page to go to). */
  url: string | null;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartLabel {
  x: number;
  text: string;
}

export interface MonthChart {
  width: number;
  height: number;
  /** Bottom of the plot (the baseline), and its left edge. */
  baseline: number;
  left: number;
  right: number;
  top: number;
  max: number;
  bars: ChartBar[];
  /** Month initials under the bars (when few enough to read), and years under their first month. */
  monthLabels: ChartLabel[];
  yearLabels: ChartLabel[];
  showCounts: boolean;
  /** Stories known to the month or day (the ones the bars count). */
  total: number;
  /** Stories known only to the year: not in any bar. */
  yearOnly: number;
}

/** Every month from the first to the last that has stories, oldest first, with its count (0 included). */
export function monthCounts(years: readonly TimelineYear[]): { month: string; count: number }[] {
  const counts = new Map(years.flatMap((y) => y.months.map((m) => [m.month, m.count] as const)));
  const known = [...counts.keys()].sort();
  const first = known[0];
  const last = known.at(-1);
  if (first === undefined || last === undefined) return [];
  const months: { month: string; count: number }[] = [];
  for (let d = parseISO(`${first}-01`); format(d, "yyyy-MM") <= last; d = addMonths(d, 1)) {
    const month = format(d, "yyyy-MM");
    months.push({ month, count: counts.get(month) ?? 0 });
  }
  return months;
}

/**
 * Stories per month as bar geometry for the timeline's inline SVG. Computed here so the
 * template only draws what it is given; a month without stories keeps its place (time runs
 * evenly along the axis) but gets no bar and no link.
 */
export function monthChart(years: readonly TimelineYear[]): MonthChart {
  const months = monthCounts(years);
  const max = Math.max(1, ...months.map((m) => m.count));
  const width = Math.max(CHART.minWidth, CHART.left + months.length * CHART.step + 8);
  const step = (width - CHART.left - 8) / Math.max(1, months.length);
  const barWidth = Math.min(step * (1 - CHART.gap), 48);
  const baseline = CHART.top + CHART.plotHeight;
  const round = (n: number) => Math.round(n * 10) / 10;
  const bars = months.map(({ month, count }, i) => {
    const height = round((count / max) * CHART.plotHeight);
    return {
      month,
      label: format(parseISO(`${month}-01`), "MMMM yyyy"),
      count,
      url: count > 0 ? monthUrl(month) : null,
      x: round(CHART.left + i * step + (step - barWidth) / 2),
      y: round(baseline - height),
      width: round(barWidth),
      height,
    };
  });
  const centre = (bar: ChartBar) => round(bar.x + bar.width / 2);
  const labelMonths = months.length <= CHART.labelMonthsUpTo;
  return {
    width,
    height: baseline + CHART.bottom,
    baseline,
    left: CHART.left,
    right: width - 8,
    top: CHART.top,
    max,
    bars,
    monthLabels: labelMonths ? bars.map((b) => ({ x: centre(b), text: format(parseISO(`${b.month}-01`), "MMMMM") })) : [],
    yearLabels: bars.filter((b, i) => i === 0 || b.month.endsWith("-01")).map((b) => ({ x: centre(b), text: b.month.slice(0, 4) })),
    showCounts: labelMonths,
    total: months.reduce((sum, m) => sum + m.count, 0),
    yearOnly: years.reduce((sum, y) => sum + y.yearOnly.length, 0),
  };
}
