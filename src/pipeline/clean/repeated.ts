import { matchBoilerplate } from "./rules.ts";
import { parseDates } from "../extract/dates.ts";

/** A line in at least this many unrelated stories of the archive is boilerplate of its site. */
export const REPEAT_MIN_STORIES = 3;
/** Longer lines are article text even when repeated (a syndicated paragraph). */
export const REPEAT_MAX_LENGTH = 400;
/** A paragraph of at least this many words is the substance of a story. */
export const SUBSTANTIVE_MIN_WORDS = 8;
/** Copies of one story (syndicated, saved twice) share at least this many paragraphs. */
export const COPY_MIN_SHARED_PARAGRAPHS = 3;
/** A paragraph in more files than this is itself boilerplate, not evidence of copying. */
export const COPY_MAX_POSTINGS = 50;

/**
 * Lines that say something about their own story even when other stories say the same: a
 * date ("March 3, 2020"), a byline ("By The Associated Press"), a sentence of the story.
 */
function carriesMetadata(line: string): boolean {
  if (/^by\s/i.test(line) || /[.!?]["”’]?$/.test(line) && line.split(" ").length >= SUBSTANTIVE_MIN_WORDS) return true;
  return parseDates(line, "2999-12-31").length > 0;
}

/**
 * Lines that repeat across many unrelated files of the corpus: site furniture that no named
 * rule knows ("Download the KOLD News 13 app", a station's slogan). Copies of one story
 * (syndicated wire copy, the same article saved twice) count once, so their shared paragraphs
 * are never taken for boilerplate.
 *
 * `files` holds each file's normalised, non-blank lines. Runs in time linear in the total
 * number of lines, plus the pairs of files that share a paragraph.
 */
export function findRepeatedLines(files: readonly (readonly string[])[]): Set<string> {
  // 1. Group copies: files sharing several substantive paragraphs are one story.
  const parent = files.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  // A paragraph's files: one file as a number, several as a list (most paragraphs are in one
  // file, and the archive's every paragraph is held here at once).
  const postings = new Map<string, number | number[]>();
  const size = new Array<number>(files.length).fill(0);
  files.forEach((lines, i) => {
    for (const line of new Set(lines)) {
      if (line.split(" ").length < SUBSTANTIVE_MIN_WORDS || matchBoilerplate(line)) continue;
      const list = postings.get(line);
      if (list === undefined) postings.set(line, i);
      else if (typeof list === "number") postings.set(line, [list, i]);
      else list.push(i);
      size[i]!++;
    }
  });
  // Two files are copies when they share COPY_MIN_SHARED_PARAGRAPHS paragraphs, or half the
  // paragraphs of the shorter one (a two-paragraph brief saved three times).
  const shared = new Map<string, number>();
  for (const list of postings.values()) {
    if (typeof list === "number" || list.length > COPY_MAX_POSTINGS) continue;
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const [x, y] = [list[a]!, list[b]!];
        const key = `${x} ${y}`;
        const n = (shared.get(key) ?? 0) + 1;
        shared.set(key, n);
        if (n >= Math.min(COPY_MIN_SHARED_PARAGRAPHS, Math.ceil(Math.min(size[x]!, size[y]!) / 2))) parent[find(y)] = find(x);
      }
    }
  }

  postings.clear();
  shared.clear();

  // 2. A line is repeated when that many different stories carry it. A line's stories as a
  // number while it has one (most lines), as a set once it has more.
  const stories = new Map<string, number | Set<number>>();
  files.forEach((lines, i) => {
    const story = find(i);
    for (const line of new Set(lines)) {
      if (line.length > REPEAT_MAX_LENGTH) continue;
      const seen = stories.get(line);
      if (seen === undefined) stories.set(line, story);
      else if (typeof seen === "number") {
        if (seen !== story) stories.set(line, new Set([seen, story]));
      } else seen.add(story);
    }
  });
  const repeated = new Set<string>();
  for (const [line, seen] of stories) if ((typeof seen === "number" ? 1 : seen.size) >= REPEAT_MIN_STORIES && !carriesMetadata(line)) repeated.add(line);
  return repeated;
}
