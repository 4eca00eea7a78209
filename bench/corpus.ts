// A synthetic corpus for the benchmark (bench/run.ts): N article files modelled on the real ones
// in tests/fixtures and seeds/. Deterministic: the same N and seed give byte-identical files.
//
// Shape: a quarter Markdown with YAML front matter, the rest scraped plain text with or
// without headline, byline, date line (in a dozen forms, or none, leaving only a weekday),
// dateline, photo captions and page furniture; dates over 1996-2025; people, places,
// organizations, outlets and topics drawn with a Zipf-like skew, so a few names are in thousands
// of stories; and about one story in six written about a happening that 2-5 outlets covered.
//
// Run on its own: tsx bench/corpus.ts --articles 1000 [--seed 1] (prints the folder).
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import outletData from "../src/data/outlets.json" with { type: "json" };
import topicData from "../src/data/topics.json" with { type: "json" };
import * as W from "./corpusWords.ts";

/** Bump when the generator's output changes, so cached corpora are made again. */
export const CORPUS_VERSION = 1;
export const FIRST_YEAR = 1996;
export const LAST_YEAR = 2025;
/** Share of stories that belong to an event covered by several outlets. */
export const EVENT_SHARE = 0.17;
export const EVENT_MIN_OUTLETS = 2;
export const EVENT_MAX_OUTLETS = 5;
export const MARKDOWN_SHARE = 0.25;
/** Among plain-text articles, the share with no date line at all (a weekday in the text at most). */
export const UNDATED_TEXT_SHARE = 0.22;
/** People are made once per corpus from the name lists; this many, drawn Zipf-like. */
export const PEOPLE = 6000;
export const MIN_WORDS = 300;
export const MAX_WORDS = 900;
/** Zipf exponents: how much the most frequent names dominate. */
const SKEW = { person: 1.0, place: 1.0, organization: 0.9, outlet: 1.1, topic: 0.6, detail: 0.3 };

const OUTLETS: readonly { name: string; codes: string[]; domains: string[] }[] = outletData.outlets;
const TOPIC_SLUGS = topicData.topics.map((t) => t.slug).filter((slug) => slug in W.TOPIC_WORDS);
const DAY_MS = 86_400_000;

// ---------------------------------------------------------------------------------------------
// Randomness

/** mulberry32: a tiny seeded PRNG, uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed for one article: each article draws from its own stream, whatever came before it. */
function mix(seed: number, n: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(n + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  return (h ^ (h >>> 15)) >>> 0;
}

type Rng = () => number;
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

/** Picks index k of n with weight 1 / (k + 1)^s. */
class Zipf {
  readonly #cumulative: Float64Array;
  constructor(n: number, s: number) {
    this.#cumulative = new Float64Array(n);
    let sum = 0;
    for (let k = 0; k < n; k++) this.#cumulative[k] = sum += 1 / (k + 1) ** s;
  }
  pick(rng: Rng): number {
    const c = this.#cumulative;
    const x = rng() * c[c.length - 1]!;
    let lo = 0;
    let hi = c.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (c[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** `count` distinct indexes. */
  distinct(rng: Rng, count: number): number[] {
    const out: number[] = [];
    for (let tries = 0; out.length < count && tries < count * 20; tries++) {
      const k = this.pick(rng);
      if (!out.includes(k)) out.push(k);
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Calendar days (UTC, so no time zone moves them)

interface Day {
  y: number;
  m: number; // 1-12
  d: number;
  weekday: string;
  ms: number;
}

function dayAt(ms: number): Day {
  const date = new Date(ms);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate(), weekday: W.WEEKDAYS[date.getUTCDay()]!, ms };
}

const pad2 = (n: number) => String(n).padStart(2, "0");
const isoDay = (day: Day) => `${day.y}-${pad2(day.m)}-${pad2(day.d)}`;

/** Years weigh more as they come nearer: archives hold more recent news. */
const YEAR_WEIGHTS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => 1 + i / 10);
const YEAR_TOTAL = YEAR_WEIGHTS.reduce((a, b) => a + b, 0);

function randomDay(rng: Rng): Day {
  let x = rng() * YEAR_TOTAL;
  let year = FIRST_YEAR;
  for (const w of YEAR_WEIGHTS) {
    if ((x -= w) < 0) break;
    year++;
  }
  year = Math.min(year, LAST_YEAR);
  const start = Date.UTC(year, 0, 1);
  const days = (Date.UTC(year + 1, 0, 1) - start) / DAY_MS;
  return dayAt(start + Math.floor(rng() * days) * DAY_MS);
}

// ---------------------------------------------------------------------------------------------
// The cast: people, and what each story is about

interface Person {
  first: string;
  last: string;
  title: string;
  description: string;
}

function makePeople(seed: number): Person[] {
  const rng = mulberry32(mix(seed, -1));
  const places = new Zipf(W.PLACES.length, SKEW.place);
  const orgs = new Zipf(W.ORGANIZATIONS.length, SKEW.organization);
  const seen = new Set<string>();
  const people: Person[] = [];
  while (people.length < PEOPLE) {
    const first = pick(rng, W.FIRST_NAMES);
    const last = pick(rng, W.SURNAMES);
    if (seen.has(`${first} ${last}`)) continue;
    seen.add(`${first} ${last}`);
    const role = pick(rng, W.ROLES);
    const description = role.description.replace("{place}", W.PLACES[places.pick(rng)]![0]).replace("{org}", `the ${W.ORGANIZATIONS[orgs.pick(rng)]}`);
    people.push({ first, last, title: role.title, description });
  }
  return people;
}

/** What a story is about; an event's stories share all of it but the outlet and the day. */
interface Subject {
  topic: string;
  topic2: string | null;
  people: number[];
  place: number;
  organizations: number[];
  details: string[];
  day: Day;
  headline: { actor: string; verb: string; noun: string; tail: string };
  facts: { money: string; count: number; months: number; year: number };
}

interface Spec {
  index: number;
  subject: Subject;
  eventId: number | null;
  /** Published the day of the event or the day after. */
  day: Day;
  outlet: number;
  /** People only this story names, besides the subject's. */
  extraPeople: number[];
}

interface Picker {
  people: Zipf;
  places: Zipf;
  organizations: Zipf;
  outlets: Zipf;
  topics: Zipf;
  details: Zipf;
}

const HEADLINE_NOUNS = ["plan", "project", "repairs", "proposal", "contract", "deal", "closure", "study", "rules", "funding", "cleanup", "expansion"];

function makeSubject(rng: Rng, z: Picker, peopleCount: number): Subject {
  const topic = TOPIC_SLUGS[z.topics.pick(rng)]!;
  const other = TOPIC_SLUGS[z.topics.pick(rng)]!;
  const details = z.details.distinct(rng, int(rng, 3, 4)).map((k) => W.DETAILS[k]!);
  const tailTopic = pick(rng, W.TOPIC_WORDS[topic]!.phrases).replace(/^(the|a|an) /, "");
  const day = randomDay(rng);
  return {
    topic,
    topic2: other !== topic && rng() < 0.4 ? other : null,
    people: z.people.distinct(rng, peopleCount),
    place: z.places.pick(rng),
    organizations: z.organizations.distinct(rng, int(rng, 1, 2)),
    details,
    day,
    headline: {
      actor: pick(rng, W.TOPIC_WORDS[topic]!.actors),
      verb: pick(rng, W.HEADLINE_VERBS),
      noun: pick(rng, HEADLINE_NOUNS),
      tail: rng() < 0.4 ? ` ${pick(rng, ["amid", "over", "after debate on"])} ${tailTopic}` : "",
    },
    facts: { money: (int(rng, 12, 990) / 10).toFixed(1), count: int(rng, 12, 1500), months: int(rng, 2, 30), year: day.y - int(rng, 2, 15) },
  };
}

/** Every article's plan, in file order: singles and event coverage shuffled together. */
function planCorpus(articles: number, seed: number): Spec[] {
  const rng = mulberry32(mix(seed, -2));
  const z: Picker = {
    people: new Zipf(PEOPLE, SKEW.person),
    places: new Zipf(W.PLACES.length, SKEW.place),
    organizations: new Zipf(W.ORGANIZATIONS.length, SKEW.organization),
    outlets: new Zipf(OUTLETS.length, SKEW.outlet),
    topics: new Zipf(TOPIC_SLUGS.length, SKEW.topic),
    details: new Zipf(W.DETAILS.length, SKEW.detail),
  };
  const specs: Spec[] = [];
  const extras = () => z.people.distinct(rng, int(rng, 0, 2));
  let eventId = 0;
  const eventTarget = Math.round(articles * EVENT_SHARE);
  while (specs.length < eventTarget) {
    const subject = makeSubject(rng, z, int(rng, 3, 4));
    const count = Math.min(int(rng, EVENT_MIN_OUTLETS, EVENT_MAX_OUTLETS), articles - specs.length);
    if (count < EVENT_MIN_OUTLETS) break;
    const outlets = z.outlets.distinct(rng, count);
    outlets.forEach((outlet, k) => {
      const day = k > 0 && rng() < 0.3 ? dayAt(subject.day.ms + DAY_MS) : subject.day;
      specs.push({ index: 0, subject, eventId, day, outlet, extraPeople: extras() });
    });
    eventId++;
  }
  while (specs.length < articles) {
    const subject = makeSubject(rng, z, int(rng, 2, 4));
    specs.push({ index: 0, subject, eventId: null, day: subject.day, outlet: z.outlets.pick(rng), extraPeople: extras() });
  }
  // Fisher-Yates, so an event's stories lie apart in the folder as they would in a real one.
  for (let i = specs.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [specs[i], specs[j]] = [specs[j]!, specs[i]!];
  }
  specs.forEach((s, i) => (s.index = i));
  return specs;
}

// ---------------------------------------------------------------------------------------------
// Writing one article

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const titleCase = (s: string) => s.replace(/(^|\s)([a-z])/g, (_, space: string, c: string) => space + c.toUpperCase()).replace(/\b(Of|On|In|For|Amid|Over|After|To|And|The|A|At)\b(?!$)/g, (w, _m, offset: number) => (offset === 0 ? w : w.toLowerCase()));
const words = (s: string) => s.split(" ").length;
const STREETS = ["Main Street", "Oak Avenue", "Elm Street", "Broadway", "Market Street", "Washington Avenue", "Lincoln Road", "Harbor Drive", "River Road", "Central Avenue", "Park Avenue", "Second Street", "Lake Shore Drive", "Ocean Boulevard", "Mill Road", "College Avenue"];
const VENUES = ["the community center", "City Hall", "a high school gym", "the public library", "a church hall", "the county courthouse", "a union hall", "the convention center"];
const TIME_ZONES = ["EST", "CST", "MST", "PST", "EDT", "CDT", "PDT", "ET", "CT"];
const LEAD_VERBS = ["voted to delay", "approved", "rejected", "debated", "announced plans for", "halted work on", "questioned the cost of", "asked for a review of", "agreed to pay for", "opened an inquiry into"];

/** The sentences of one article, with its people introduced once and named by surname after. */
class Writer {
  readonly #introduced = new Set<number>();
  readonly cast: number[];
  constructor(
    readonly rng: Rng,
    readonly spec: Spec,
    readonly people: readonly Person[],
  ) {
    this.cast = [...spec.subject.people, ...spec.extraPeople];
  }
  get subject(): Subject {
    return this.spec.subject;
  }
  topic(): string {
    const s = this.subject;
    const slug = s.topic2 && this.rng() < 0.35 ? s.topic2 : s.topic;
    return pick(this.rng, W.TOPIC_WORDS[slug]!.phrases);
  }
  detail(): string {
    return pick(this.rng, this.subject.details);
  }
  place(): string {
    return W.PLACES[this.rng() < 0.8 ? this.subject.place : Math.floor(this.rng() * W.PLACES.length)]![0];
  }
  org(): string {
    return `the ${W.ORGANIZATIONS[pick(this.rng, this.subject.organizations)]}`;
  }
  n(lo: number, hi: number): number {
    return int(this.rng, lo, hi);
  }
  money(): string {
    return (this.n(5, 2500) / 10).toFixed(1);
  }
  month(): string {
    return pick(this.rng, W.MONTHS);
  }
  pastYear(): number {
    return this.spec.day.y - this.n(1, 12);
  }
  venue(): string {
    return this.rng() < 0.5 ? pick(this.rng, VENUES) : `the corner of ${pick(this.rng, STREETS)} and ${pick(this.rng, STREETS)}`;
  }
  #who(): number {
    // The subject's first people speak most.
    const cast = this.cast;
    return cast[this.rng() < 0.6 ? Math.floor(this.rng() * Math.min(2, cast.length)) : Math.floor(this.rng() * cast.length)]!;
  }
  /** A person, introduced in full the first time: with a title, or described after a comma. */
  person(atEnd: boolean): string {
    const k = this.#who();
    const p = this.people[k]!;
    if (this.#introduced.has(k)) return p.title && this.rng() < 0.3 ? `${p.title} ${p.last}` : p.last;
    this.#introduced.add(k);
    if (p.title && this.rng() < 0.75) return `${p.title} ${p.first} ${p.last}`;
    return `${p.first} ${p.last}, ${p.description}${atEnd ? "" : ","}`;
  }
  quote(): string {
    const r = this.rng;
    const object = r() < 0.5 ? this.topic() : `the ${this.detail()}`;
    return `${pick(r, W.QUOTE_OPENERS)} ${pick(r, W.QUOTE_VERBS)} ${object}${pick(r, W.QUOTE_TAILS)}`.replace(/^I are\b/, "I am").replace(/^I were\b/, "I was");
  }
}

type Sentence = (w: Writer) => string;

const SENTENCES: Sentence[] = [
  (w) => `${w.person(false)} said ${w.topic()} had become a central issue for ${w.org()}.`,
  (w) => `Officials in ${w.place()} said ${w.topic()} would be discussed again at a meeting on ${pick(w.rng, W.WEEKDAYS)}.`,
  (w) => `The ${w.detail()} project is expected to cost about $${w.money()} million, according to figures released by ${w.org()}.`,
  (w) => `About ${w.n(20, 900)} people attended a meeting at ${w.venue()} to hear about ${w.topic()} and the ${w.detail()}.`,
  (w) => `The question of ${w.topic()} was also on the agenda, along with a proposal to study the ${w.detail()}.`,
  (w) => `In ${w.pastYear()}, a similar plan for the ${w.detail()} stalled after ${w.topic()} drew opposition from ${w.org()}.`,
  (w) => `${w.person(false)} has pushed for changes to ${w.topic()} since taking office.`,
  (w) => `A report by ${w.org()} found that ${w.n(10, 70)} percent of residents in ${w.place()} were concerned about ${w.topic()}.`,
  (w) => `Critics said the plan for the ${w.detail()} did little to address ${w.topic()}.`,
  (w) => `The ${w.detail()} has been closed since ${w.month()}, and repairs could take ${w.n(2, 18)} months.`,
  (w) => `Supporters said the ${w.detail()} would create about ${w.n(20, 900)} jobs and ease pressure on ${w.topic()}.`,
  (w) => `${w.person(false)} did not respond to a request for comment.`,
  (w) => `The vote was ${w.n(4, 9)} to ${w.n(0, 3)}, with ${w.person(false)} voting against the ${w.detail()}.`,
  (w) => `Residents near the ${w.detail()} said they first noticed problems in ${w.month()}.`,
  (w) => `Records show that ${w.org()} spent $${w.money()} million on the ${w.detail()} over ${w.n(2, 9)} years.`,
  (w) => `${w.person(false)} said more information about ${w.topic()} would be released later in the week.`,
  (w) => `Neighbors in ${w.place()} have organized petitions and packed public hearings over the ${w.detail()}.`,
  (w) => `The debate over ${w.topic()} has divided neighbors, business owners and elected officials across ${w.place()}.`,
  (w) => `State records show the ${w.detail()} was last inspected in ${w.pastYear()}.`,
  (w) => `${cap(w.org())} said it would review the ${w.detail()} and report back within ${w.n(30, 90)} days.`,
  (w) => `The proposal would set aside $${w.money()} million for the ${w.detail()} and for ${w.topic()}.`,
  (w) => `Attendance at the hearing in ${w.place()} was the largest in years, ${w.person(false)} said.`,
  (w) => `The ${w.detail()} sits near ${w.venue()}, a few blocks from ${pick(w.rng, STREETS)}.`,
  (w) => `Over the past ${w.n(2, 12)} years, problems with ${w.topic()} have cost the region an estimated $${w.money()} million.`,
  (w) => `It was not immediately clear how the decision would affect ${w.topic()} or the ${w.detail()}.`,
  (w) => `${w.person(false)} said the ${w.detail()} had worried ${w.org()} for years.`,
  (w) => `Work on the ${w.detail()} along ${pick(w.rng, STREETS)} is scheduled to begin in ${w.month()}.`,
  (w) => `Some ${w.n(3, 60)} businesses near the ${w.detail()} have closed or moved since ${w.pastYear()}.`,
  (w) => `Engineers hired by ${w.org()} warned in ${w.pastYear()} that the ${w.detail()} was nearing the end of its useful life.`,
  (w) => `A spokesperson for ${w.org()} declined to say when a final decision on the ${w.detail()} would be made.`,
  (w) => `The session stretched past midnight as speaker after speaker lined up to talk about ${w.topic()}.`,
  (w) => `The ${w.detail()} first opened in ${w.pastYear() - 30} and was expanded twice in the decades that followed.`,
  (w) => `Insurance claims tied to the ${w.detail()} have topped $${w.money()} million, according to state regulators.`,
  (w) => `${w.person(false)} grew up a few miles from the ${w.detail()} and still remembers when it was new.`,
  (w) => `Volunteers handed out flyers about ${w.topic()} outside grocery stores and churches across ${w.place()}.`,
  (w) => `Under the agreement, contractors would pay penalties of up to $${w.n(5, 90)},000 a day if the ${w.detail()} is not finished on time.`,
  (w) => `Neighboring ${w.place()} faced a similar fight over its own ${w.detail()} and settled it with a ballot question.`,
  (w) => `Budget documents list the ${w.detail()} among ${w.n(4, 40)} projects competing for the same pot of money.`,
  (w) => `The dispute has dragged on for ${w.n(2, 11)} years, outlasting two city managers and a police chief.`,
  (w) => `Maps released by ${w.org()} show the ${w.detail()} sits inside a zone that floods during heavy rain.`,
  (w) => `A petition opposing the ${w.detail()} had gathered ${w.n(200, 9000)} signatures by the end of the week.`,
  (w) => `Opponents hired a lawyer and an environmental consultant, who questioned the figures behind the ${w.detail()}.`,
  (w) => `Several speakers brought up ${w.topic()}, saying it had been ignored for too long.`,
  (w) => `A consultant's report estimated the ${w.detail()} would bring in about $${w.money()} million a year in new revenue.`,
  (w) => `Surveyors marked the edges of the ${w.detail()} with orange flags and wooden stakes last month.`,
  (w) => `${w.person(false)} said the neighborhood had changed a great deal since the ${w.detail()} was built.`,
  (w) => `The ${w.detail()} was the subject of a state audit in ${w.pastYear()}, which found poor record keeping.`,
  (w) => `Local historians say the ${w.detail()} once employed nearly ${w.n(100, 3000)} people.`,
  (w) => `A final vote on the ${w.detail()} is expected in ${w.month()}, after a second public hearing.`,
];

const QUOTES: Sentence[] = [
  (w) => `“${w.quote()},” said ${w.person(true)}.`,
  (w) => `“${w.quote()},” ${w.person(false)} said. “${cap(w.quote())}.”`,
  (w) => `"${w.quote()}," ${w.person(false)} told reporters.`,
  (w) => `${w.person(false)} said: “${w.quote()}.”`,
  (w) => `“${w.quote()},” ${w.person(false)} added.`,
  (w) => `‘${w.quote()},’ said ${w.person(true)}.`,
];

/** Sentences an event's stories share: the same numbers and details in each outlet's words. */
const FACTS: Sentence[][] = [
  [(w) => `The ${w.subject.details[0]} ${w.subject.headline.noun} would cost $${w.subject.facts.money} million, officials said.`, (w) => `Officials put the cost of the ${w.subject.details[0]} ${w.subject.headline.noun} at $${w.subject.facts.money} million.`],
  [(w) => `About ${w.subject.facts.count} residents live near the ${w.subject.details[1]}.`, (w) => `Roughly ${w.subject.facts.count} people live within a mile of the ${w.subject.details[1]}, according to the county.`],
  [(w) => `The ${w.subject.details[2]} was built in ${w.subject.facts.year} and has needed repairs for years.`, (w) => `Built in ${w.subject.facts.year}, the ${w.subject.details[2]} has long needed repairs.`],
  [(w) => `Work on the ${w.subject.details[0]} could take ${w.subject.facts.months} months.`, (w) => `The work is expected to last about ${w.subject.facts.months} months, with the ${w.subject.details[0]} closed in the meantime.`],
  [(w) => `The ${w.subject.details[1]} and the ${w.subject.details[2]} were both discussed at length.`, (w) => `Much of the debate turned on the ${w.subject.details[1]} and the nearby ${w.subject.details[2]}.`],
];

function headline(w: Writer, style: number): string {
  const h = w.subject.headline;
  const singular = !/s$/.test(h.actor) && h.actor !== "Police";
  const verb = singular ? h.verb.replace(/^(\w+)/, (v) => (/(sh|ch|s|x)$/.test(v) ? `${v}es` : /[^aeiou]y$/.test(v) ? `${v.slice(0, -1)}ies` : `${v}s`)) : h.verb;
  const place = W.PLACES[w.subject.place]![0];
  const object = `${w.subject.details[0]} ${h.noun}`;
  const text = style % 3 === 0 ? `${place} ${h.actor.toLowerCase()} ${verb} ${object}${h.tail}` : style % 3 === 1 ? `${h.actor} ${verb} ${object} in ${place}${h.tail}` : `${h.actor} in ${place} ${verb} ${object}`;
  return style % 2 === 0 ? titleCase(cap(text)) : cap(text);
}

/** "MIAMI (AP) — ", "TAMPA, Fla. — ", or nothing. */
function dateline(w: Writer): string {
  const [city, region, alone] = W.PLACES[w.subject.place]!;
  const outlet = OUTLETS[w.spec.outlet]!;
  const code = outlet.codes.find((c) => !c.includes(" ") && c.length <= 12);
  const where = alone ? city.toUpperCase() : `${city.toUpperCase()}, ${region}`;
  const credit = code && w.rng() < 0.7 ? ` (${code})` : "";
  return `${where}${credit} ${pick(w.rng, ["—", "—", "–", "-"])} `;
}

function lead(w: Writer, when: string, withDateline: boolean): string {
  const s = w.subject;
  const who = w.rng() < 0.5 ? `${W.PLACES[s.place]![0]} ${pick(w.rng, ["officials", "commissioners", "council members", "leaders"])}` : cap(w.org());
  const verb = w.spec.eventId === null ? pick(w.rng, LEAD_VERBS) : LEAD_VERBS[s.facts.count % LEAD_VERBS.length]!;
  const clause = pick(w.rng, [`a decision that could affect ${w.topic()}`, `after months of debate over ${w.topic()}`, `drawing criticism from ${w.org()}`, `according to ${w.org()}`, `officials said`]);
  return `${withDateline ? dateline(w) : ""}${who} ${verb} the ${s.details[0]} ${s.headline.noun} ${when}, ${clause}.`;
}

function bodyParagraphs(w: Writer, target: number, first: string): string[] {
  const paragraphs = [first];
  let count = words(first);
  const facts = w.spec.eventId === null ? [] : FACTS.filter(() => w.rng() < 0.8);
  let quoted = false;
  while (count < target) {
    const r = w.rng();
    let p: string;
    if (facts.length > 0 && r < 0.25) p = pick(w.rng, facts.splice(Math.floor(w.rng() * facts.length), 1)[0]!)(w);
    else if (r > 0.75) p = pick(w.rng, QUOTES)(w);
    else if (quoted && r > 0.7) p = `“${cap(w.quote())}.”`; // a paragraph that is only a quotation
    else {
      const n = int(w.rng, 1, 3);
      const sentences: string[] = [];
      for (let i = 0; i < n; i++) sentences.push(pick(w.rng, SENTENCES)(w));
      p = sentences.join(" ");
    }
    quoted = p.includes("”") || p.includes('"');
    paragraphs.push(p);
    count += words(p);
  }
  return paragraphs;
}

// ---- date lines, in the forms scraped pages print them

const hour12 = (rng: Rng) => int(rng, 1, 12);
const minute = (rng: Rng) => pad2(int(rng, 0, 59));
const ampm = (rng: Rng) => (rng() < 0.5 ? "AM" : "PM");
const MONTHS_SHORT = W.MONTHS.map((m) => m.slice(0, 3));

/** A date line for the top of a plain-text page; `reporter` is used by the forms that are bylines. */
const DATE_LINES: ((day: Day, rng: Rng, reporter: string, outlet: string) => string)[] = [
  (day) => `date ${isoDay(day)}`,
  (day, _r, _p, outlet) => `date ${isoDay(day)} Follow ${outlet}: Facebook | Twitter`,
  (day) => `${W.MONTHS[day.m - 1]} ${day.d}, ${day.y}`,
  (day, r) => `Updated: ${day.m}/${day.d}/${day.y} ${hour12(r)}:${minute(r)} ${ampm(r)}`,
  (day) => `Published ${day.weekday}, ${day.d} ${W.MONTHS[day.m - 1]} ${day.y}`,
  (day, r) => `Posted: ${MONTHS_SHORT[day.m - 1]} ${day.d}, ${day.y} / ${pad2(hour12(r))}:${minute(r)} ${ampm(r)} ${pick(r, TIME_ZONES)}`,
  (day, r, reporter, outlet) => `By ${reporter}, ${outlet} | ${W.MONTHS_AP[day.m - 1]} ${day.d}, ${day.y}, at ${hour12(r)}:${minute(r)} ${r() < 0.5 ? "a.m." : "p.m."}`,
  (day, r, reporter) => `By ${reporter} | ${W.MONTHS[day.m - 1]} ${day.d}, ${day.y} at ${hour12(r)}:${minute(r)} ${ampm(r)} ${pick(r, TIME_ZONES)}`,
  (day, r) => `Published ${hour12(r)}:${minute(r)} p.m. ET ${W.MONTHS_AP[day.m - 1]} ${day.d}, ${day.y}`,
  (day) => `${day.weekday}, ${W.MONTHS[day.m - 1]} ${day.d}, ${day.y}`,
  (day, r) => `${day.d} ${W.MONTHS[day.m - 1]} ${day.y} ${pad2(int(r, 0, 23))}:${minute(r)} GMT`,
  (day, r) => `Last updated ${isoDay(day)} ${pad2(int(r, 0, 23))}:${minute(r)}`,
];

function reporterName(rng: Rng): string {
  const name = `${pick(rng, W.FIRST_NAMES)} ${pick(rng, W.SURNAMES)}`;
  return rng() < 0.15 ? `${name} and ${pick(rng, W.FIRST_NAMES)} ${pick(rng, W.SURNAMES)}` : name;
}

function caption(w: Writer, reporter: string, outlet: string): string {
  const r = w.rng;
  if (r() < 0.35) {
    const then = w.spec.day.y - int(r, 2, 10);
    return `FILE - In this ${W.MONTHS_AP[int(r, 0, 11)]} ${int(r, 1, 28)}, ${then}, file photo, ${w.person(false)} speaks to reporters in ${w.place()}. (AP Photo/${reporter}, File)`;
  }
  if (r() < 0.5) return `(Photo: ${reporter}/${outlet})`;
  return `${cap(w.person(false))} speaks during a news conference in ${w.place()}. (Photo: ${reporter}/${pick(r, ["Staff", outlet, "Getty Images"])})`;
}

export interface Article {
  /** Path inside the corpus folder. */
  file: string;
  text: string;
  /** What the article is, as written: its headline and day (the event's day when the page gives none). */
  title: string;
  date: string;
  format: ArticleFormat;
  eventId: number | null;
}

export type ArticleFormat = "markdown" | "text-dated" | "text-undated";

function plainText(w: Writer, title: string, target: number): { text: string; format: ArticleFormat } {
  const r = w.rng;
  const outlet = OUTLETS[w.spec.outlet]!;
  const reporter = reporterName(r);
  const day = w.spec.day;
  const dated = r() >= UNDATED_TEXT_SHARE;
  const top: string[] = [];
  if (r() < 0.25) top.push(W.NAV_LINES.filter(() => r() < 0.5).join("\n") || "Menu");
  const dateLine = dated ? pick(r, DATE_LINES)(day, r, reporter, outlet.name) : null;
  const dateAtBottom = dateLine !== null && r() < 0.06;
  if (dateLine && !dateAtBottom && r() < 0.1) top.push(dateLine); // a date above the headline
  if (r() < 0.88) top.push(title);
  if (!dateLine?.startsWith("By ") && r() < 0.5) top.push(r() < 0.3 ? `By ${reporter}, ${outlet.name} Staff` : `By ${reporter}`);
  if (dateLine && !dateAtBottom && !top.includes(dateLine)) top.push(dateLine);
  if (r() < 0.2) top.push(pick(r, W.SHARE_LINES));
  if (r() < 0.2) top.push(caption(w, reporter, outlet.name));
  // With no date line, the lead names the weekday (or, now and then, the date itself).
  const when = dated || r() < 0.75 ? `on ${w.spec.subject.day.weekday}` : `on ${W.MONTHS[w.spec.subject.day.m - 1]} ${w.spec.subject.day.d}, ${w.spec.subject.day.y}`;
  const paragraphs = bodyParagraphs(w, target, lead(w, when, r() < 0.65));
  if (r() < 0.15) for (let i = 3; i < paragraphs.length; i += int(r, 3, 6)) paragraphs.splice(i, 0, pick(r, W.AD_LINES));
  const bottom: string[] = [];
  if (dateAtBottom) bottom.push(`Originally published ${W.MONTHS[day.m - 1]} ${day.d}, ${day.y}`);
  if (r() < 0.3) bottom.push(`Copyright ${day.y} ${outlet.name}. All rights reserved.${r() < 0.5 ? " This material may not be published, broadcast, rewritten or redistributed." : ""}`);
  if (r() < 0.1 && outlet.domains[0]) bottom.push(`Sign up for the ${outlet.domains[0]} daily newsletter`);
  if (r() < 0.35) bottom.push(...W.FOOTER_LINES.filter(() => r() < 0.3));
  return { text: `${[...top, ...paragraphs, ...bottom].join("\n\n")}\n`, format: dated ? "text-dated" : "text-undated" };
}

function markdown(w: Writer, title: string, target: number): string {
  const r = w.rng;
  const s = w.subject;
  const outlet = OUTLETS[w.spec.outlet]!;
  const day = w.spec.day;
  const front = [`title: ${JSON.stringify(title)}`, r() < 0.8 ? `date: ${isoDay(day)}` : `date: ${isoDay(day)}T${pad2(int(r, 6, 22))}:${minute(r)}:00-05:00`, `${r() < 0.5 ? "source" : "outlet"}: ${JSON.stringify(outlet.name)}`];
  if (r() < 0.3) front.push(`byline: ${JSON.stringify(reporterName(r))}`);
  if (r() < 0.8) front.push(`tags: [${[s.topic, s.topic2].filter(Boolean).join(", ")}]`);
  const paragraphs = bodyParagraphs(w, target, lead(w, `on ${s.day.weekday}`, r() < 0.3));
  if (r() < 0.3) paragraphs.splice(Math.min(3, paragraphs.length), 0, `## ${cap(w.detail())} and ${w.topic()}`);
  if (r() < 0.2) paragraphs.splice(Math.min(5, paragraphs.length), 0, [1, 2, 3].map(() => `- ${cap(pick(r, SENTENCES)(w))}`).join("\n"));
  if (r() < 0.3) paragraphs[1] = paragraphs[1]!.replace(/the (\w+)/, "the **$1**");
  if (r() < 0.2) paragraphs.push(`More on the ${w.detail()}: [${outlet.name}](https://${outlet.domains[0] ?? "example.org"}/news/${isoDay(day)}/)`);
  return `---\n${front.join("\n")}\n---\n\n${paragraphs.join("\n\n")}\n`;
}

function writeArticle(spec: Spec, seed: number, people: readonly Person[], digits: number): Article {
  const rng = mulberry32(mix(seed, spec.index));
  const w = new Writer(rng, spec, people);
  const title = headline(w, int(rng, 0, 5));
  const target = MIN_WORDS + Math.floor(((rng() + rng()) / 2) * (MAX_WORDS - MIN_WORDS));
  const md = rng() < MARKDOWN_SHARE;
  const name = String(spec.index).padStart(digits, "0");
  const { text, format } = md ? { text: markdown(w, title, target), format: "markdown" as const } : plainText(w, title, target);
  return { file: `${name}.${md ? "md" : "txt"}`, text, title, date: isoDay(spec.day), format, eventId: spec.eventId };
}

/** The corpus, one article at a time (nothing is written). */
export function* generateArticles(articles: number, seed: number): Generator<Article> {
  const people = makePeople(seed);
  const digits = Math.max(6, String(articles - 1).length);
  for (const spec of planCorpus(articles, seed)) yield writeArticle(spec, seed, people, digits);
}

// ---------------------------------------------------------------------------------------------
// On disk, cached

export interface CorpusManifest {
  version: number;
  articles: number;
  seed: number;
  bytes: number;
  formats: Record<ArticleFormat, number>;
  events: number;
  eventStories: number;
  /** Each article's file, headline and day, for the peers (bench/peers.ts). */
  stories: { file: string; title: string; date: string }[];
}

/** Writes the corpus into `dir` (which must not exist) and returns its manifest. */
export function writeCorpus(dir: string, articles: number, seed: number): CorpusManifest {
  mkdirSync(dir, { recursive: true });
  const manifest: CorpusManifest = { version: CORPUS_VERSION, articles, seed, bytes: 0, formats: { markdown: 0, "text-dated": 0, "text-undated": 0 }, events: 0, eventStories: 0, stories: [] };
  const events = new Set<number>();
  for (const a of generateArticles(articles, seed)) {
    const bytes = Buffer.from(a.text, "utf8");
    writeFileSync(path.join(dir, a.file), bytes);
    manifest.bytes += bytes.length;
    manifest.formats[a.format]++;
    if (a.eventId !== null) {
      events.add(a.eventId);
      manifest.eventStories++;
    }
    manifest.stories.push({ file: a.file, title: a.title, date: a.date });
  }
  manifest.events = events.size;
  return manifest;
}

/**
 * The corpus for N and seed under `root` (`root/corpus-N-seed/`), made when missing or made by
 * another version of the generator. Its manifest sits beside it (`corpus-N-seed.json`), written
 * last, so a generation cut short is made again.
 */
export function ensureCorpus(root: string, articles: number, seed: number): { dir: string; manifest: CorpusManifest; reused: boolean } {
  const name = `corpus-${articles}-${seed}`;
  const dir = path.join(root, name);
  const manifestFile = path.join(root, `${name}.json`);
  if (existsSync(dir) && existsSync(manifestFile)) {
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as CorpusManifest;
    if (manifest.version === CORPUS_VERSION && manifest.articles === articles && manifest.seed === seed) return { dir, manifest, reused: true };
  }
  rmSync(dir, { recursive: true, force: true });
  rmSync(manifestFile, { force: true });
  const partial = `${dir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  const manifest = writeCorpus(partial, articles, seed);
  renameSync(partial, dir);
  writeFileSync(manifestFile, JSON.stringify(manifest));
  return { dir, manifest, reused: false };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({ options: { articles: { type: "string", default: "1000" }, seed: { type: "string", default: "1" }, root: { type: "string", default: ".bench" } } });
  const started = performance.now();
  const { dir, manifest, reused } = ensureCorpus(path.resolve(values.root!), Number(values.articles), Number(values.seed));
  const { stories: _stories, ...summary } = manifest;
  console.log(`${reused ? "reused" : "generated"} ${dir} in ${((performance.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(summary)}`);
}
