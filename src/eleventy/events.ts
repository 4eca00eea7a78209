import type { Archive, ArchiveEvent, StoryRef } from "../pipeline/schema/index.ts";
import { displayDate } from "./filters/dates.ts";
import { SECTIONS, countOf } from "./browse.ts";
import { type Crumb, sectionBreadcrumbs } from "./storyNavigation.ts";

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
