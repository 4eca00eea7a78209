/** Bylines are short lines near the top that open with "By". */
export const BYLINE_MAX_LENGTH = 120;

// "By", and the same word in Spanish and French ("Por", "Par"); "Von" and "Di" open too many names.
const BYLINE = /^(?:by:?|por:?|par:?|author(?: of the article)?\s*:|autor(?:a)?\s*:|written by|words by|reporting by)\s+(.+?)\s*$/i;

/**
 * "By KOLD News 13 Staff | March 18, 2020 at 6:29 AM MST" -> "KOLD News 13 Staff".
 * Whatever follows a separator (a date, a job title) is not the byline.
 */
export function readByline(text: string): string | null {
  if (text.length > BYLINE_MAX_LENGTH) return null;
  const m = BYLINE.exec(text);
  if (!m) return null;
  const name = m[1]!.split(/\s*(?:[|•·]|\s[-–—]\s|,\s*(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Updated|Published|Posted)\b)|\s(?=(?:Updated|Published|Posted)\b))\s*/)[0]!.trim();
  // Names start with a capital; "by the end of the year" is a sentence, and "By The Numbers:
  // Hurricane Season So Far" is a headline.
  if (!/^[\p{Lu}]/u.test(name) || name.split(/\s+/).length > 12 || name.includes(":")) return null;
  return name.replace(/[.,;:]+$/, "");
}

/** Words that make a byline part a desk, a role or an organisation rather than a person's name. */
const NOT_A_PERSON = /\b(?:staff|report|reporter|writers?|editors?|correspondents?|desk|news|press|office|communications|wire|service|team|agency|bureau)\b/i;

/** Two to four capitalised words ("Jane Roe", "John R. Daley", "Émilie Gagnon", "Ashby-Grant"). */
const PERSON_NAME = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u;

/** Several writers in one byline: "Ella Kim and Jordan Reyes", "A & B". */
const AUTHOR_SEPARATOR = /\s+(?:and|&)\s+/i;

/** "JOHN R. DALEY" -> "John R. Daley": an all-capitals byline names the same person as a normal one. */
function nameCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * The people a byline names, for the search's "person" filter and the JSON-LD author. A part
 * after a comma is an affiliation ("Tom Reyes, Associated Press"); desks and roles ("Staff
 * Report", "Our Correspondent") name no one. When in doubt a part is left out: a filter value
 * that is not a person is worse than a missing one.
 */
export function bylinePeople(byline: string | null): string[] {
  if (!byline) return [];
  return byline
    .split(AUTHOR_SEPARATOR)
    .map((part) => part.split(",")[0]!.trim())
    .filter((name) => PERSON_NAME.test(name) && !NOT_A_PERSON.test(name))
    .map(nameCase);
}
