import nlp from "compromise";
import lists from "../../data/entities.json" with { type: "json" };
import { knownOutlet } from "../extract/outlet.ts";
import { bylinePeople } from "../extract/byline.ts";

/**
 * People, places and organizations named in a story's body.
 *
 * Names are found as runs of capitalised words (with the small words that join one name:
 * "Department of Justice", "Daniella Levine Cava"), cleaned of titles and possessives, and then
 * typed: the editable word lists in src/data/entities.json first (a title before the name, an
 * organization's or a place's last word), then compromise's lexicon of first names, places and
 * organizations, then the sentence around the name ("…, said Lis-Marie Alvarado"). compromise
 * types each distinct name once, on the name alone, and the answer is kept for the whole build:
 * the cost grows with the number of different names, not with the length of the archive.
 */

export type MentionKind = "person" | "place" | "organization";

export interface Mention {
  kind: MentionKind;
  /** The name as cleaned: no title, no possessive ("Carlos Gimenez"). */
  name: string;
  /** Paragraph index and character offset of the name in it, for quote attribution. */
  paragraph: number;
  offset: number;
  /** Character offset where the whole run began (before any title). */
  start: number;
  end: number;
  /** The title written before the name, lower case ("attorney general"), or null. */
  title: string | null;
}

export interface StoryEntities {
  people: string[];
  places: string[];
  organizations: string[];
  /** Every mention in reading order, with story-level names (aliases merged within the story). */
  mentions: Mention[];
}

const fold = (s: string): string => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
const wordKey = (w: string): string => fold(w).replace(/['’]s$/u, "").replace(/[.’']+$/u, "");

const TITLES = new Set(lists.titles.map((t) => t.replace(/\./g, "")));
const ORG_WORDS = new Set(lists.organizationWords.map((w) => w.replace(/\./g, "")));
const PLACE_WORDS = new Set(lists.placeWords);
const STOP = new Set(lists.stop.map(fold));
const NOT_PEOPLE = new Set(lists.notPeople.map(fold));
const KNOWN_PLACES = new Set(lists.places.map(fold));
const NOT_ENTITIES = new Set(lists.notEntities);
const POSTNOMINALS = new Set(lists.postnominals);
const NOT_ORGANIZATIONS = new Set(lists.acronymsNotOrganizations);

/** Small words inside one name: "Department of Justice", "Juan de la Cruz", "Ludwig van Beethoven". */
const CONNECTORS = new Set(["of", "de", "del", "la", "las", "los", "van", "von", "der", "den", "da", "dos", "das", "du", "le", "bin", "ibn", "al", "ap", "ab", "ní", "ó", "y", "for", "and", "&"]);
/** Words that open sentences or name times: never the first or last word of a name. */
const EDGE_WORDS = new Set(
  ("a an the this that these those it its he she they we i you his her their our my your there here in on at of for to from by with as and or but if when while after before since until though although because so then than also still even just only not no yes " +
    "monday tuesday wednesday thursday friday saturday sunday today tonight yesterday tomorrow morning afternoon evening night noon midnight " +
    "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec " +
    "said says according more most many some other others one two three four five several all each every both what who why how where which " +
    "meanwhile however now last next first former late " +
    // Spanish function words open sentences too ("Según la Oficina…").
    "según el los las en por para con sin sobre tras desde hasta pero cuando donde este esta ese esa").split(" "),
);
/** A verb of saying beside a name makes it a person ("said Jonathan Fried", "Gimenez explained"). */
export const SAYING_VERBS: readonly string[] = "said|says|say|told|tells|added|adds|explained|explains|wrote|writes|asked|asks|argued|argues|noted|notes|stated|states|insisted|insists|recalled|recalls|continued|replied|responded|testified|tweeted|posted|acknowledged|admitted|announced|warned|urged|vowed|declared|dijo|dice|afirmó|aseguró|explicó|agregó|añadió|señaló".split("|");
const SAYING = new RegExp(`^(?:${SAYING_VERBS.join("|")})$`, "i");
/** An abbreviation or initial ends with a period but does not end the name ("Dir.", "R.", "U.S."). */
const ABBREVIATION = /^(?:\p{Lu}\.|(?:\p{Lu}\.){2,}|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gov|Sen|Sens|Rep|Reps|Gen|Lt|Sgt|Dir|Capt|Col|Maj|Adm|Cpl|Det|Prof|Rev|Ave|Blvd|Co|Inc|Corp|Ltd|Mt|Ft|Dept|Univ|Cmdr|Supt|Atty|Ald|Hon|Pres)\.)$/u;
/** Two-to-six capitals: an acronym ("ICE", "ACLU"), typed only by the alias list or compromise. */
const ACRONYM = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,5})$/u;

/** A credit line: "Reporting by …; Editing by …", "Jane Roe contributed to this report", "(Photo: Jeff Chiu/AP)"; only short paragraphs are read so. */
const CREDIT = /^(?:[^.]{0,120}\b(?:contributed (?:to )?(?:this|the) (?:report|story|article)|contributed reporting|additional reporting)\b|(?:[-—–(]\s*)?(?:additional\s+)?(?:reporting|editing|writing|compiled|produced|research|graphics|photos?)\s+by\b[^.]{0,120}(?:[;.]\s*(?:editing|writing)\s+by\b|\.?\s*$)|\(?(?:photo|image|video|file photo|graphic)s?\b[^.]{0,80}(?:\/|credit|getty|ap photo)|(?:[^.]{0,60}\b)?(?:can be reached|may be reached|reach (?:him|her|them) at|follow (?:him|her|them) on)\b|(?:media|investors?|contacts?|press|for more information)(?:\s+(?:contact|enquiries|inquiries|relations))?\s*:|[^.]{0,60}\bcovers\s[^.]{0,80}\.\s*(?:reach|email|contact|follow))/iu;

/** A credit is a line, not a paragraph of news that happens to say "compiled by". */
export const CREDIT_MAX_LENGTH = 240;
/** "By Dennis Kovach | KJZZ", "By Karin Solheim Star Tribune": a byline left in the body (case matters: "by the time"). */
const BY_LINE = /^By\s+\p{Lu}[^.]{0,60}(?:\||•|·|$)/u;

/** A name longer than this many words is a title-case headline or a shouted line, not a name. */
export const MAX_NAME_WORDS = 8;

interface Token {
  text: string;
  /** The token without quotes, brackets and trailing punctuation. */
  core: string;
  start: number;
  end: number;
  /** Punctuation after the core ends the run (",", "." after a non-abbreviation, ")"...). */
  closes: boolean;
  opens: boolean;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const raw = m[0];
    let a = 0;
    let b = raw.length;
    while (a < b && /["“‘'(\[¿¡«]/u.test(raw[a]!)) a++;
    while (b > a && /[”"’')\],;:!?».\-—–]/u.test(raw[b - 1]!)) b--;
    let core = raw.slice(a, b);
    // Keep the period of an abbreviation or an initial ("Dir.", "R.", "U.S.").
    if (raw[b] === "." && ABBREVIATION.test(`${core}.`)) core = `${core}.`;
    const trailing = raw.slice(a + core.length);
    // A possessive ends a name: "Chicago's Police Department" names Chicago, then the department.
    // ("Sheriff's Office" and "Children's Hospital" are one name: a common word owns nothing).
    const possessive = (/['’]s$/u.test(core) && core.length > 3 && isProperOwner(core.slice(0, -2))) || /s['’]$/u.test(raw.slice(a, b + 1));
    tokens.push({ text: raw, core, start: m.index! + a, end: m.index! + a + core.length, closes: possessive || /[,;:!?)\]”"»—–-]|[^.]\.|^\.$/u.test(trailing) || /[.!?]$/.test(trailing), opens: a > 0 });
  }
  return tokens;
}

/** A possessor that is a place or a person ("Chicago's", "Gimenez's"), not a common word ("Sheriff's"). */
function isProperOwner(word: string): boolean {
  const kind = lexiconKind(word);
  return kind === "place" || kind === "person" || kind === "organization" || KNOWN_PLACES.has(fold(word)) || aliasKind(word) !== null || ACRONYM.test(word);
}

/** "Ohio-based", "Miami-born": a word about a name, not part of one. */
const DESCRIBES = /-(?:based|born|bred|area|led|owned|run|bound|made|backed|raised|style|era)$/i;

const isCapital = (core: string): boolean =>
  (!DESCRIBES.test(core) && !core.includes("/") && /^(?:\p{Lu}|\p{Lt}|[a-z]{1,3}-\p{Lu}|Mc\p{Lu}|O['’]\p{Lu})/u.test(core)) || /^[a-z]+\p{Lu}/u.test(core) || /^\d{1,3}(?:st|nd|rd|th)$/.test(core);

interface Run {
  words: Token[];
  /** The run opens a sentence, so its first word's capital says nothing. */
  sentenceStart: boolean;
  /** The words just before and after the run, for "said X" and "X said". */
  before: string;
  after: string;
}

/** Runs of capitalised words joined by connectors, within one paragraph. */
function findRuns(text: string): Run[] {
  const tokens = tokenize(text);
  const runs: Run[] = [];
  let run: Token[] = [];
  let runStart = true;
  let sentenceStart = true;
  let startIndex = 0;
  const flush = (endIndex: number) => {
    while (run.length && CONNECTORS.has(run.at(-1)!.core.toLowerCase())) run.pop();
    if (run.length) runs.push({ words: run, sentenceStart: runStart, before: tokens[startIndex - 1]?.core ?? "", after: tokens[endIndex]?.core ?? "" });
    run = [];
  };
  for (const [i, token] of tokens.entries()) {
    const core = token.core;
    const capital = core.length > 0 && isCapital(core);
    // "the" joins only after "of" or "for" ("Department of the Treasury"): "Get the WFLA app" is no name.
    // "on" joins only after a body's name ("Council on Foreign Relations"): "St. Luke Church on Nolensville Pike" is two.
    const joinsHere = CONNECTORS.has(core.toLowerCase()) || (core === "the" && /^(?:of|for)$/.test(run.at(-1)?.core ?? "")) || (core === "on" && run.length > 0 && /^(?:council|committee|commission|conference|institute|center|centre|coalition|panel|board|office|forum|task)$/i.test(run.at(-1)!.core));
    // Connectors may chain ("Andrea de la Vega"): what counts is the next word that is not one.
    let next = i + 1;
    while (next < tokens.length && next - i < 3 && CONNECTORS.has(tokens[next]!.core)) next++;
    const connector = run.length > 0 && joinsHere && !token.opens && next < tokens.length && isCapital(tokens[next]!.core);
    // "Privacy Policy The Philadelphia Inquirer": "The" inside a run starts another name.
    if (run.length > 0 && core === "The") flush(i);
    if ((capital || connector) && !(run.length > 0 && token.opens)) {
      if (run.length === 0) {
        runStart = sentenceStart;
        startIndex = i;
      }
      run.push(token);
      if (token.closes) flush(i + 1);
    } else {
      flush(i);
      if (capital) {
        // A capitalised word after an opening quote starts a new run.
        runStart = sentenceStart || token.opens;
        startIndex = i;
        run.push(token);
        if (token.closes) flush(i + 1);
      }
    }
    sentenceStart = /[.!?:]["”’)]*$/.test(token.text) && !ABBREVIATION.test(token.text.replace(/["”’)]+$/u, ""));
  }
  flush(tokens.length);
  return runs;
}

/** compromise's reading of one name, kept for the whole process (names recur across stories). */
const lexiconCache = new Map<string, MentionKind | "first-name" | null>();
/** The cache is bounded: a long `npm start` session or a huge archive must not grow it without end. */
const LEXICON_CACHE_LIMIT = 200_000;

/** Forget every name compromise has read: for benchmarks that time a cold start. */
export function clearLexiconCache(): void {
  lexiconCache.clear();
  tagCache.clear();
}

function lexiconKind(name: string): MentionKind | "first-name" | null {
  const cached = lexiconCache.get(name);
  if (cached !== undefined) return cached;
  const doc = nlp(name);
  let kind: MentionKind | "first-name" | null = null;
  if (doc.organizations().found) kind = "organization";
  else if (doc.places().found) kind = "place";
  // One word is a person on its own only as a known surname ("Obama"); a first name alone
  // ("Donald") or a word that is a name only sometimes ("Virginia") needs more than the lexicon.
  else if (doc.people().found) kind = name.includes(" ") ? "person" : doc.has("#LastName") ? "person" : "first-name";
  if (lexiconCache.size >= LEXICON_CACHE_LIMIT) lexiconCache.clear();
  lexiconCache.set(name, kind);
  return kind;
}

/** The title words at the start of a run ("Attorney General", "Miami-Dade County Commissioner"), longest first. */
function titleLength(words: readonly string[], from: number): number {
  for (let n = Math.min(3, words.length - from); n >= 1; n--) {
    const phrase = words
      .slice(from, from + n)
      .map((w) => wordKey(w).replace(/\./g, ""))
      .join(" ");
    if (TITLES.has(phrase)) return n;
  }
  return 0;
}

interface Candidate {
  words: Token[];
  titled: boolean;
  /** The title before the name, lower case ("attorney general"), for "the attorney general said". */
  title?: string;
  /** A word that is a name only if the story names someone with it in full (a sentence's first word). */
  weak?: boolean;
}

/** Split a run into name candidates: at "and" between two names, at titles, and clean each. */
function candidatesOf(run: Run): Candidate[] {
  const words = run.words.map((w) => w.core);
  if (words.length > MAX_NAME_WORDS * 2) return [];
  // Titles split a run: "Miami-Dade County Communications Dir. Michael Hernandez" names a
  // person after the title. A title word before an organization's name is part of it
  // ("Justice Department"). Each piece keeps whether a title stood before it.
  const pieces: { tokens: Token[]; titled: boolean; first: boolean; title: string | undefined }[] = [];
  let tokens = run.words;
  let titled = false;
  let title: string | undefined;
  let first = run.sentenceStart;
  for (let i = 0; i < tokens.length; i++) {
    const n = titleLength(
      tokens.map((t) => t.core),
      i,
    );
    const rest = tokens.slice(i + n);
    // The name after the title runs to the first "and" ("Mayor Gimenez and Miami-Dade County").
    const named = rest.slice(0, rest.findIndex((t) => /^(?:and|&)$/i.test(t.core)) >>> 0);
    // Inside a run ("… Communications Dir. Michael Hernandez"), a title splits it only before a
    // person's name: "Office of Justice Programs" and "Justice Assistance Grant" are no titles.
    const midRun = i > 0 && named.length > 0 && ((CONNECTORS.has(tokens[i - 1]!.core) && !/^(?:and|&|y)$/i.test(tokens[i - 1]!.core)) || !(isPersonName(named) || (named.length <= 4 && couldBeFirstName(named[0]!.core.replace(/\.$/, "")))));
    // A title is followed by a name, not by "County Metro" ("King County Metro").
    const placeLike = named.some((t) => isOrganizationWord(t.core) || PLACE_WORDS.has(wordKey(t.core)));
    if (n > 0 && named.length > 0 && !midRun && !placeLike) {
      if (i > 0) pieces.push({ tokens: tokens.slice(0, i), titled, first, title });
      title = tokens
        .slice(i, i + n)
        .map((t) => wordKey(t.core))
        .join(" ");
      tokens = rest;
      titled = true;
      first = false;
      i = -1;
    }
  }
  pieces.push({ tokens, titled, first, title });
  const out: Candidate[] = [];
  for (const piece of pieces) {
    for (const part of splitAtAnd(piece.tokens)) {
      const isFirst = part[0] === piece.tokens[0];
      for (const c of splitAtOf(part, piece.titled && isFirst, piece.first && isFirst)) out.push(c.titled && piece.title ? { ...c, title: piece.title } : c);
    }
  }
  return out;
}

/**
 * "Levine Cava and Raquel Regalado" is two names; "Immigration and Customs Enforcement" is one:
 * an "and" joins when what follows it ends as an organization and what precedes it is not a
 * name of its own.
 */
function splitAtAnd(tokens: readonly Token[]): Token[][] {
  const parts: Token[][] = [[]];
  for (const token of tokens) {
    if (/^(?:and|&|y)$/i.test(token.core)) {
      parts.push([]);
      continue;
    }
    parts.at(-1)!.push(token);
  }
  const joined: Token[][] = [parts[0]!];
  for (const seg of parts.slice(1)) {
    const left = joined.at(-1)!;
    const and = tokens.find((t) => left.length > 0 && t.start > left.at(-1)!.start && /^(?:and|&|y)$/i.test(t.core));
    // Head-first names join too: "Servicio de Inmigración y Control de Aduanas", "Department of Health and Human Services".
    const headFirst = left.length > 2 && isOrganizationWord(left[0]!.core) && CONNECTORS.has(left[1]!.core);
    if (seg.length > 0 && left.length > 0 && and && (isOrganizationWord(seg.at(-1)!.core) || headFirst) && !isNameOfItsOwn(left) && !isPersonName(seg)) joined[joined.length - 1] = [...left, and, ...seg];
    else joined.push(seg);
  }
  return joined;
}

/**
 * "Jonathan Fried of WeCount!", "Lis-Marie Alvarado of American Friends Service Committee": a
 * person's name, then where they work. Anything else is one candidate.
 */
function splitAtOf(tokens: Token[], titled: boolean, sentenceStart: boolean): Candidate[] {
  const of = tokens.findIndex((t, i) => i > 0 && t.core === "of");
  if (of > 0 && isPersonName(tokens.slice(0, of))) return [...clean(tokens.slice(0, of), titled, sentenceStart), ...clean(tokens.slice(of + 1), false, false)];
  return clean(tokens, titled, sentenceStart && !titled);
}

/** A person's or a place's name on its own ("Jeff Sessions" before "and"). */
function isNameOfItsOwn(tokens: readonly Token[]): boolean {
  const kind = lexiconKind(stripPossessive(tokens.map((t) => t.core).join(" ")));
  return kind === "person" || kind === "place";
}

/** Two to four words that compromise reads as a person's name. */
function isPersonName(tokens: readonly Token[]): boolean {
  return tokens.length >= 2 && tokens.length <= 4 && lexiconKind(tokens.map((t) => t.core).join(" ")) === "person";
}

function isOrganizationWord(word: string): boolean {
  const key = wordKey(word).replace(/\./g, "");
  // "A-League", "Co-operative": the last part of a hyphenated word counts.
  return ORG_WORDS.has(key) || (key.includes("-") && ORG_WORDS.has(key.slice(key.lastIndexOf("-") + 1)));
}

/** Trim edge words, possessives and trailing calendar words; a candidate of the right length or nothing. */
function clean(tokens: Token[], titled: boolean, sentenceStart: boolean): Candidate[] {
  let words = [...tokens];
  while (words.length && (EDGE_WORDS.has(wordKey(words[0]!.core)) || CONNECTORS.has(words[0]!.core))) {
    words = words.slice(1);
    sentenceStart = false;
  }
  while (words.length && (EDGE_WORDS.has(wordKey(words.at(-1)!.core)) || CONNECTORS.has(words.at(-1)!.core.toLowerCase()) || words.at(-1)!.core === "the")) words = words.slice(0, -1);
  // "Ronan Kiely SC", "John Smith Jr.": letters after a name are not part of it.
  while (words.length > 1 && POSTNOMINALS.has(words.at(-1)!.core.replace(/\.$/, "").replace(/,$/, ""))) words = words.slice(0, -1);
  // "a Knoxville Republican": the party says who someone is, it is not part of the place.
  if (words.length > 1 && /^(?:Republican|Democrat|Democratic|Independent|Conservative|Liberal|Labour|Tory)s?$/.test(words.at(-1)!.core)) words = words.slice(0, -1);
  // A share bar's names ("Facebook Twitter Email") are no entity.
  if (words.every((w) => STOP.has(fold(w.core)))) return words.length === 1 ? [{ words, titled }] : [];
  // "Meteorologist Dan Krol", "Clerk Janet Ostrowski": a job before a person's name is a title
  // even when the title list does not have it.
  if (words.length >= 3 && words.length <= 4 && !titled && words.every((w) => isCapital(w.core)) && isPersonName(words.slice(1)) && lexiconKind(words[0]!.core) === null && !isOrganizationWord(words[0]!.core) && !KNOWN_PLACES.has(fold(words[0]!.core))) {
    words = words.slice(1);
    titled = true;
  }
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return [];
  // A generic word alone is no one's name ("Police", "Department", "County").
  if (words.length === 1 && (isOrganizationWord(words[0]!.core) || PLACE_WORDS.has(wordKey(words[0]!.core))) && !aliasKind(words[0]!.core)) return [];
  // Three or more words in capitals are a shouted headline or a protest sign, not a name.
  if (words.length >= 3 && words.every((w) => w.core === w.core.toUpperCase())) return [];
  // A one-word run opening a sentence is an ordinary word ("Residents", "Meanwhile") unless it is a known name.
  // It still counts as the surname of a person the story names in full ("Sessions called…").
  if (words.length === 1 && sentenceStart && !titled) return [{ words, titled: false, weak: !(ACRONYM.test(words[0]!.core) || lexiconKind(stripPossessive(words[0]!.core)) !== null) }];
  return [{ words, titled }];
}

function stripPossessive(word: string): string {
  return word.replace(/['’]s$/u, "").replace(/s['’]$/u, "s");
}

/** The cleaned surface form: words joined by single spaces, no possessive, all-capital words in title case. */
function surface(words: readonly Token[]): string {
  const text = words.map((w) => w.core).join(" ");
  const bare = stripPossessive(text).replace(/[.,]+$/, (m) => (ABBREVIATION.test(words.at(-1)!.core) ? m : ""));
  // A shouted name ("MIAMI", "JEFF SESSIONS") is written in title case; acronyms stay as they are.
  if (bare === bare.toUpperCase() && /\p{Lu}{2}/u.test(bare)) {
    const titled = bare.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, b: string, l: string) => b + l.toUpperCase());
    // An acronym stays as it is ("ICE", "ACLU"), unless it is a word in capitals ("MIAMI").
    if (words.length === 1 && ACRONYM.test(bare) && !(bare.length >= 4 && lexiconKind(titled) !== null && !aliasKind(bare))) return bare;
    return titled;
  }
  return bare;
}

/** What a candidate name is, from the lists, its last word, compromise and the words around it. */
function typeOf(name: string, titled: boolean, saying: boolean): MentionKind | null {
  const words = name.split(" ");
  const last = wordKey(words.at(-1)!).replace(/\./g, "");
  const key = fold(name);
  // A name of the stop list is typed like any other; extractEntities keeps it only when the
  // headline names it too.
  const notPerson = NOT_PEOPLE.has(key) && !titled;
  if (STOP.has(key)) return aliasKind(name) ?? (lexiconKind(name) === "place" ? "place" : "organization");
  const alias = aliasKind(name);
  if (alias) return alias;
  // An outlet the story talks about ("told Politico") is an organization, never a person.
  if (knownOutlet(name)) return "organization";
  // Laws, grants and documents are no entities ("Kate's Law", "Justice Assistance Grant").
  if (NOT_ENTITIES.has(last) || NOT_ENTITIES.has(words.slice(-2).join(" ").toLowerCase())) return null;
  // "Facebook Live", "Make America Great Again": a platform's product, a slogan.
  if (words.length > 1 && (STOP.has(fold(words[0]!)) || (!titled && hasTag(words[0]!, "#Verb") && lexiconKind(name) !== "person"))) return null;
  if (isOrganizationWord(words.at(-1)!) || (words.length > 2 && ORG_WORDS.has(wordKey(words[0]!)) && /^(?:of|de|del)$/.test(words[1]!))) return "organization";
  // "Springdale School District", "Hinds Valley School District": a district run by a body.
  if (words.length > 2 && /^(?:district|board|authority)$/.test(last) && /^(?:school|schools|water|fire|transit|sewer|utility|hospital|park|parks|library|housing)$/.test(wordKey(words.at(-2)!))) return "organization";
  // An acronym no list knows ("CTA", "NHS"), in running text, is an organization's.
  // (A call sign is an outlet's, and an outlet we do not know is left out.)
  if (isUnknownAcronym(name) && !KNOWN_PLACES.has(key)) return "organization";
  if (KNOWN_PLACES.has(key)) return "place";
  // "San Pedro Sula", "Santiago de los Caballeros", "Fort Myers", "Saint-Fleur" is a name, though.
  if (!titled && words.length > 1 && /^(?:San|Santa|Santo|São|Saint|St\.?|Sainte|Fort|Mount|Mt\.?|Lake|Cape|Port|Puerto|Villa|Ciudad|Los|Las|El)$/.test(words[0]!)) return "place";
  // A person's name has no acronym in it ("Byrne JAG" is a grant).
  const acronym = words.some((w) => ACRONYM.test(w) && w.replace(/\./g, "").length >= 3);
  if (notPerson) return null;
  if (titled && words.length <= 4 && !acronym) return "person";
  if (PLACE_WORDS.has(last) && words.length > 1) return "place";
  const lexicon = lexiconKind(name);
  // "Araceli Montenegro said": a first name and a country's name, beside "said", are a person.
  if (lexicon === "place" && saying && words.length >= 2 && words.length <= 3 && couldBeFirstName(words[0]!) && !KNOWN_PLACES.has(fold(words[0]!)) && lexiconKind(words[0]!) !== "place") return "person";
  if (lexicon === "first-name") return titled || saying ? "person" : null;
  if (lexicon === "person" && acronym) return null;
  if (lexicon) return lexicon;
  // "…, Valdez said": a surname alone is kept only if the story names the person in full or the
  // lexicon knows it as a surname (see mergeWithinStory).
  if (saying && words.length <= 4 && !words.some((w) => ACRONYM.test(w)) && couldBeFirstName(words[0]!)) return "person";
  return null;
}

/** The word before the one before a position ("across" in "across the Greater Sydney"). */
function previousWord(text: string, position: number): string {
  const words = text.slice(Math.max(0, position - 40), position).trim().split(/\s+/);
  return words.at(-2) ?? "";
}

/** Three to five capitals that no list knows: an organization's acronym if the story repeats it. */
function isUnknownAcronym(name: string): boolean {
  return /^\p{Lu}{3,5}$/u.test(name) && !NOT_ORGANIZATIONS.has(name) && !/^[KW][A-Z]{2,3}$/.test(name) && !aliasKind(name) && !knownOutlet(name);
}

/** A word compromise knows as a plural, a verb or an adjective is nobody's first name ("Friends", "Save"). */
function couldBeFirstName(word: string): boolean {
  return !hasTag(word, "(#Plural|#Verb|#Adjective|#Adverb|#Determiner|#Preposition|#Pronoun)");
}

/** compromise's tags for one word, asked once per word and tag set for the whole build. */
const tagCache = new Map<string, boolean>();
function hasTag(word: string, tags: string): boolean {
  const key = `${tags}\u0000${word}`;
  let found = tagCache.get(key);
  if (found === undefined) {
    found = nlp(word).has(tags);
    if (tagCache.size >= LEXICON_CACHE_LIMIT) tagCache.clear();
    tagCache.set(key, found);
  }
  return found;
}

/** One to three words, none a common word, no organization's word: what an unknown place looks like. */
function isPlaceLike(name: string): boolean {
  const words = name.split(" ");
  if (words.length > 3 || words.some((w) => ACRONYM.test(w) || isOrganizationWord(w))) return false;
  const kind = lexiconKind(name);
  return (kind === null || kind === "first-name") && couldBeFirstName(words[0]!);
}

/** Kinds the alias lists give names (an entry's name and every alias of it). */
const ALIAS_KIND = new Map<string, MentionKind>();
for (const [kind, groups] of Object.entries(lists.aliases) as [MentionKind, Record<string, string[]>][]) {
  for (const [name, aliases] of Object.entries(groups)) for (const a of [name, ...aliases]) ALIAS_KIND.set(aliasKey(a), kind);
}

/** How alias lists compare names: no case, no accents, no leading "the" or "U.S.". */
export function aliasKey(name: string): string {
  return fold(name)
    .replace(/^the\s+/, "")
    .replace(/^u\.?\s?s\.?\s+(?=\S)/, "")
    .replace(/\.$/, "")
    .replace(/[’']/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

function aliasKind(name: string): MentionKind | null {
  return ALIAS_KIND.get(aliasKey(name)) ?? ALIAS_KIND.get(fold(name)) ?? null;
}

/**
 * Every person, place and organization a story's body names, with story-level aliases merged:
 * "Mayor Carlos Gimenez", "Gimenez" and "Gimenez’s" are one person, "Carlos Gimenez"; a first
 * name alone ("Donald") counts only as the full name the story gives for it; names in the stop
 * list count only when the headline names them too.
 */
export function extractEntities(title: string, paragraphs: readonly string[], datelinePlaces: readonly string[] = [], byline: string | null = null): StoryEntities {
  const raw: Mention[] = [];
  /** One-word names no rule typed ("Sessions", which compromise reads as a plural). */
  const untyped: Mention[] = [];
  for (const [p, text] of paragraphs.entries()) {
    // Who wrote, edited or photographed the story is not who the story is about.
    if (text.length <= CREDIT_MAX_LENGTH && (CREDIT.test(text) || BY_LINE.test(text))) continue;
    for (const run of findRuns(text)) {
      const candidates = candidatesOf(run);
      for (const [ci, c] of candidates.entries()) {
        const name = surface(c.words);
        if (name.length < 2 || !/\p{L}/u.test(name)) continue;
        // "in Stornoway", "near Tucson": a word no lexicon knows, after a word of place, is a
        // place, even before "said" ("who runs a bakery in Stornoway, said he…").
        const placed = /^(?:in|near|outside|around|across|throughout|from|to|at|between)$/.test(run.before) && c.words[0] === run.words[0];
        // "said Jonathan Fried of WeCount!": the verb speaks of the name next to it only.
        const last = ci === candidates.length - 1;
        // "Keila Batista, 34, a hairdresser", "Priya Raman, who…": words that only follow a person.
        const described = last && /^,\s*(?:\d{1,3}[,.;)]|who\b|aged\s+\d)/.test(text.slice(run.words.at(-1)!.end, run.words.at(-1)!.end + 12));
        // "captain Callum Burrows", "striker Lachlan Brereton-Ward": a job written in lower case before the name.
        const jobBefore = ci === 0 && run.before === run.before.toLowerCase() && TITLES.has(run.before.replace(/\.$/, ""));
        const saying = (ci === 0 && SAYING.test(run.before)) || (last && SAYING.test(run.after) && !placed) || described || (jobBefore && c.words.length >= 2);
        const at = { paragraph: p, offset: c.words[0]!.start, start: run.words[0]!.start, end: c.words.at(-1)!.end, title: c.title ?? null };
        // "Tempe residents", "Illawarra towns": a name before such a word is a place's.
        const resident = last && /^\s+(?:residents?|voters|taxpayers|homeowners|neighbou?rhoods?|suburbs?|towns?|streets|area|region|coast|waters)\b/.test(text.slice(c.words.at(-1)!.end, c.words.at(-1)!.end + 16));
        let kind = c.weak ? null : (typeOf(name, c.titled, saying) ?? ((placed || resident) && isPlaceLike(name) ? "place" : null));
        // "across the Greater Sydney region", "in Charlotte": a first name after a word of place
        // is a place, unless a title or a verb of saying says it is a person.
        if (kind === "person" && !c.titled && !saying && /^(?:in|near|outside|across|throughout|around)$/.test(run.before.toLowerCase()) || (kind === "person" && !c.titled && !saying && /^the$/i.test(run.before) && /^(?:across|in|near|throughout)$/i.test(previousWord(text, run.words[0]!.start)))) {
          if (name.split(" ").length <= 3 && !aliasKind(name) && !hasTag(name.split(" ").at(-1)!, "#LastName")) kind = "place";
        }
        if (kind) raw.push({ kind, name, ...at });
        else if (name.split(" ").length <= 3) untyped.push({ kind: "person", name, ...at });
      }
    }
  }
  // An untyped word that is the surname of someone the story names in full is that person:
  // "Attorney General Jeff Sessions … Sessions called…".
  // And an untyped full name whose surname the story uses alone for a person ("Keila Batista"
  // … "Batista said") is that person.
  const surnames = new Set(raw.filter((m) => m.kind === "person" && m.name.includes(" ")).map((m) => fold(m.name.split(" ").at(-1)!)));
  const alone = new Set(raw.filter((m) => m.kind === "person" && !m.name.includes(" ")).map((m) => fold(m.name)));
  for (const m of untyped) {
    const words = m.name.split(" ");
    if (words.length === 1 ? surnames.has(fold(m.name)) : alone.has(fold(words.at(-1)!)) && !hasTag(words[0]!, "(#Verb|#Adjective|#Adverb|#Determiner|#Preposition|#Pronoun)") && !words.some((w) => isOrganizationWord(w) || PLACE_WORDS.has(wordKey(w)))) raw.push(m);
  }
  raw.sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset);
  const titleKey = fold(title);
  // An unknown acronym counts only when the story uses it again ("the CTA … CTA buses"), and a
  // word in capitals that the dateline names is the place ("TAMPA").
  const dateline = new Set(datelinePlaces.map((d) => fold(d)));
  const acronymCount = new Map<string, number>();
  for (const m of raw) if (isUnknownAcronym(m.name)) acronymCount.set(m.name, (acronymCount.get(m.name) ?? 0) + 1);
  const kept = raw.filter((m) => (!STOP.has(fold(m.name)) || titleKey.includes(fold(m.name))) && !(isUnknownAcronym(m.name) && ((acronymCount.get(m.name) ?? 0) < 2 || dateline.has(fold(m.name)))));
  // The writer is not one of the people the story is about ("Catherine Redmond covers Tempe…").
  const writers = new Set(bylinePeople(byline?.replace(/^by\s+/i, "") ?? null).map(fold));
  const mentions = mergeWithinStory(kept, datelinePlaces).filter((m) => !(m.kind === "person" && writers.has(fold(m.name))));
  const ranked = (kind: MentionKind) => {
    const counts = new Map<string, { n: number; first: number }>();
    for (const [i, m] of mentions.entries()) {
      if (m.kind !== kind) continue;
      const c = counts.get(m.name) ?? { n: 0, first: i };
      c.n++;
      counts.set(m.name, c);
    }
    return [...counts.entries()].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first).map(([name]) => name);
  };
  return { people: ranked("person"), places: ranked("place"), organizations: ranked("organization"), mentions };
}

/** Nickname -> formal first names ("tom" -> "thomas"). */
const FORMAL = new Map<string, string>();
for (const [formal, shorts] of Object.entries(lists.nicknames)) for (const s of shorts) if (!FORMAL.has(s)) FORMAL.set(s, formal);

/** The key two forms of one person's name share: no accents, no middle initials, formal first name. */
export function personKey(name: string): string {
  const words = fold(name)
    .replace(/[’']/g, "'")
    .split(/\s+/)
    .filter((w, i, all) => !(i > 0 && i < all.length - 1 && /^\p{L}\.?$/u.test(w)))
    .map((w) => w.replace(/\.$/, ""));
  if (words.length > 1) words[0] = FORMAL.get(words[0]!) ?? words[0]!;
  return words.filter((w) => !["jr", "sr", "ii", "iii", "iv"].includes(w)).join(" ");
}

/**
 * Merge the forms one story uses for one entity. A person's surname or first name alone
 * becomes the full name whose last or first word it is, when only one full name fits; a place
 * "X" becomes "X County" when the story names that county; organizations merge through the
 * alias list and acronyms the story spells out ("Immigration and Customs Enforcement (ICE)").
 */
function mergeWithinStory(mentions: Mention[], datelinePlaces: readonly string[]): Mention[] {
  const people = mentions.filter((m) => m.kind === "person");
  const full = [...new Set(people.filter((m) => m.name.includes(" ")).map((m) => m.name))];
  const byKey = new Map<string, string>();
  // The most frequent form of each full name stands for all its forms.
  const counts = new Map<string, number>();
  for (const m of people) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  for (const name of [...full].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || b.length - a.length)) {
    const key = personKey(name);
    if (!byKey.has(key)) byKey.set(key, name);
  }
  // A full name that is another with more words ("Carlos Gimenez" in "Carlos A. Gimenez") is the same person.
  // Indexes of the full names, built once: by the last word, by the last two, by the first.
  const index = (pick: (words: string[]) => string | null) => {
    const out = new Map<string, string[]>();
    for (const [k, name] of byKey) {
      const at = pick(k.split(" "));
      if (at !== null) out.set(at, [...(out.get(at) ?? []), name]);
    }
    return out;
  };
  const byLast = index((w) => w.at(-1)!);
  const byLastTwo = index((w) => (w.length > 2 ? w.slice(-2).join(" ") : null));
  const byRest = index((w) => (w.length > 2 ? w.slice(1).join(" ") : null));
  const byFirstWord = index((w) => w[0]!);
  const one = (names: readonly string[] | undefined) => (names && new Set(names).size === 1 ? names[0]! : null);
  const resolvePerson = (name: string): string | null => {
    const key = personKey(name);
    const parts = key.split(" ");
    // "Levine Cava" is the "Daniella Levine Cava" the story names in full; "Luis Rodriguez",
    // a first name and a surname, is not "Jose Luis Rodriguez".
    if (parts.length === 2 && !hasTag(name.split(" ")[0]!, "#FirstName")) {
      const longer = one(byLastTwo.get(key));
      if (longer) return longer;
    }
    if (byKey.has(key)) return byKey.get(key)!;
    if (parts.length === 1) {
      const bySurname = one([...(byLast.get(key) ?? []), ...(byRest.get(key) ?? [])].filter((n) => personKey(n) !== key));
      if (bySurname) return bySurname;
      const byFirst = one(byFirstWord.get(key));
      if (byFirst) return byFirst;
      return null;
    }
    return name;
  };
  const places = new Set([...mentions.filter((m) => m.kind === "place").map((m) => m.name), ...datelinePlaces].map(fold));
  const placeNames = new Map(mentions.filter((m) => m.kind === "place").map((m) => [fold(m.name), m.name]));
  const acronyms = new Map<string, string>();
  for (const m of mentions) {
    if (m.kind === "organization" && m.name.includes(" ")) {
      const initials = m.name
        .split(/[\s-]+/)
        .filter((w) => /^\p{Lu}/u.test(w))
        .map((w) => w[0])
        .join("");
      if (initials.length >= 2) acronyms.set(initials, m.name);
    }
  }
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.kind === "person") {
      const name = resolvePerson(m.name);
      // A first name or surname alone that no full name explains: a surname may stand on its
      // own ("Sessions said"), a first name never does ("Donald").
      if (name === null) {
        if (lexiconKind(m.name) === "first-name" || NOT_PEOPLE.has(fold(m.name)) || places.has(fold(m.name))) continue;
        out.push(m);
        continue;
      }
      // A "person" that the story also names as a place is the place ("Doral", "Hialeah").
      if (!name.includes(" ") && places.has(fold(name))) continue;
      out.push({ ...m, name });
    } else if (m.kind === "place") {
      const county = placeNames.get(`${fold(m.name)} county`);
      out.push(county ? { ...m, name: county } : m);
    } else {
      const spelled = ACRONYM.test(m.name) ? acronyms.get(m.name.replace(/\./g, "")) : undefined;
      out.push(spelled ? { ...m, name: spelled } : m);
    }
  }
  return out;
}
