import type { StoryRecord } from "../pipeline/schema/index.ts";
import { topicInfo } from "../pipeline/enrich/topics.ts";
import { machineDate } from "./filters/dates.ts";
import { absoluteUrl } from "./urls.ts";
import { bylinePeople } from "./people.ts";

/** What the structured data needs to know about the site. */
export interface SiteInfo {
  title: string;
  baseUrl: string;
  language: string;
}

type Thing = Record<string, unknown>;

// Inside <script>, "</script>" or "<!--" in a string would end or confuse the element, and
// U+2028/U+2029 end a line in older JavaScript parsers. JSON.stringify escapes none of them.
const JSON_LD_ESCAPES: Record<string, string> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

/**
 * JSON for a `<script type="application/ld+json">` element: no article text can end the
 * element or open a comment, because every `<`, `>` and `&` is a JSON escape. The only
 * output we mark `| safe` in a script element.
 */
export function jsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => JSON_LD_ESCAPES[c]!);
}

/** The story's authors: the people its byline names, or the byline as an organisation (a desk, "Staff Report"). */
function authors(record: StoryRecord): Thing[] {
  const people = bylinePeople(record.byline);
  if (people.length > 0) return people.map((name) => ({ "@type": "Person", name }));
  if (record.outlet) return [{ "@type": "Organization", name: record.outlet }];
  return [];
}

/**
 * schema.org NewsArticle for a story page. `datePublished` is given only when the date is
 * known, and only as far as it is known ("2017-08" for a month): a guessed day would be a
 * wrong date stated as fact. Names of people, places and organisations are `mentions`,
 * topics are `about`.
 */
export function newsArticle(record: StoryRecord, site: SiteInfo): Thing {
  const url = absoluteUrl(record.url, site.baseUrl);
  const article: Thing = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": `${url}#article`,
    headline: record.title,
    url,
    mainEntityOfPage: url,
    inLanguage: site.language,
    isPartOf: { "@type": "WebSite", name: site.title, url: absoluteUrl("/", site.baseUrl) },
  };
  if (record.summary) article.description = record.summary;
  if (record.date) article.datePublished = machineDate(record.date, record.datePrecision);
  if (record.outlet) article.publisher = { "@type": "Organization", name: record.outlet };
  const by = authors(record);
  if (by.length > 0) article.author = by;
  if (record.dateline) article.locationCreated = { "@type": "Place", name: record.dateline };
  if (record.topics.length > 0) {
    article.about = record.topics.map((slug) => ({ "@type": "Thing", name: topicInfo(slug).name, url: absoluteUrl(`/topics/${slug}/`, site.baseUrl) }));
  }
  const mentions = [
    ...record.people.map((name) => ({ "@type": "Person", name })),
    ...record.places.map((name) => ({ "@type": "Place", name })),
    ...record.organizations.map((name) => ({ "@type": "Organization", name })),
  ];
  if (mentions.length > 0) article.mentions = mentions;
  article.wordCount = record.wordCount;
  return article;
}
