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
