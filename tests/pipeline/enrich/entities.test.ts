import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../../../src/pipeline/index.ts";
import { datelinePlaces } from "../../../src/pipeline/extract/dateline.ts";
import { extractEntities } from "../../../src/pipeline/enrich/entities.ts";
import { findQuotes } from "../../../src/pipeline/enrich/quotes.ts";
import { buildCanon } from "../../../src/pipeline/enrich/aliases.ts";
import { relatedStories, type RelatedItem } from "../../../src/pipeline/enrich/related.ts";

const SEEDS = path.resolve(import.meta.dirname, "../../../seeds");
const seedFiles = () => readdirSync(SEEDS).sort().map((f) => ({ path: f, bytes: new Uint8Array(readFileSync(path.join(SEEDS, f))) }));
const encode = (text: string) => new TextEncoder().encode(text);

describe("entities on the seed articles", () => {
  const archive = runPipeline(seedFiles(), { buildDay: "2026-01-01" });
  const all = (field: "people" | "places" | "organizations") => archive[field].map((e) => e.name);

  it("lists Jeff Sessions in the four stories of 16 August 2017", () => {
    const sessions = archive.people.find((p) => p.name === "Jeff Sessions")!;
    expect(sessions.stories.map((s) => s.date)).toEqual(["2017-08-16", "2017-08-16", "2017-08-16", "2017-08-16"]);
  });

  it("has Carlos Gimenez once, under his full name, whatever form each story uses", () => {
    expect(all("people").filter((n) => /gim[eé]nez/i.test(n))).toEqual(["Carlos Gimenez"]);
  });

  it("names no page furniture, month or lone first name as an entity", () => {
    const names = [...all("people"), ...all("places"), ...all("organizations")];
    for (const bad of ["Facebook", "Twitter", "Microsoft", "April", "Donald"]) expect(names).not.toContain(bad);
  });

  it("attributes the 'Work with us' quotation to Jeff Sessions, named in it only as 'the attorney general'", () => {
    const quote = archive.stories.flatMap((s) => s.record.quotes).find((q) => q.text.includes("Miami-Dade is doing it, other cities are doing it. So can you. Work with us,"));
    expect(quote?.speaker).toBe("Jeff Sessions");
    expect(archive.quotes.find((g) => g.speaker === "Jeff Sessions")!.quotes.some((q) => q.text === quote!.text)).toBe(true);
  });

  it("gives every story related stories, never itself", () => {
    for (const story of archive.stories) {
      expect(story.related.length).toBeGreaterThan(0);
      expect(story.related.map((r) => r.id)).not.toContain(story.record.id);
    }
  });

  it("links each name on a story to its page", () => {
    for (const story of archive.stories) {
      expect(story.links.people.map((l) => l.name)).toEqual(story.record.people);
      for (const link of story.links.people) expect(archive.people.find((p) => p.url === link.url)?.name).toBe(link.name);
    }
  });
});

describe("extractEntities", () => {
  it("keeps full names whole: hyphens, particles, two-word surnames", () => {
    const e = extractEntities("", ["“It is shameful,” said Lis-Marie Alvarado of American Friends Service Committee.", "Commissioner Daniella Levine Cava voted no. Levine Cava said the county could wait.", "Andrea de la Vega, who leads the coalition, spoke first."]);
    expect(e.people).toEqual(expect.arrayContaining(["Lis-Marie Alvarado", "Daniella Levine Cava", "Andrea de la Vega"]));
    expect(e.people).not.toContain("Levine Cava");
    expect(e.organizations).toContain("American Friends Service Committee");
  });

  it("merges a surname and a titled name into the full name, and drops a first name alone", () => {
    const e = extractEntities("", ["Mayor Carlos Gimenez signed the order.", "Gimenez said the county had no choice.", "Donald was not mentioned again, but Donald Trump was."]);
    expect(e.people).toEqual(["Carlos Gimenez", "Donald Trump"]);
  });

  it("drops a browser notice's companies and never makes a month or a city a person", () => {
    const e = extractEntities("Council votes", [
      "Your browser is out of date. Please update to Microsoft Edge or Google Chrome.",
      "April Sessions of the council were cancelled. The vote in Charlottesville, Virginia, drew a crowd.",
      "The House of Representatives passed the bill.",
    ]);
    const names = [...e.people, ...e.places, ...e.organizations];
    for (const bad of ["Microsoft", "Microsoft Edge", "Google", "Google Chrome", "April", "Virginia Sessions"]) expect(names).not.toContain(bad);
    expect(e.places).toEqual(expect.arrayContaining(["Charlottesville", "Virginia"]));
    expect(e.places).not.toContain("House of Representatives");
    expect(e.organizations).toContain("House of Representatives");
  });

  it("finds people no lexicon knows from what the story says of them", () => {
    const e = extractEntities("", [
      "The night watchman, Manjunath Gowda, 54, was killed. Keila Batista said her husband was taken.",
      "“We were the better team,” Georgiou said. Stelios Georgiou coached the side for a decade.",
      "Ronan Kiely SC, for the prosecution, addressed the jury. Araceli Montenegro said the vote mattered.",
    ]);
    expect(e.people).toEqual(expect.arrayContaining(["Manjunath Gowda", "Keila Batista", "Stelios Georgiou", "Ronan Kiely", "Araceli Montenegro"]));
    expect(e.people).not.toContain("Georgiou");
    expect(e.places).not.toContain("Araceli Montenegro");
  });

  it("splits a place 'on' a street, and reads a name before 'residents' as a place", () => {
    const e = extractEntities("", ["Parishioners gathered at St. Luke Catholic Church on Nolensville Pike.", "The fund will pay lawyers for Tempe residents facing deportation."]);
    expect(e.places).toEqual(expect.arrayContaining(["Nolensville Pike", "Tempe"]));
    // A church is a building and a body; either way it is a name of its own.
    expect([...e.places, ...e.organizations]).toContain("St. Luke Catholic Church");
  });

  it("does not take the writer of the byline for one of the story's people", () => {
    const e = extractEntities("", ["Catherine Redmond covers Tempe, Mesa and the East Valley for the paper.", "Mayor Ana Ruiz signed the order."], [], "By Catherine Redmond");
    expect(e.people).toEqual(["Ana Ruiz"]);
  });

  it("keeps a company the headline is about", () => {
    expect(extractEntities("Facebook fined over data", ["Regulators fined Facebook on Monday."]).organizations).toContain("Facebook");
  });
});

describe("buildCanon", () => {
  it("makes 'Tom Homan' and 'Thomas Homan' one person, and a surname join the full name of a story that shares a name with it", () => {
    const canon = buildCanon([
      { person: ["Tom Homan", "Jeff Sessions"], place: ["Miami"], organization: [] },
      { person: ["Thomas Homan"], place: ["Miami"], organization: [] },
      { person: ["Sessions"], place: ["Miami"], organization: [] },
      { person: ["Jackson"], place: ["Jackson"], organization: [] },
      { person: ["Renee Jackson"], place: ["Moore"], organization: [] },
    ]);
    expect(canon.name("person", "Tom Homan", 0)).toBe(canon.name("person", "Thomas Homan", 1));
    expect(canon.name("person", "Sessions", 2)).toBe("Jeff Sessions");
    expect(canon.name("person", "Jackson", 3)).toBe("Jackson");
    expect(canon.name("organization", "ICE", 0)).toBe("U.S. Immigration and Customs Enforcement");
  });
});

describe("findQuotes", () => {
  const quotes = (paragraphs: string[]) => findQuotes(paragraphs, extractEntities("", paragraphs).mentions);

  it("finds the speaker after, before, by pronoun, and carries it into a quote-only paragraph", () => {
    const q = quotes([
      "“The threat of losing federal funds is an excuse,” said Jonathan Fried of WeCount! in a statement.",
      "Mayor Carlos Gimenez ordered the jails to comply.",
      "“Now, today, my order says don’t worry about the guarantee,” he explained.",
      "Attorney General Jeff Sessions told the crowd: “We cannot continue giving taxpayer money to cities like these.”",
      "“We will keep going until every county has complied with the law.”",
    ]);
    expect(q.map((x) => x.speaker)).toEqual(["Jonathan Fried", "Carlos Gimenez", "Jeff Sessions", "Jeff Sessions"]);
  });

  it("leaves scare quotes out and a quotation with no attribution without a speaker", () => {
    const q = quotes(["The so-called “sanctuary cities” were named.", "A sign read “We are all immigrants here in Miami today.”"]);
    expect(q).toEqual([{ speaker: null, text: "We are all immigrants here in Miami today." }]);
  });
});

describe("relatedStories", () => {
  const item = (id: string, over: Partial<RelatedItem> = {}): RelatedItem => ({ id, date: "2017-08-16", eventId: null, people: [], organizations: [], places: [], topics: [], duplicateOf: [], ...over });

  it("ranks by shared names and closeness in time, never the story itself or its duplicates", () => {
    const related = relatedStories([
      item("a", { people: ["Jeff Sessions"], places: ["Miami"], duplicateOf: ["d"] }),
      item("b", { people: ["Jeff Sessions"], places: ["Miami"], date: "2017-08-17" }),
      item("c", { people: ["Jeff Sessions"], date: "2017-10-01" }),
      item("d", { people: ["Jeff Sessions"], places: ["Miami"], duplicateOf: ["a"] }),
      item("e", { places: ["Chicago"] }),
    ]);
    expect(related.get("a")!.slice(0, 2)).toEqual(["b", "c"]);
    expect(related.get("a")).not.toContain("a");
    expect(related.get("a")).toContain("c");
    expect(related.get("e")).toEqual([]);
  });
});

describe("the pipeline on unseen text", () => {
  it("reads names from Markdown without its markup", () => {
    const archive = runPipeline([{ path: "a.md", bytes: encode("---\ntitle: Vote\ndate: 2020-01-02\n---\n\n**Mayor Ana Ruiz** said the [city council](https://example.org) would vote.\n") }], { buildDay: "2026-01-01" });
    expect(archive.stories[0]!.record.people).toEqual(["Ana Ruiz"]);
  });
});

describe("names in the harder places", () => {
  it("reads names in paragraphs that mention 'compiled by' or start 'by the time'", () => {
    const e = extractEntities("", ["The report, compiled by the Florida Immigrant Coalition, found that Mayor Carlos Gimenez had changed course.", "by the time Mayor Ana Ruiz arrived, the hall was full."]);
    expect(e.people).toEqual(["Carlos Gimenez", "Ana Ruiz"]);
  });

  it("splits two titled people joined by 'and', and reads long titles", () => {
    expect(extractEntities("", ["Marco Rubio and Gov. Ron DeSantis met in Tallahassee."]).people).toEqual(["Marco Rubio", "Ron DeSantis"]);
    expect(extractEntities("", ["Secretary of State Marco Rubio arrived on Monday."]).people).toEqual(["Marco Rubio"]);
  });

  it("keeps a father and a son of one surname apart", () => {
    const e = extractEntities("", ["Jose Luis Rodriguez, 54, and his son Luis Rodriguez, 22, were detained."]);
    expect(e.people).toEqual(expect.arrayContaining(["Jose Luis Rodriguez", "Luis Rodriguez"]));
  });

  it("reads a 'WASHINGTON' dateline as the capital", () => {
    expect(datelinePlaces("Washington")).toEqual(["Washington, D.C."]);
    expect(datelinePlaces("Spokane, Wash.")).toEqual(["Spokane", "Wash."]);
  });
});

describe("speakers in the harder places", () => {
  const quotes = (paragraphs: string[]) => findQuotes(paragraphs, extractEntities("", paragraphs).mentions);

  it("takes 'she said' for someone named before the quotation, not a name inside it", () => {
    const q = quotes(["Commissioner Jane Doe spoke after the vote.", "“I spoke with Barack Obama last week about this,” she said."]);
    expect(q[0]!.speaker).toBe("Jane Doe");
  });

  it("reads British quotation marks, with apostrophes inside, and abbreviated titles", () => {
    const q = quotes(["‘We won’t stand for this any longer in our city,’ said Sadiq Khan.", "“We are looking for the driver of a grey van,” said Det. Maria Lopez, who leads the case."]);
    expect(q).toEqual([
      { speaker: "Sadiq Khan", text: "We won’t stand for this any longer in our city," },
      { speaker: "Maria Lopez", text: "We are looking for the driver of a grey van," },
    ]);
  });

  it("does not give a quotation to the person it is about", () => {
    const q = quotes(["Mayor Ana Ruiz spoke first.", "“He has never once visited our county,” the mayor said of Jeff Sessions."]);
    expect(q[0]!.speaker).toBe("Ana Ruiz");
  });
});
