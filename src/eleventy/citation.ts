import type { StoryRecord } from "../pipeline/schema/index.ts";
import { displayDate } from "./filters/dates.ts";
import { bylinePeople } from "./people.ts";
import { absoluteUrl } from "./urls.ts";

/** Where the reader writes the day they read the page: we cannot know it at build time. */
export const ACCESSED_PLACEHOLDER = "[date]";

/** "Headline." but "Why?" stays "Why?": a title keeps its own closing punctuation. */
function closed(text: string): string {
  return /[.?!…]$/.test(text) ? text : `${text}.`;
}

/**
 * A plain-text citation of the archived story, in the usual order of news citations
 * (author, headline, outlet, date, where to find it, when accessed):
 *   Jane Roe. “Council Delays Vote.” Miami Herald, 17 February 2017. Sanctuary Cities News
 *   Archive, https://example.org/stories/2017/02/17/x/. Accessed [date].
 * Unknown parts are left out rather than invented; an undated story is "n.d.", and a date
 * known only to the month is cited as the month.
 */
export function citation(record: StoryRecord, site: { title: string; baseUrl: string }): string {
  const people = bylinePeople(record.byline);
  const author = people.length > 0 ? `${closed(people.join(", "))} ` : "";
  const date = record.date ? displayDate(record.date, record.datePrecision) : "n.d.";
  const source = record.outlet ? `${record.outlet}, ${date}` : date;
  const url = absoluteUrl(record.url, site.baseUrl);
  return `${author}“${closed(record.title)}” ${closed(source)} ${site.title}, ${url}. Accessed ${ACCESSED_PLACEHOLDER}.`;
}
