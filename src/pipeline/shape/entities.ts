import type { ArchiveEvent, Entity, EntityKind, Outlet, SpeakerQuotes, Story } from "../schema/index.ts";
import { slugify } from "../enrich/slugs.ts";
import { groupRefs, listPageUrl, toRef } from "./pages.ts";

/** Where each kind of entity has its pages. */
export const ENTITY_FOLDERS: Record<EntityKind, string> = { person: "people", place: "places", organization: "organizations" };
const RECORD_FIELD = { person: "people", place: "places", organization: "organizations" } as const;

/**
 * Slugs for names, each unique within its folder: a second name with the same slug gets the
 * next free number ("jose-diaz", "jose-diaz-2"). Names are taken in sorted order, so the same
 * names always get the same slugs.
 */
export function assignSlugs(names: Iterable<string>): Map<string, string> {
  const slugs = new Map<string, string>();
  const taken = new Set<string>();
  for (const name of [...new Set(names)].sort((a, b) => a.localeCompare(b, "en") || (a < b ? -1 : 1))) {
    const base = slugify(name) || "unnamed";
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    slugs.set(name, slug);
  }
  return slugs;
}

/** One page per person, place or organization, with the stories (already newest first) that name it. */
export function buildEntities(stories: readonly Story[], kind: EntityKind, aliases: (name: string) => string[]): { entities: Entity[]; urlOf: Map<string, string> } {
  const refs = groupRefs(stories, (s) => s.record[RECORD_FIELD[kind]]);
  const slugs = assignSlugs(refs.keys());
  const urlOf = new Map<string, string>();
  const entities = [...refs.entries()]
    .map(([name, list]) => {
      const slug = slugs.get(name)!;
      const url = `/${ENTITY_FOLDERS[kind]}/${slug}/`;
      urlOf.set(name, url);
      return { kind, slug, url, name, aliases: aliases(name), stories: list, quotes: [], quotesUrl: null, namedWith: [] };
    })
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
  return { entities, urlOf };
}

/** One page per outlet, by name. */
export function buildOutlets(stories: readonly Story[]): { outlets: Outlet[]; urlOf: Map<string, string> } {
  const refs = groupRefs(stories, (s) => (s.record.outlet ? [s.record.outlet] : []));
  const slugs = assignSlugs(refs.keys());
  const urlOf = new Map<string, string>();
  const outlets = [...refs.entries()]
    .map(([name, list]) => {
      const url = `/outlets/${slugs.get(name)!}/`;
      urlOf.set(name, url);
      return { slug: slugs.get(name)!, url, name, stories: list };
    })
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
  return { outlets, urlOf };
}

/** An event's coverage, oldest first and then by outlet, and the outlets that covered it. */
export function eventCoverage(event: Omit<ArchiveEvent, "url" | "stories" | "outlets">, byId: ReadonlyMap<string, Story>): ArchiveEvent {
  const stories = event.storyIds
    .map((id) => byId.get(id))
    .filter((s): s is Story => s !== undefined)
    .map(toRef)
    .sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999") || (a.outlet ?? "\uffff").localeCompare(b.outlet ?? "\uffff", "en") || a.title.localeCompare(b.title, "en"));
  const outlets = [...new Set(stories.map((s) => s.outlet).filter((o): o is string => o !== null))].sort((a, b) => a.localeCompare(b, "en"));
  return { ...event, url: `/events/${event.slug}/`, stories, outlets };
}

/**
 * The quotes page: each speaker's quotations, the speakers quoted most first (then by name),
 * quotations newest story first; quotations no one is named for come last, under a null speaker.
 */
export function buildQuotes(stories: readonly Story[], personUrl: ReadonlyMap<string, string>, organizationUrl: ReadonlyMap<string, string>): SpeakerQuotes[] {
  const bySpeaker = new Map<string | null, SpeakerQuotes["quotes"]>();
  for (const story of stories) {
    for (const q of story.record.quotes) {
      const list = bySpeaker.get(q.speaker);
      const item = { text: q.text, story: toRef(story) };
      if (list) list.push(item);
      else bySpeaker.set(q.speaker, [item]);
    }
  }
  const named = [...bySpeaker.keys()].filter((s): s is string => s !== null);
  const slugs = assignSlugs(named);
  const groups: Omit<SpeakerQuotes, "page" | "url">[] = named
    .map((speaker) => ({ speaker, slug: slugs.get(speaker)!, personUrl: personUrl.get(speaker) ?? organizationUrl.get(speaker) ?? null, quotes: bySpeaker.get(speaker)! }))
    .sort((a, b) => b.quotes.length - a.quotes.length || a.speaker.localeCompare(b.speaker, "en"));
  const unattributed = bySpeaker.get(null);
  if (unattributed) groups.push({ speaker: null, slug: "unattributed", personUrl: null, quotes: unattributed });
  // Speakers fill the pages of the quotes list in order, a page holding at most QUOTES_PER_PAGE
  // quotations. A speaker who fits on a page is never split: on this page if there is room,
  // else on the next. One quoted more than a page holds (at 100,000 articles the quotations no
  // one is named for were a page of 27 MB) starts a page and goes on over as many as it takes
  // (quoteSpan); `page` is where the speaker starts.
  let page = 1;
  let onPage = 0;
  return groups.map((group) => {
    const n = group.quotes.length;
    if (onPage > 0 && onPage + n > QUOTES_PER_PAGE) {
      page++;
      onPage = 0;
    }
    const first = page;
    page += quoteSpan(n) - 1;
    onPage += n - (quoteSpan(n) - 1) * QUOTES_PER_PAGE;
    return { ...group, page: first, url: `${listPageUrl(QUOTES_URL, first)}#${group.slug}` };
  });
}

/** How many pages of the quotes list a speaker with `n` quotations takes. */
export function quoteSpan(n: number): number {
  return Math.max(1, Math.ceil(n / QUOTES_PER_PAGE));
}

/** The quotes list and the quotations a page of it holds at most. */
export const QUOTES_URL = "/quotes/";
export const QUOTES_PER_PAGE = 200;

/** How many of a story's names (its most mentioned first) count towards "named with". */
export const NAMED_WITH_PER_STORY = 15;
/** How many quotations an entity's page shows; the quotes page has them all. */
export const ENTITY_QUOTES_SHOWN = 20;
/** How many companions an entity's page lists. */
export const NAMED_WITH_COUNT = 8;

/**
 * Fill in each entity's quotations and the names most often in the same stories as it. The
 * work is bounded per story (NAMED_WITH_PER_STORY names, so at most 15 × 14 pairs), not by the
 * square of the archive.
 */
export function linkEntities(stories: readonly Story[], entities: readonly Entity[], quotes: readonly SpeakerQuotes[]): void {
  const byKey = new Map(entities.map((e) => [`${e.kind}:${e.name}`, e]));
  const together = new Map<Entity, Map<Entity, number>>();
  for (const story of stories) {
    const r = story.record;
    const names = [
      ...r.people.map((n) => byKey.get(`person:${n}`)),
      ...r.organizations.map((n) => byKey.get(`organization:${n}`)),
      ...r.places.map((n) => byKey.get(`place:${n}`)),
    ]
      .filter((e): e is Entity => e !== undefined)
      .slice(0, NAMED_WITH_PER_STORY);
    for (const a of names) {
      let counts = together.get(a);
      if (!counts) together.set(a, (counts = new Map()));
      for (const b of names) if (b !== a) counts.set(b, (counts.get(b) ?? 0) + 1);
    }
  }
  for (const [entity, counts] of together) {
    entity.namedWith = [...counts.entries()]
      .filter(([, n]) => n >= 2)
      .sort((x, y) => y[1] - x[1] || x[0].name.localeCompare(y[0].name, "en"))
      .slice(0, NAMED_WITH_COUNT)
      .map(([e, n]) => ({ name: e.name, url: e.url, count: n }));
  }
  for (const group of quotes) {
    if (group.speaker === null) continue;
    const entity = byKey.get(`person:${group.speaker}`) ?? byKey.get(`organization:${group.speaker}`);
    if (!entity) continue;
    entity.quotes = group.quotes.slice(0, ENTITY_QUOTES_SHOWN);
    entity.quotesUrl = group.url;
  }
}
