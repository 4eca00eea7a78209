import type { Archive, ArchiveEvent, StoryRef } from "../pipeline/schema/index.ts";
import { displayDate } from "./filters/dates.ts";
import { SECTIONS, countOf } from "./browse.ts";
import { type Crumb, sectionBreadcrumbs } from "./storyNavigation.ts";
import { pager, type ListPage } from "./listPages.ts";
import { listPageUrl } from "../pipeline/shape/pages.ts";

/** One story of an event's coverage, with its outlet's page when the outlet has one. */
export interface CoverageRow extends StoryRef {
  outletUrl: string | null;
}

/** What an event's page shows: its coverage by date and outlet, and the outlets, linked. */
export interface EventPage extends ArchiveEvent {
  /** "event of 16 August 2017": an event takes its anchor story's headline, so the page title needs more. */
  titleDetail: string;
  /** "4 stories about one happening, 16 August 2017, from Associated Press and CBS Miami." */
  description: string;
  crumbs: Crumb[];
  /** The event's stories in the pipeline's order: oldest first, then by outlet. */
  coverage: CoverageRow[];
  /** The outlets that covered it, each with its page (null only if it has none). */
  outletLinks: { name: string; url: string | null }[];
}

function listOf(names: readonly string[]): string {
  return names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** The event pages, in the archive's order (newest first, undated last), outlets linked to their pages. */
export function eventPages(archive: Pick<Archive, "events" | "outlets">): EventPage[] {
  const outletUrl = new Map(archive.outlets.map((o) => [o.name, o.url]));
  const linkOf = (name: string | null): string | null => (name === null ? null : (outletUrl.get(name) ?? null));
  return archive.events.map((event) => {
    const when = event.date ? `, ${displayDate(event.date)}` : "";
    const from = event.outlets.length > 0 ? `, from ${listOf(event.outlets)}` : "";
    return {
      ...event,
      titleDetail: event.date ? `event of ${displayDate(event.date)}` : "event, date unknown",
      description: `${countOf(event.stories.length, "story", "stories")} about one happening${when}${from}.`,
      crumbs: sectionBreadcrumbs(SECTIONS.events, event.title),
      coverage: event.stories.map((s) => ({ ...s, outletUrl: linkOf(s.outlet) })),
      outletLinks: event.outlets.map((name) => ({ name, url: linkOf(name) })),
    };
  });
}

/**
 * Each event by its id, built once per build, so a list of stories shows a story's event
 * without scanning every event for every story. A null-prototype object: Nunjucks reads it as
 * `eventsById[id]`, and no id can reach Object.prototype.
 */
export function eventsById(events: readonly ArchiveEvent[]): Record<string, ArchiveEvent> {
  const byId: Record<string, ArchiveEvent> = Object.create(null);
  for (const event of events) byId[event.id] = event;
  return byId;
}

/**
 * Events covered by more than one story (a happening several outlets reported), and those
 * covered once: the timeline lists the first, the events index both, apart.
 */
export function eventGroups(events: readonly ArchiveEvent[]): { covered: ArchiveEvent[]; single: ArchiveEvent[] } {
  return { covered: events.filter((e) => e.stories.length > 1), single: events.filter((e) => e.stories.length <= 1) };
}

/** Events the events index lists on one page; more go on over numbered pages. */
export const EVENTS_PER_PAGE = 500;

/** One page of the events index: its share of the events covered by several stories, then of those covered by one. */
export interface EventIndexPage extends Pick<ListPage, "number" | "count" | "url" | "previous" | "next" | "links" | "label"> {
  covered: ArchiveEvent[];
  single: ArchiveEvent[];
}

/**
 * The events index over pages of EVENTS_PER_PAGE: the events covered by several stories first,
 * then those covered by one (at 100,000 articles, 90,000 events made one page of 32 MB). An
 * archive without events still has its first page.
 */
export function eventIndexPages(events: readonly ArchiveEvent[], size = EVENTS_PER_PAGE): EventIndexPage[] {
  const { covered, single } = eventGroups(events);
  const count = Math.max(1, Math.ceil(events.length / size));
  return Array.from({ length: count }, (_, i) => {
    const [from, to] = [i * size, (i + 1) * size];
    return {
      number: i + 1,
      count,
      url: listPageUrl(SECTIONS.events.url, i + 1),
      covered: covered.slice(from, to),
      single: single.slice(Math.max(0, from - covered.length), Math.max(0, to - covered.length)),
      ...pager(SECTIONS.events.url, i + 1, count),
    };
  });
}

