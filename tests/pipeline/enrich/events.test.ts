import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../../../src/pipeline/index.ts";
import { EVENT_MAX_STORIES, groupEvents, isFollowUp, type EventItem } from "../../../src/pipeline/enrich/events.ts";
import { compactFeatures, storyFeatures as fullFeatures } from "../../../src/pipeline/enrich/features.ts";

/** A story's features as the build holds them. */
const storyFeatures = (title: string, paragraphs: string[]) => compactFeatures(fullFeatures(title, paragraphs));
import type { ChosenDate } from "../../../src/pipeline/extract/dates.ts";

const SEEDS = path.resolve(import.meta.dirname, "../../../seeds");
const seedFiles = () => readdirSync(SEEDS).sort().map((f) => ({ path: f, bytes: new Uint8Array(readFileSync(path.join(SEEDS, f))) }));

describe("events on the seed articles", () => {
  const archive = runPipeline(seedFiles(), { buildDay: "2026-01-01" });
  const byFile = new Map(archive.stories.map((s) => [s.record.sourceFile.slice(0, 3), s.record]));

  it("groups the four stories of 16 August 2017 into one event and the January story into another", () => {
    expect(archive.events).toHaveLength(2);
    const [event, january] = archive.events;
    expect(event!.date).toBe("2017-08-16");
    expect(new Set(event!.storyIds)).toEqual(new Set(["000", "002", "003", "004"].map((k) => byFile.get(k)!.id)));
    expect(january!.storyIds).toEqual([byFile.get("001")!.id]);
    expect(byFile.get("001")!.eventId).toBe(january!.id);
  });

  it("confirms 002's caption date with its event: the caption, 'on Wednesday' and the event agree", () => {
    const r = byFile.get("002")!;
    expect(r).toMatchObject({ date: "2017-08-16", dateSource: "text", dateConfidence: "medium" });
    expect(r.dateEvidence).toMatch(/photo caption.*on Wednesday.*same event, is dated 16 August 2017 by its header/);
  });

  it("dates the undated stories from their event, medium, saying why", () => {
    for (const k of ["003", "004"]) {
      const r = byFile.get(k)!;
      expect(r).toMatchObject({ date: "2017-08-16", dateSource: "event", dateConfidence: "medium", datePrecision: "day" });
      expect(r.dateEvidence).toMatch(/^Date inferred: says ".*Wednesday" and covers the same event as “.+”, dated 16 August 2017 by its header\.$/);
    }
  });
});

const day = (date: string | null, source: ChosenDate["source"] = "header"): ChosenDate =>
  date ? { date, precision: "day", source, confidence: "high", evidence: "x" } : { date: null, precision: "unknown", source: "none", confidence: "none", evidence: "none" };

const COMMON = "Mayor Ana Ruiz and Councilman Leo Park met at Harbor Hall with the Port Authority and Governor Dana Cole about the Harbor Bridge. ";
const item = (key: string, date: ChosenDate, extra: string, weekdays: Record<string, string> = {}): EventItem => ({
  key,
  title: key,
  titleIsHeadline: true,
  date,
  features: storyFeatures(key, [COMMON + extra, COMMON + "The bridge toll vote and the ferry contract were debated."]),
  weekdays: new Map(Object.entries(weekdays)),
});

/** Every story is an event of its own: nothing was grouped. */
const alone = (events: readonly { storyIds: readonly string[] }[]) => events.every((e) => e.storyIds.length === 1);

describe("groupEvents", () => {
  it("caps an event's size: a chain of a hundred stories, each like the next, is not one happening, and none is left out", () => {
    // Letters for a number (0 -> "babab"…), so that every story has names and words of its own.
    const code = (n: number) => [n % 20, Math.floor(n / 20) % 20, Math.floor(n / 400)].map((d) => "bcdfghjklmnpqrstvwxz"[d]! + "aeiou"[d % 5]!).join("");
    const text = (n: number) => `Ana Vel${code(n)} spoke first. Then Omar Vel${code(n + 500)} answered. Ida Vel${code(n + 1000)} read the ${code(n)}pa ${code(n)}ru ${code(n)}mo plan.`;
    const chain = Array.from({ length: 2 * EVENT_MAX_STORIES + 5 }, (_, i): EventItem => ({
      key: `s${String(i).padStart(3, "0")}`,
      title: `Story ${i}`,
      titleIsHeadline: true,
      date: day("2019-03-05"),
      // Each story shares three names and three rare words with the next one.
      features: storyFeatures(`Story ${i}`, [text(i), text(i + 1)]),
      weekdays: new Map(),
    }));
    const { events } = groupEvents(chain);
    expect(Math.max(...events.map((e) => e.storyIds.length))).toBe(EVENT_MAX_STORIES);
    expect(events.flatMap((e) => e.storyIds).sort()).toEqual(chain.map((m) => m.key).sort());
  });

  it("never groups stories whose dates are far apart, however alike their words", () => {
    const { events } = groupEvents([item("a", day("2019-03-05"), "First vote."), item("b", day("2019-06-20"), "Second vote.")]);
    expect(alone(events)).toBe(true);
  });

  it("groups close-dated stories that share names and words", () => {
    const { events } = groupEvents([item("a", day("2019-03-05"), "First vote."), item("b", day("2019-03-06"), "Reaction to the vote.")]);
    expect(events).toHaveLength(1);
  });

  it("lends the day to an undated story only when its weekday matches, and says so", () => {
    // 5 March 2019 was a Tuesday.
    const { eventOf, borrowed } = groupEvents([item("a", day("2019-03-05"), "Vote."), item("b", day(null), "Vote news.", { Tuesday: "on Tuesday" })]);
    expect(eventOf.get("b")).toBeDefined();
    expect(borrowed.get("b")).toMatchObject({ date: "2019-03-05", source: "event", confidence: "medium" });
    expect(borrowed.get("b")!.evidence).toContain('says "on Tuesday"');
  });

  it("keeps an undated story that names another weekday out of the event", () => {
    const { eventOf, borrowed } = groupEvents([item("a", day("2019-03-05"), "Vote."), item("b", day(null), "Vote news.", { Friday: "on Friday" })]);
    expect(eventOf.get("b")).not.toBe(eventOf.get("a"));
    expect(borrowed.size).toBe(0);
  });

  it("gives an undated story that names no day only a low-confidence estimate", () => {
    const { borrowed } = groupEvents([item("a", day("2019-03-05"), "Vote."), item("b", day(null), "Vote news.")]);
    expect(borrowed.get("b")).toMatchObject({ date: "2019-03-05", confidence: "low" });
  });

  it("does not group stories that share no names", () => {
    const other: EventItem = { ...item("b", day("2019-03-05"), ""), features: storyFeatures("b", ["Wildfire crews in the canyon fought flames overnight near the reservoir."]) };
    expect(alone(groupEvents([item("a", day("2019-03-05"), "Vote."), other]).events)).toBe(true);
  });
});

describe("same-day words", () => {
  it("let an undated story that says 'this morning' borrow its event's day, as an estimate", () => {
    const b = { ...item("b", day(null), "Vote news."), sameDay: "vote this morning" };
    const { borrowed } = groupEvents([item("a", day("2019-03-05"), "Vote."), b]);
    expect(borrowed.get("b")).toMatchObject({ date: "2019-03-05", confidence: "low" });
    expect(borrowed.get("b")!.evidence).toContain('says "vote this morning"');
  });
});

describe("unrelated stories from one place", () => {
  it("are not one event because they name the same officials", () => {
    const budget = "Mayor Daniella Levine Cava and Commissioner Raquel Regalado of Miami-Dade County presented the budget on Wednesday. The Miami-Dade budget raises property taxes, adds bus routes and funds police overtime. Levine Cava said the budget closes a deficit. Regalado voted against the tax increase and the transit plan.";
    const giraffe = "Zoo Miami welcomed a baby giraffe this morning, and Mayor Daniella Levine Cava visited the calf with Commissioner Raquel Regalado of Miami-Dade County. The giraffe calf weighs 150 pounds and stands six feet tall. Keepers said the mother and calf are healthy. Levine Cava asked residents to suggest a name for the giraffe.";
    const fillers = ["Hurricane season forecasters at the National Hurricane Center expect storms", "The Florida Panthers beat the Boston Bruins in overtime at Amerant Bank Arena", "Publix opened a store in Homestead near Florida City and Key Largo", "The University of Miami announced tuition at Coral Gables for students", "Brightline trains to Orlando International Airport carried riders from Aventura", "Port of Miami cruise lines Carnival and Royal Caribbean reported passengers"];
    const items: EventItem[] = [
      { key: "budget", title: "Budget", titleIsHeadline: true, date: day("2023-09-20"), features: storyFeatures("Budget", [budget]), weekdays: new Map([["Wednesday", "on Wednesday"]]) },
      { key: "giraffe", title: "Giraffe", titleIsHeadline: true, date: day(null), features: storyFeatures("Giraffe", [giraffe]), weekdays: new Map(), sameDay: "zoo this morning" },
      ...fillers.map((f, i) => ({ key: `f${i}`, title: f, titleIsHeadline: true, date: day(`2023-0${(i % 8) + 1}-1${i}`), features: storyFeatures(f, [`${f}. ${f}.`]), weekdays: new Map() })),
    ];
    const { eventOf, borrowed } = groupEvents(items);
    expect(items.filter((it) => eventOf.get(it.key) === eventOf.get("giraffe")).map((it) => it.key)).toEqual(["giraffe"]);
    expect(borrowed.has("giraffe")).toBe(false);
  });
});

describe("what two stories must share", () => {
  const story = (key: string, date: string, text: string): EventItem => ({ key, title: key, titleIsHeadline: true, date: day(date), features: storyFeatures(key, [text]), weekdays: new Map() });

  it("counts a name once whatever its form: 'CH-149 Cormorant' in one story, 'Cormorant' in both", () => {
    const a = story("a", "2023-11-10", "A CH-149 Cormorant from 14 Wing Greenwood hoisted the crew of a scallop dragger from a life raft off Cape Sable Island. The Cormorant flew the crew to Yarmouth. The dragger sank after taking on water.");
    const b = story("b", "2023-11-10", "The Cormorant crew from Wing Greenwood found the life raft off Cape Sable Island using the dragger's beacon and flew the men to hospital. The dragger sank within minutes after taking on water.");
    expect(groupEvents([a, b]).events).toHaveLength(1);
  });

  it("does not group stories that share names but not what happened", () => {
    const a = story("a", "2023-11-10", "Mayor Ana Ruiz and Commissioner Leo Park of Harbor County presented the budget. Ruiz said the budget closes a deficit, and Park voted against the tax increase.");
    const b = story("b", "2023-11-10", "Mayor Ana Ruiz and Commissioner Leo Park of Harbor County visited the zoo's new giraffe calf. Ruiz asked children to suggest a name, and Park fed the calf.");
    expect(alone(groupEvents([a, b]).events)).toBe(true);
  });
});

describe("an undated story that could belong to either of two happenings", () => {
  const storm = "An east coast low dumped heavy rain on Kiama and Wollongong, and the State Emergency Service answered hundreds of calls for help with flooded homes, fallen trees and roof damage along the Illawarra.";
  const story = (key: string, title: string, date: ChosenDate, weekdays: Record<string, string> = {}, extra = ""): EventItem => ({
    key,
    title,
    titleIsHeadline: true,
    date,
    features: storyFeatures(title, [storm + extra]),
    weekdays: new Map(Object.entries(weekdays)),
    followUp: isFollowUp(title),
  });

  it("does not borrow a day when its headline calls the news a repeat ('Second east coast low…')", () => {
    const first = story("first", "East coast low lashes Illawarra", day("2019-06-01"), { Saturday: "on Saturday" }, " Roads closed at Kiama and the Princes Highway was cut at Dapto.");
    const later = (title: string) => story("later", title, day(null), { Saturday: "on Saturday" }, " Sandbags ran out at Gerringong, a ferry was cancelled, schools shut at Shellharbour and power failed for thousands at Albion Park. Farmers near Jamberoo moved cattle to higher paddocks, a landslip blocked the railway at Coledale, surfers were warned off beaches at Thirroul, and volunteers cleared mud from a caravan park at Minnamurra while insurers opened a claims hotline.");
    expect(groupEvents([first, later("Storm lashes Illawarra")]).eventOf.get("later")).toBe(groupEvents([first, later("Storm lashes Illawarra")]).eventOf.get("first"));
    const { eventOf, borrowed } = groupEvents([first, later("Second east coast low in a week lashes Illawarra")]);
    expect(eventOf.get("later")).not.toBe(eventOf.get("first"));
    expect(borrowed.has("later")).toBe(false);
  });

  it("joins neither of two dated events it is about equally like", () => {
    const a = story("a", "Storm one", day("2019-06-01"), {}, " Roads closed at Kiama.");
    const b = story("b", "Storm two", day("2019-06-08"), {}, " Roads closed at Wollongong.");
    const u = story("u", "Storm damage", day(null), {}, " Roads closed.");
    const { eventOf } = groupEvents([a, b, u]);
    expect([eventOf.get("a"), eventOf.get("b")]).not.toContain(eventOf.get("u"));
  });

  it("does not let a photo caption's day (a low-confidence date) overrule the weekday the story names", () => {
    const dated = story("dated", "Council votes", day("2019-06-01"));
    const caption: ChosenDate = { date: "2019-06-01", precision: "day", source: "text", confidence: "low", evidence: "A photo caption" };
    const other = story("other", "Council reaction", caption, { Tuesday: "on Tuesday" });
    const { eventOf } = groupEvents([dated, other]);
    expect(eventOf.get("other")).not.toBe(eventOf.get("dated"));
  });
});

describe("isFollowUp", () => {
  it("reads a repeat in the headline only", () => {
    expect(isFollowUp("Second east coast low in a week")).toBe(true);
    expect(isFollowUp("Another ICE arrest outside a courthouse")).toBe(true);
    expect(isFollowUp("East coast low lashes Illawarra")).toBe(false);
  });
});
