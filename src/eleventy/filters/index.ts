import { bodyHtml } from "./body.ts";
import { dateConfidenceLabel, dateSourceLabel, displayDate, machineDate, monthName } from "./dates.ts";
import { eventById, removalRules, storyById, topicName } from "./lookups.ts";
import { exportJson } from "../../pipeline/report/export.ts";

type EleventyConfig = any;

/**
 * "/stories/x/" on "https://example.org/archive" -> "https://example.org/archive/stories/x/":
 * the base URL's path is kept (new URL() would drop it for a root-relative path).
 */
export function absoluteUrl(url: string, base: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  return `${base.replace(/\/+$/, "")}/${url.replace(/^\/+/, "")}`;
}

/** Filters are presentation only: formatting and rendering, never parsing or grouping. */
export function registerFilters(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addFilter("displayDate", displayDate);
  eleventyConfig.addFilter("machineDate", machineDate);
  eleventyConfig.addFilter("monthName", monthName);
  eleventyConfig.addFilter("dateSourceLabel", dateSourceLabel);
  eleventyConfig.addFilter("dateConfidenceLabel", dateConfidenceLabel);
  eleventyConfig.addFilter("bodyHtml", bodyHtml);
  eleventyConfig.addFilter("exportJson", exportJson);
  eleventyConfig.addFilter("absoluteUrl", absoluteUrl);
  // Lookups for the story page: names and links, never sorting or grouping.
  eleventyConfig.addFilter("topicName", topicName);
  eleventyConfig.addFilter("storyById", storyById);
  eleventyConfig.addFilter("eventById", eventById);
  eleventyConfig.addFilter("removalRules", removalRules);
}
