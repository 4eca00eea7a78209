import { bodyHtml } from "./body.ts";
import { displayDate, machineDate, monthName } from "./dates.ts";
import { records, removalRules, storyById, topicName } from "./lookups.ts";
import { exportJson } from "../../pipeline/report/export.ts";

type EleventyConfig = any;

/** Filters are presentation only: formatting and rendering, never parsing or grouping. */
export function registerFilters(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addFilter("displayDate", displayDate);
  eleventyConfig.addFilter("machineDate", machineDate);
  eleventyConfig.addFilter("monthName", monthName);
  eleventyConfig.addFilter("bodyHtml", bodyHtml);
  eleventyConfig.addFilter("exportJson", exportJson);
  eleventyConfig.addFilter("absoluteUrl", (url: string, base: string) => new URL(url, `${base}/`).href);
  // Lookups for the story page: names and links, never sorting or grouping.
  eleventyConfig.addFilter("topicName", topicName);
  eleventyConfig.addFilter("storyById", storyById);
  eleventyConfig.addFilter("records", records);
  eleventyConfig.addFilter("removalRules", removalRules);
}
