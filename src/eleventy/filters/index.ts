import { bodyHtml } from "./body.ts";
import { displayDate, monthName } from "./dates.ts";
import { exportJson } from "../../pipeline/report/export.ts";

type EleventyConfig = any;

/** Filters are presentation only: formatting and rendering, never parsing or grouping. */
export function registerFilters(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addFilter("displayDate", displayDate);
  eleventyConfig.addFilter("monthName", monthName);
  eleventyConfig.addFilter("bodyHtml", bodyHtml);
  eleventyConfig.addFilter("exportJson", exportJson);
  eleventyConfig.addFilter("absoluteUrl", (url: string, base: string) => new URL(url, `${base}/`).href);
}
