import { bodyHtml } from "./body.ts";
import { dateConfidenceLabel, dateSourceLabel, displayDate, machineDate, monthName } from "./dates.ts";
import { removalRules, storyById, topicName } from "./lookups.ts";
import { sourceLines } from "../../pipeline/shape/sourceText.ts";
import { absoluteUrl } from "../urls.ts";
import { monthUrl, yearUrl } from "../calendar.ts";
import { citation } from "../citation.ts";
import { jsonFeed } from "../feed.ts";
import { storyFacets } from "../search.ts";
import { htmlPageUrls, sitemapFiles, sitemapFileUrl } from "../sitemap.ts";
import { jsonLd, newsArticle } from "../structuredData.ts";
import { periodBreadcrumbs, storyBreadcrumbs, storyNeighbours } from "../storyNavigation.ts";
import { storyQuotes } from "../quotes.ts";

type EleventyConfig = any;

/** Filters are presentation only: formatting and rendering, never parsing or grouping. */
export function registerFilters(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addFilter("displayDate", displayDate);
  eleventyConfig.addFilter("machineDate", machineDate);
  eleventyConfig.addFilter("monthName", monthName);
  eleventyConfig.addFilter("dateSourceLabel", dateSourceLabel);
  eleventyConfig.addFilter("dateConfidenceLabel", dateConfidenceLabel);
  eleventyConfig.addFilter("bodyHtml", bodyHtml);
  eleventyConfig.addFilter("absoluteUrl", absoluteUrl);
  eleventyConfig.addFilter("yearUrl", yearUrl);
  eleventyConfig.addFilter("monthUrl", monthUrl);
  // Lookups for the story page: names and links, never sorting or grouping.
  eleventyConfig.addFilter("topicName", topicName);
  eleventyConfig.addFilter("storyById", storyById);
  eleventyConfig.addFilter("storyQuotes", storyQuotes);
  eleventyConfig.addFilter("removalRules", removalRules);
  eleventyConfig.addFilter("sourceLines", sourceLines);
  eleventyConfig.addFilter("storyNeighbours", storyNeighbours);
  eleventyConfig.addFilter("storyBreadcrumbs", storyBreadcrumbs);
  eleventyConfig.addFilter("periodBreadcrumbs", periodBreadcrumbs);
  // What machines read: search filters, schema.org data (escaped for a <script>), citations, feeds, sitemap.
  eleventyConfig.addFilter("storyFacets", storyFacets);
  eleventyConfig.addFilter("newsArticle", newsArticle);
  eleventyConfig.addFilter("jsonLd", jsonLd);
  eleventyConfig.addFilter("citation", citation);
  eleventyConfig.addFilter("jsonFeed", jsonFeed);
  eleventyConfig.addFilter("htmlPageUrls", htmlPageUrls);
  eleventyConfig.addFilter("sitemapFiles", (urls: string[]) => sitemapFiles(urls));
  eleventyConfig.addFilter("sitemapFileUrl", sitemapFileUrl);
}
