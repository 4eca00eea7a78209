import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildSite, builtSeedsSite } from "../helpers/build.ts";
import { decodeEntities, h1Texts, htmlText, internalTarget, linkTargets, listFiles, metaContent, pagePath, readStoriesJson, resolvesInSite, type StoriesExport, type StoryRecord } from "../helpers/site.ts";
import { makeTempDir, removeTempDirs } from "../helpers/tmp.ts";

afterAll(removeTempDirs);

/** The index pages this file is about, and the folders of the pages they list. */
const INDEXES = ["/people/", "/places/", "/organizations/", "/outlets/", "/events/", "/quotes/"];
const NAME_FOLDERS = ["people", "places", "organizations", "outlets"];
/** Where story pages may link a name, an outlet or an event. */
const BROWSE_LINK = /^\/(?:people|places|organizations|outlets|events)\//;

// Built inside the tests (once, shared), so a failed build fails them with the CLI's output.
async function seedsSite(): Promise<{ outDir: string; data: StoriesExport }> {
  const { outDir } = await builtSeedsSite();
  return { outDir, data: await readStoriesJson(outDir) };
}

const read = (outDir: string, url: string) => readFile(path.join(outDir, url, "index.html"), "utf8");
const titleOf = (html: string) => decodeEntities(/<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? "");
const mainOf = (html: string) => /<main\b[\s\S]*?<\/main>/.exec(html)?.[0] ?? "";
/** The <section> of a page labelled by the heading with this id ("" when there is none). */
const sectionOf = (html: string, id: string) => new RegExp(`<section\\b[^>]*aria-labelledby="${id}"[^>]*>[\\s\\S]*?</section>`).exec(html)?.[0] ?? "";
/** Every link in some HTML, its address and its text. */
const anchors = (html: string) => [...html.matchAll(/<a href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => ({ href: decodeEntities(m[1]!), text: htmlText(m[2]!) }));
/** The links of one row of a story's facts list ("People", "Outlet"…). */
const factLinks = (html: string, label: string) => anchors(new RegExp(`<dt>${label}</dt>\\s*<dd>([\\s\\S]*?)</dd>`).exec(sectionOf(html, "facts"))?.[1] ?? "");
const storyItems = (html: string) => (html.match(/<li class="story-item"/g) ?? []).length;
/** The entries of a people, places, organizations or outlets index: "Jeff Sessions — 4 stories". */
const indexEntries = (html: string) =>
  [...mainOf(html).matchAll(/<li><a href="([^"]+)">([^<]*)<\/a> <span class="count">— (\d+) stor(?:y|ies)<\/span><\/li>/g)].map((m) => ({ url: m[1]!, name: decodeEntities(m[2]!), count: Number(m[3]) }));

/** The name on every page under /people/, /places/, /organizations/ and /outlets/ (their <h1>). */
async function namePages(outDir: string): Promise<{ folder: string; url: string; name: string }[]> {
  const pages = [];
  for (const folder of NAME_FOLDERS) {
    for (const file of await listFiles(path.join(outDir, folder))) {
      if (file === "index.html") continue;
      const url = `/${folder}/${file.replace(/index\.html$/, "")}`;
      pages.push({ folder, url, name: h1Texts(await read(outDir, url))[0]! });
    }
  }
  return pages;
}

/** The event page a story links to from its "Other coverage" section, or null. */
const eventLinkOf = (html: string) => anchors(sectionOf(html, "same-event")).find((a) => a.href.startsWith("/events/"))?.href ?? null;

describe("the browse pages of the seeds", () => {
  it("has an index of people, places, organizations, outlets, events and quotes, each linked from the home page", async () => {
    const { outDir } = await seedsSite();
    const home = await readFile(path.join(outDir, "index.html"), "utf8");
    for (const url of INDEXES) {
      expect(existsSync(path.join(outDir, url, "index.html")), `${url} is missing`).toBe(true);
      expect(anchors(mainOf(home)).map((a) => a.href), `the home page links ${url}`).toContain(url);
      expect(linkTargets(home), `every page's footer links ${url}`).toContain(url);
    }
  });

  it("gives each new page a unique <title>, a description and breadcrumbs ending at the page", async () => {
    const { outDir } = await seedsSite();
    const files = (await listFiles(outDir)).filter((f) => f.endsWith(".html"));
    const titles = new Map<string, string>();
    for (const file of files) {
      const html = await readFile(path.join(outDir, file), "utf8");
      const title = titleOf(html);
      expect(titles.get(title), `${file} and ${titles.get(title)} share the title "${title}"`).toBeUndefined();
      titles.set(title, file);
      if (!/^(?:people|places|organizations|outlets|events|quotes)\//.test(file)) continue;
      expect(metaContent(html, "description"), file).toMatch(/\S/);
      const crumbs = /<nav aria-label="Breadcrumb"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? "";
      expect(anchors(crumbs)[0], file).toEqual({ href: "/", text: "Home" });
      expect(crumbs, file).toContain('aria-current="page"');
    }
  });

  it("lists every name with its story count, and the name's page lists that many stories", async () => {
    const { outDir } = await seedsSite();
    for (const folder of NAME_FOLDERS) {
      const entries = indexEntries(await read(outDir, `/${folder}/`));
      const pages = (await namePages(outDir)).filter((p) => p.folder === folder);
      expect(entries.map((e) => e.url).sort(), `/${folder}/ lists each of its pages once`).toEqual(pages.map((p) => p.url).sort());
      for (const entry of entries) {
        const html = await read(outDir, entry.url);
        expect(h1Texts(html), entry.url).toEqual([entry.name]);
        expect(storyItems(mainOf(html)), entry.url).toBe(entry.count);
        expect(entry.count, entry.url).toBeGreaterThan(0);
      }
    }
  });

  it("titles each name's page with the name and its kind, so a person and an outlet of one name differ", async () => {
    const { outDir } = await seedsSite();
    const kinds: Record<string, string> = { people: "person", places: "place", organizations: "organization", outlets: "outlet" };
    for (const { folder, url, name } of await namePages(outDir)) {
      expect(titleOf(await read(outDir, url)).split(" · ")[0], url).toBe(`${name} (${kinds[folder]})`);
    }
  });
});

describe("story pages", () => {
  it("link each person, place, organization and outlet the record names, and every such link resolves", async () => {
    const { outDir, data } = await seedsSite();
    const broken: string[] = [];
    for (const s of data.stories) {
      const html = await read(outDir, s.url);
      for (const [label, names] of [["People", s.people], ["Places", s.places], ["Organizations", s.organizations]] as const) {
        expect(factLinks(html, label).map((a) => a.text), `${s.url} ${label}`).toEqual(names);
      }
      if (s.outlet) expect(factLinks(html, "Outlet").map((a) => a.text), s.url).toEqual([s.outlet]);
      for (const link of linkTargets(html)) {
        const target = internalTarget(link, s.url, "http://localhost:8080");
        if (target !== null && BROWSE_LINK.test(target) && !resolvesInSite(outDir, target)) broken.push(`${s.url}: ${link}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("show the story's quotations, outside the search body, each speaker linked when the story names them", async () => {
    const { outDir, data } = await seedsSite();
    const quoted = data.stories.filter((s) => (s.quotes as unknown[]).length > 0);
    expect(quoted.length, "the seeds have quotations").toBeGreaterThan(0);
    for (const s of quoted) {
      const section = sectionOf(await read(outDir, s.url), "quotes-heading");
      expect(section, s.url).toContain("data-pagefind-ignore");
      expect((section.match(/<blockquote>/g) ?? []).length, s.url).toBe((s.quotes as unknown[]).length);
      const named = new Set([...(s.people as string[]), ...(s.organizations as string[])]);
      for (const { speaker } of s.quotes as { speaker: string | null }[]) {
        if (speaker !== null && named.has(speaker)) expect(anchors(section).map((a) => a.text), `${s.url}: ${speaker}`).toContain(speaker);
      }
    }
  });

  it("show related stories that resolve and never include the story itself", async () => {
    const { outDir, data } = await seedsSite();
    for (const s of data.stories) {
      const section = sectionOf(await read(outDir, s.url), "related-heading");
      expect(section, `${s.url} has related stories`).toContain("Related stories");
      expect(section, s.url).toContain("data-pagefind-ignore");
      const links = anchors(section).map((a) => a.href);
      expect(links.length, s.url).toBeGreaterThan(0);
      expect(links, s.url).not.toContain(s.url);
      for (const link of links) expect(resolvesInSite(outDir, link), `${s.url} -> ${link}`).toBe(true);
    }
  });
});

describe("events", () => {
  const onDay = (data: StoriesExport, day: string): StoryRecord[] => data.stories.filter((s) => s.date === day);

  it("put the four stories of 16 August 2017 on one event page listing them all, without the story of 27 January 2017", async () => {
    const { outDir, data } = await seedsSite();
    const four = onDay(data, "2017-08-16");
    expect(four).toHaveLength(4);
    const eventUrls = new Set(await Promise.all(four.map(async (s) => eventLinkOf(await read(outDir, s.url)))));
    expect([...eventUrls]).toHaveLength(1);
    const eventUrl = [...eventUrls][0];
    expect(eventUrl).toMatch(/^\/events\/[a-z0-9-]+\/$/);

    const event = await read(outDir, eventUrl!);
    const coverage = anchors(/<table class="coverage">[\s\S]*?<\/table>/.exec(event)?.[0] ?? "").map((a) => a.href);
    expect(coverage.filter((href) => href.startsWith("/stories/")).sort()).toEqual(four.map((s) => s.url).sort());
    for (const s of onDay(data, "2017-01-27")) expect(event, "the January story is another event").not.toContain(s.url);
    // Its outlets, linked to their pages.
    for (const outlet of new Set(four.map((s) => s.outlet).filter((o): o is string => typeof o === "string"))) {
      expect(anchors(event).find((a) => a.text === outlet)?.href, outlet).toMatch(/^\/outlets\//);
    }
  });

  it("are listed on the events index and on the timeline, whose day lists link each story to its event", async () => {
    const { outDir, data } = await seedsSite();
    const four = onDay(data, "2017-08-16");
    const eventUrl = eventLinkOf(await read(outDir, four[0]!.url))!;
    const index = await read(outDir, "/events/");
    expect(anchors(mainOf(index)).map((a) => a.href)).toContain(eventUrl);
    expect(htmlText(mainOf(index))).toContain("4 stories");

    const timeline = await read(outDir, "/timeline/");
    const events = sectionOf(timeline, "events");
    expect(anchors(events).map((a) => a.href)).toContain(eventUrl);
    expect(htmlText(events)).toMatch(/4 stories · \S/);
    const marked = [...timeline.matchAll(/<li class="story-item" id="([^"]+)">[\s\S]*?<\/li>/g)].filter((m) => m[0].includes(`Event: <a href="${eventUrl}"`));
    expect(marked.map((m) => m[1]).sort()).toEqual(four.map((s) => s.id).sort());
  });
});

// What the seeds must show on these pages. These depend on the pipeline's entity and quote
// extraction as much as on the pages: a failure here may be the extraction's.
describe("names and quotations the seeds must show", () => {
  it("lists 4 stories on Jeff Sessions' page", async () => {
    const { outDir } = await seedsSite();
    const sessions = (await namePages(outDir)).filter((p) => p.folder === "people" && p.name === "Jeff Sessions");
    expect(sessions).toHaveLength(1);
    expect(storyItems(mainOf(await read(outDir, sessions[0]!.url)))).toBe(4);
  });

  it("has one person page named like Gimenez, and it is Carlos Gimenez", async () => {
    const { outDir } = await seedsSite();
    const gimenez = (await namePages(outDir)).filter((p) => p.folder === "people" && p.name.includes("Gimenez"));
    expect(gimenez.map((p) => p.name)).toEqual(["Carlos Gimenez"]);
  });

  it("has no page for Facebook, Twitter, Microsoft, April or Donald", async () => {
    const { outDir } = await seedsSite();
    const names = (await namePages(outDir)).map((p) => p.name.toLowerCase());
    for (const wrong of ["facebook", "twitter", "microsoft", "april", "donald"]) expect(names, wrong).not.toContain(wrong);
  });

  it("attributes “Miami-Dade is doing it, other cities are doing it. So can you. Work with us,” to Jeff Sessions", async () => {
    const { outDir } = await seedsSite();
    const quotes = await read(outDir, "/quotes/");
    const groups = [...quotes.matchAll(/<section class="speaker-quotes"[\s\S]*?<\/section>/g)].map((m) => ({ speaker: htmlText(/<h2\b[\s\S]*?<\/h2>/.exec(m[0])?.[0] ?? ""), text: htmlText(m[0]) }));
    const said = groups.filter((g) => g.text.includes("Miami-Dade is doing it, other cities are doing it. So can you. Work with us,"));
    expect(said.map((g) => g.speaker)).toEqual(["Jeff Sessions"]);
  });
});

describe("a person's page", () => {
  it("shows what the stories quote them as saying, who they are named with, and links to both", async () => {
    const { outDir } = await seedsSite();
    const page = mainOf(await read(outDir, "/people/jeff-sessions/"));
    const quoted = /<section class="entity-quotes"[\s\S]*?<\/section>/.exec(page)?.[0] ?? "";
    expect(htmlText(quoted)).toContain("Miami-Dade is doing it, other cities are doing it. So can you. Work with us,");
    expect(linkTargets(quoted)).toContain("/quotes/#jeff-sessions");
    const namedWith = /<section class="named-with"[\s\S]*?<\/section>/.exec(page)?.[0] ?? "";
    expect(htmlText(namedWith)).toContain("Donald Trump — in 4 of the same stories");
    for (const link of linkTargets(namedWith)) expect(resolvesInSite(outDir, link), link).toBe(true);
  });
});

describe("an archive with no stories", () => {
  it("still builds (search index included) every index page, each saying there is nothing yet, all linked from the home page", async () => {
    const { outDir, exitCode, stdout, stderr } = await buildSite(await makeTempDir("no-seeds"));
    expect(exitCode, stdout + stderr).toBe(0);
    const home = await readFile(path.join(outDir, "index.html"), "utf8");
    for (const url of INDEXES) {
      const main = mainOf(await read(outDir, url));
      expect(main, url).toMatch(/<p class="empty">No [^<]+ yet/);
      expect(linkTargets(home), url).toContain(url);
    }
    // No stray pages: nothing is listed, so nothing has a page.
    const pages = (await listFiles(outDir)).filter((f) => f.endsWith(".html")).map(pagePath);
    expect(pages.filter((p) => /^\/(?:people|places|organizations|outlets|events)\/./.test(p))).toEqual([]);
  });
});
