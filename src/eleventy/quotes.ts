import type { Story } from "../pipeline/schema/index.ts";

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
