import type { StoryRecord } from "../pipeline/schema/index.ts";

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

/**
 * Everyone a story names as a person: the record's `people` (empty until entity extraction
 * lands in the pipeline; this is the hook that picks them up) and the people of its byline,
 * each once.
 */
export function storyPeople(record: Pick<StoryRecord, "people" | "byline">): string[] {
  return [...new Set([...record.people, ...bylinePeople(record.byline)])];
}
