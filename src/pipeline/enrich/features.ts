/**
 * What a story is about, as weighted words: the names it mentions (runs of capitalised words)
 * and its distinctive content words. Used to find stories about the same happening; the
 * entity extraction of later steps can replace the name finder without changing its callers.
 */

/** Capitalised words that start sentences or name days and months, not things. */
const NOT_NAMES = new Set(
  ("a an the this that these those it its he she they we i you his her their our my your there here in on at of for to from by with as " +
    "and or but if when while after before since until though although because so then than also still even just only not no yes " +
    "mr mrs ms dr sen rep gov president mayor attorney general director officials official police county city state " +
    "commissioner councilman councilwoman councilmember chief judge officer sheriff superintendent secretary senator governor " +
    "representative congressman congresswoman chairman chairwoman chair spokesman spokeswoman spokesperson executive acting deputy assistant " +
    "monday tuesday wednesday thursday friday saturday sunday today tonight yesterday tomorrow " +
    "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec " +
    "said says according more most many some other others one two three four five several all each every both what who why how where which")
    .split(" "),
);

/** Common words that say nothing about which happening a story covers. */
const STOPWORDS = new Set(
  ("about above after again against also although among another around because been before being below between both could during " +
    "each even every from further have having here into itself just like made make many more most much must never other over own " +
    "said same says should since some such than that their them then there these they this those through under until very were what " +
    "when where which while will with would year years week weeks month months time times people told going including last first " +
    "new news one two three four five report reported statement according think thought want wanted take took part told called " +
    "today yesterday tuesday wednesday monday thursday friday saturday sunday morning afternoon evening night " +
    // Spanish, for the Spanish-language press: function words say nothing about the event.
    "para como pero sobre según desde entre cuando también este esta estos estas están había tiene tienen donde porque dijo dice " +
    "ahora hace todos todas muy otro otra otros otras sido será sería fueron puede pueden después antes durante hasta mientras " +
    "cual cuales quien quienes aunque sino nuestro nuestra ellos ellas esto eso aquí allí lunes martes miércoles jueves viernes " +
    "sábado domingo año años semana").split(" "),
);

export interface StoryFeatures {
  /** Name -> how often it occurs ("jeff sessions", "miami-dade", "portmiami"). */
  names: Map<string, number>;
  /** Content word stem -> how often it occurs. */
  terms: Map<string, number>;
  /** Stems the story also writes in lower case: words, not parts of names ("county", not only "Miami-Dade County"). */
  plainTerms: Set<string>;
}

/** Small words that join the parts of one name ("Department of Justice", "Torch of Friendship"). */
const CONNECTORS = new Set(["of", "de", "del", "la", "van", "von", "for"]);
/** Runs of capitalised words longer than this are not names. */
const MAX_NAME_RUN = 12;
/** A word ending in a period ends the name, unless it is an initial or an abbreviation. */
const ABBREVIATION = /^(?:\p{Lu}\.|(?:\p{Lu}\.){2,}|Mr\.|Mrs\.|Ms\.|Dr\.|St\.|Jr\.|Sr\.|Gov\.|Sen\.|Rep\.|Gen\.|Lt\.|Sgt\.|Dir\.)$/u;

/**
 * Runs of capitalised words on one line, skipping sentence starters and calendar words. Each
 * run counts whole and in its parts split at connectors, and a person's surname counts alone,
 * so "Attorney General Jeff Sessions", "Jeff Sessions" and a later "Sessions" all meet.
 */
export function findNames(text: string): Map<string, number> {
  const names = new Map<string, number>();
  const add = (words: string[]) => {
    while (words.length && (NOT_NAMES.has(bare(words[0]!)) || CONNECTORS.has(words[0]!))) words.shift();
    while (words.length && (NOT_NAMES.has(bare(words.at(-1)!)) || CONNECTORS.has(words.at(-1)!))) words.pop();
    if (words.length === 0) return;
    const name = words.map((w) => w.replace(/[’']s$/u, "").replace(/[.,:;]+$/, "")).join(" ").toLowerCase();
    if (name.length < 3 || /^\d/.test(name)) return;
    names.set(name, (names.get(name) ?? 0) + 1);
  };
  const sentenceInitial: string[] = [];
  for (const line of text.split("\n")) {
    const tokens = line.split(/\s+/).filter(Boolean).map(trimPunctuation);
    let run: string[] = [];
    let runAtSentenceStart = false;
    let sentenceStart = true;
    const flush = () => {
      if (run.length === 0) return;
      // A long run of capitals is a title-case headline or a shouted line, not a name; and
      // reading it word by word would cost the square of its length.
      if (run.length > MAX_NAME_RUN) {
        run = [];
        return;
      }
      // One capitalised word opening a sentence ("Meanwhile", "Residents") is a name only if
      // the story names it elsewhere ("Jeff Sessions ... Sessions said").
      if (run.length === 1 && runAtSentenceStart) {
        sentenceInitial.push(bare(run[0]!));
        run = [];
        return;
      }
      // A run joined by "and" is two names, never one ("Levine Cava and Raquel Regalado").
      if (!run.includes("and")) add([...run]);
      // The parts between connectors are names too ("Miami-Dade County Communications Dir. Michael Hernandez").
      const parts: string[][] = [[]];
      for (const w of run) {
        if (CONNECTORS.has(w) || w === "and") parts.push([]);
        else parts.at(-1)!.push(w);
      }
      if (parts.length > 1) for (const p of parts) add(p);
      const people = run.filter((w) => /^\p{Lu}[\p{Ll}’'-]{3,}$/u.test(w));
      if (run.length > 1 && people.length > 0) add([people.at(-1)!]);
      run = [];
    };
    for (const token of tokens) {
      const capital = /^\p{Lu}/u.test(token);
      const joiner = (CONNECTORS.has(token) || token === "and") && run.length > 0;
      if (capital || joiner) {
        if (run.length === 0) runAtSentenceStart = sentenceStart;
        run.push(token);
        if (token.endsWith(".") && !ABBREVIATION.test(token)) flush();
      } else {
        flush();
      }
      sentenceStart = /[.!?:]["”’)]*$/.test(token) && !ABBREVIATION.test(token);
    }
    flush();
  }
  for (const word of sentenceInitial) if (names.has(word)) names.set(word, names.get(word)! + 1);
  return names;
}

const OPENERS = new Set([..."“\"‘'([“"]);
const CLOSERS = new Set([..."”\"’')],;:!?"]);

/** Strip quotes and brackets around a token (a loop, not a regex: tokens may be very long). */
function trimPunctuation(token: string): string {
  let a = 0;
  let b = token.length;
  while (a < b && OPENERS.has(token[a]!)) a++;
  while (b > a && CLOSERS.has(token[b - 1]!)) b--;
  return token.slice(a, b);
}

function bare(word: string): string {
  return word.toLowerCase().replace(/[.,:;’']+$/u, "");
}

/** Lower-case content words of four letters or more, plurals made singular ("cities" -> "city"). */
export function findTerms(text: string): Map<string, number> {
  const terms = new Map<string, number>();
  for (const raw of text.toLowerCase().match(/\p{L}[\p{L}’'-]{3,}/gu) ?? []) {
    const stem = termStem(raw);
    if (stem) terms.set(stem, (terms.get(stem) ?? 0) + 1);
  }
  return terms;
}

/** The stems of the words written in lower case: "the county said", not "Miami-Dade County". */
export function findPlainTerms(text: string): Set<string> {
  const plain = new Set<string>();
  for (const raw of text.match(/(?<![\p{L}’'-])\p{Ll}[\p{L}’'-]{3,}/gu) ?? []) {
    const stem = termStem(raw);
    if (stem) plain.add(stem);
  }
  return plain;
}

/** "Cities" -> "city", "council's" -> "council"; null for a stopword. */
function termStem(raw: string): string | null {
  const word = raw.toLowerCase().replace(/[’']s$/u, "");
  if (STOPWORDS.has(word)) return null;
  return word.length > 4 && word.endsWith("ies") ? `${word.slice(0, -3)}y` : word.length > 4 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}

/** Names come from the body only: a title-case headline capitalises every word. */
export function storyFeatures(title: string, paragraphs: readonly string[]): StoryFeatures {
  const body = paragraphs.join("\n");
  return { names: findNames(body), terms: findTerms([title, body].join("\n")), plainTerms: findPlainTerms(body) };
}

/**
 * Words as numbers: each distinct word gets the next number the first time it is seen, and
 * keeps it for the life of the process, so the features of every build in one process
 * (`npm start` rebuilds) share one vocabulary.
 */
export class Vocabulary {
  readonly #ids = new Map<string, number>();
  readonly #words: string[] = [];

  id(word: string): number {
    let id = this.#ids.get(word);
    if (id === undefined) {
      id = this.#words.length;
      this.#ids.set(word, id);
      this.#words.push(word);
    }
    return id;
  }

  word(id: number): string {
    return this.#words[id]!;
  }

  get size(): number {
    return this.#words.length;
  }
}

/** The vocabularies of names and of content words, shared by every story of the process. */
export const NAMES = new Vocabulary();
export const TERMS = new Vocabulary();

/**
 * A story's features with each word as its number in NAMES or TERMS, in ascending order with
 * counts beside them. Held for every story of the archive until its events are found, so the
 * size matters: at 10,000 stories the Maps and Sets of StoryFeatures took 210 MB, these about
 * a tenth (README, "Benchmark"). Two stories are compared by merging their sorted arrays.
 */
export interface CompactFeatures {
  /** Name numbers, ascending, and how often each occurs. */
  names: Int32Array;
  nameCounts: Uint32Array;
  /** The names that identify the story's entities, each once (see distinctNames), ascending. */
  distinctNames: Int32Array;
  /** Content word numbers, ascending, and how often each occurs. */
  terms: Int32Array;
  termCounts: Uint32Array;
  /** The words the story writes in lower case that are not words of its names ("raft", not "Sessions"), ascending. */
  plainTerms: Int32Array;
}

/** StoryFeatures in the shared vocabularies' numbers. */
export function compactFeatures(features: StoryFeatures): CompactFeatures {
  const names = counted(features.names, NAMES);
  const terms = counted(features.terms, TERMS);
  const nameWords = new Set([...features.names.keys()].flatMap((n) => n.split(/\s+/)));
  const plain = [...features.plainTerms].filter((t) => !nameWords.has(t)).map((t) => TERMS.id(t));
  return {
    names: names.ids,
    nameCounts: names.counts,
    distinctNames: ascending(distinctNames([...features.names.keys()]).map((n) => NAMES.id(n))),
    terms: terms.ids,
    termCounts: terms.counts,
    plainTerms: ascending(plain),
  };
}

/**
 * The names that identify a story's entities, each once: "Jeff Sessions" stands for a later
 * bare "Sessions", and "Daniella Levine Cava" for "Levine Cava" and "Cava".
 */
export function distinctNames(names: readonly string[]): string[] {
  return names.filter((n) => !names.some((m) => m !== n && m.length > n.length && m.endsWith(` ${n}`)));
}

function counted(words: ReadonlyMap<string, number>, vocabulary: Vocabulary): { ids: Int32Array; counts: Uint32Array } {
  const pairs = [...words].map(([w, n]) => [vocabulary.id(w), n] as const).sort((a, b) => a[0] - b[0]);
  return { ids: Int32Array.from(pairs, (p) => p[0]), counts: Uint32Array.from(pairs, (p) => p[1]) };
}

function ascending(ids: readonly number[]): Int32Array {
  return Int32Array.from(ids).sort();
}

/** How many numbers two ascending arrays share, counting only those `keep` accepts; stops counting at `enough`. */
export function sharedCount(a: Int32Array, b: Int32Array, keep: (id: number) => boolean = () => true, enough = Infinity): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      if (keep(a[i]!) && ++shared >= enough) return shared;
      i++;
      j++;
    }
  }
  return shared;
}

/** The numbers two ascending arrays share, ascending. */
export function sharedIds(a: Int32Array, b: Int32Array): number[] {
  const ids: number[] = [];
  sharedCount(a, b, (id) => ids.push(id) > 0);
  return ids;
}
