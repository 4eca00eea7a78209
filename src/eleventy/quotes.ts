import type { SpeakerQuotes, Story } from "../pipeline/schema/index.ts";
import { QUOTES_PER_PAGE, QUOTES_URL, quoteSpan } from "../pipeline/shape/entities.ts";
import { listPageUrl } from "../pipeline/shape/pages.ts";
import { pager, type ListPage } from "./listPages.ts";

/** A quotation on a story page, with the page of its speaker when the story links one. */
export interface StoryQuote {
  text: string;
  speaker: string | null;
  /** The speaker's person (or organization) page, when the story names them among its links. */
  speakerUrl: string | null;
}

/**
 * The story's quotations in the order it gives them, each speaker linked to their page when
 * the story's own people or organizations hold that name; a person's page wins over an
 * organization's of the same name (people are set last).
 */
export function storyQuotes(story: Pick<Story, "record" | "links">): StoryQuote[] {
  const urls = new Map<string, string>();
  for (const link of [...story.links.organizations, ...story.links.people]) urls.set(link.name, link.url);
  return story.record.quotes.map((q) => ({ text: q.text, speaker: q.speaker, speakerUrl: q.speaker === null ? null : (urls.get(q.speaker) ?? null) }));
}

/** A speaker's quotations on one page of the quotes list: all of them, or one page's worth. */
export interface QuotesOnPage extends SpeakerQuotes {
  /** This page goes on with a speaker whose quotations began on an earlier one. */
  continued: boolean;
}

/** One page of the quotes list: the speakers the pipeline put on it (SpeakerQuotes.page). */
export interface QuotesPage extends Pick<ListPage, "number" | "count" | "url" | "previous" | "next" | "links" | "label"> {
  groups: QuotesOnPage[];
}

/**
 * The pages of the quotes list; an archive with no quotations still has its first page. A
 * speaker with more quotations than a page holds goes on over the pages after their first
 * (quoteSpan), QUOTES_PER_PAGE a page.
 */
export function quotePages(groups: readonly SpeakerQuotes[]): QuotesPage[] {
  const count = groups.reduce((most, g) => Math.max(most, g.page + quoteSpan(g.quotes.length) - 1), 1);
  const onPage: QuotesOnPage[][] = Array.from({ length: count }, () => []);
  for (const g of groups) {
    const span = quoteSpan(g.quotes.length);
    if (span === 1) onPage[g.page - 1]!.push({ ...g, continued: false });
    else for (let k = 0; k < span; k++) onPage[g.page - 1 + k]!.push({ ...g, quotes: g.quotes.slice(k * QUOTES_PER_PAGE, (k + 1) * QUOTES_PER_PAGE), continued: k > 0 });
  }
  return onPage.map((pageGroups, i) => ({
    number: i + 1,
    count,
    url: listPageUrl(QUOTES_URL, i + 1),
    groups: pageGroups,
    ...pager(QUOTES_URL, i + 1, count),
  }));
}
