/**
 * Ids for lines the extract step takes out of the body by their place in the article rather
 * than by a line pattern: metadata read into a field of the record (headline, byline, dates),
 * and lists of links under a "Related Stories" heading. Boilerplate rules live in
 * clean/rules.ts; together they are every id a line's `removedBy` can hold.
 */
export const METADATA_RULES = {
  "front-matter": "The file's front matter (metadata written by an editor)",
  "date-header": "A “date YYYY-MM-DD” header line, read as the story's date",
  "photo-caption": "A photo caption, listed apart from the body",
  byline: "A byline, read as the story's author",
  "date-line": "A line that is only a date or a timestamp",
  "section-label": "A section label above the headline",
  "email-header": "An e-mail header (From, Date, Subject) of a saved or forwarded message",
  "feed-field": "A field of a feed item saved as text (Title, Description, Feed)",
  "forward-note": "A note written by whoever forwarded the message",
  "page-furniture": "Page furniture around the headline: mastheads, menus, breadcrumbs, player and share controls",
  headline: "The headline, shown as the page title",
  "repeated-headline": "The headline repeated in the text",
  "link-block": "A list of links to other stories (related, most read)",
  "repeated-line": "A line found in three or more unrelated files of this archive: the site's furniture",
} as const;

export type MetadataRuleId = keyof typeof METADATA_RULES;
