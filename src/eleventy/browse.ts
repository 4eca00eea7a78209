import type { Archive, StoryRef } from "../pipeline/schema/index.ts";
import { ENTITY_FOLDERS } from "../pipeline/shape/entities.ts";
import { type Crumb, sectionBreadcrumbs } from "./storyNavigation.ts";

/** The lists a reader can browse besides the timeline and topics, each with an index page. */
export type SectionKey = "people" | "places" | "organizations" | "outlets" | "events" | "quotes";

/** Names of each section and of one and many of its entries ("1 person", "16 people"). */
export const SECTIONS: Record<SectionKey, { title: string; url: string; one: string; many: string }> = {
  // Entity folders come from the pipeline, which gives each entity its url.
  people: { title: "People", url: `/${ENTITY_FOLDERS.person}/`, one: "person", many: "people" },
  places: { title: "Places", url: `/${ENTITY_FOLDERS.place}/`, one: "place", many: "places" },
  organizations: { title: "Organizations", url: `/${ENTITY_FOLDERS.organization}/`, one: "organization", many: "organizations" },
  outlets: { title: "Outlets", url: "/outlets/", one: "outlet", many: "outlets" },
  events: { title: "Events", url: "/events/", one: "event", many: "events" },
  quotes: { title: "Quotes", url: "/quotes/", one: "quotation", many: "quotations" },
};

type DirectoryKey = Extract<SectionKey, "people" | "places" | "organizations" | "outlets">;

/** What the index page of each list of names says, and how its entries relate to their stories. */
const DIRECTORY_TEXT: Record<DirectoryKey, { lede: string; description: string; empty: string; relation: "name" | "from" }> = {
  people: {
    lede: "Everyone the stories name, with how many stories name each.",
    description: "The people named in the archive's stories, with how many stories name each.",
    empty: "No people named yet.",
    relation: "name",
  },
  places: {
    lede: "Every place the stories name, with how many stories name each.",
    description: "The places named in the archive's stories, with how many stories name each.",
    empty: "No places named yet.",
    relation: "name",
  },
  organizations: {
    lede: "Every organization the stories name, with how many stories name each.",
    description: "The organizations named in the archive's stories, with how many stories name each.",
    empty: "No organizations named yet.",
    relation: "name",
  },
  outlets: {
    lede: "The newspapers, stations and sites the stories come from. Stories whose outlet could not be found are on the timeline, not here.",
    description: "The outlets whose stories the archive holds, with how many stories come from each.",
    empty: "No outlets named yet.",
    relation: "from",
  },
};

/** "1 story", "4 stories"; "1 person", "16 people". */
export function countOf(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A section as the navigation and its index page show it. */
export interface Section {
  key: SectionKey;
  title: string;
  url: string;
  count: number;
  /** "16 people", "1 event" */
  countLabel: string;
  /** Home › People, on the section's own index page. */
  crumbs: Crumb[];
}

/** A person, place, organization or outlet, with what its page needs. */
export interface DirectoryEntry {
  name: string;
  slug: string;
  url: string;
  /** Other forms of the name the stories use; empty for outlets. */
  aliases: string[];
  /** Newest first; undated last. */
  stories: StoryRef[];
  /** What the stories quote it as saying; empty for outlets and places. */
  quotes: { text: string; story: StoryRef }[];
  /** All its quotations on the quotes page, or null. */
  quotesUrl: string | null;
  /** Names most often in the same stories; empty for outlets. */
  namedWith: { name: string; url: string; count: number }[];
  /** "person": tells apart a person and an organization of one name in the page title. */
  kind: string;
  /** The index page that lists it. */
  section: { title: string; url: string };
  /** "4 stories name Jeff Sessions, newest first." */
  lede: string;
  crumbs: Crumb[];
}

/** The index page of people, places, organizations or outlets. */
export interface Directory extends Section {
  lede: string;
  description: string;
  /** What the page says when the list is empty. */
  empty: string;
  entries: DirectoryEntry[];
}

export interface Browse {
  /** Every section, in the order the site lists them. */
  sections: Record<SectionKey, Section>;
  /** The index pages of names. */
  directories: Directory[];
  /** One page per name, across the directories. */
  entries: DirectoryEntry[];
}

function entryLede(name: string, n: number, relation: "name" | "from"): string {
  const stories = countOf(n, "story", "stories");
  if (relation === "from") return `${stories} from ${name}, newest first.`;
  return `${stories} ${n === 1 ? "names" : "name"} ${name}, newest first.`;
}

/**
 * The pages of the browsable lists, shaped from the archive so the templates only paginate
 * over them: a section per list (with its count, for the navigation), an index page per list
 * of names and a page per name.
 */
export function buildBrowse(archive: Pick<Archive, "people" | "places" | "organizations" | "outlets" | "events" | "quotes">): Browse {
  const counts: Record<SectionKey, number> = {
    people: archive.people.length,
    places: archive.places.length,
    organizations: archive.organizations.length,
    outlets: archive.outlets.length,
    events: archive.events.length,
    quotes: archive.quotes.reduce((sum, group) => sum + group.quotes.length, 0),
  };
  const sections = Object.fromEntries(
    (Object.keys(SECTIONS) as SectionKey[]).map((key) => {
      const { title, url, one, many } = SECTIONS[key];
      const section: Section = { key, title, url, count: counts[key], countLabel: countOf(counts[key], one, many), crumbs: sectionBreadcrumbs({ title, url }) };
      return [key, section];
    }),
  ) as Record<SectionKey, Section>;

  const lists: Record<DirectoryKey, { name: string; slug: string; url: string; aliases?: string[]; stories: StoryRef[]; quotes?: DirectoryEntry["quotes"]; quotesUrl?: string | null; namedWith?: DirectoryEntry["namedWith"] }[]> = {
    people: archive.people,
    places: archive.places,
    organizations: archive.organizations,
    outlets: archive.outlets,
  };
  const directories = (Object.keys(DIRECTORY_TEXT) as DirectoryKey[]).map((key): Directory => {
    const { relation, ...text } = DIRECTORY_TEXT[key];
    const section = sections[key];
    const entries = lists[key].map((e) => ({
      name: e.name,
      slug: e.slug,
      url: e.url,
      aliases: e.aliases ?? [],
      stories: e.stories,
      quotes: e.quotes ?? [],
      quotesUrl: e.quotesUrl ?? null,
      namedWith: e.namedWith ?? [],
      kind: SECTIONS[key].one,
      section: { title: section.title, url: section.url },
      lede: entryLede(e.name, e.stories.length, relation),
      crumbs: sectionBreadcrumbs(section, e.name),
    }));
    return { ...section, ...text, entries };
  });
  return { sections, directories, entries: directories.flatMap((d) => d.entries) };
}
