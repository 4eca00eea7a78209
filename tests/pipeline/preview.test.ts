import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { assembleArchive, prepareFiles, type ArchiveContext } from "../../src/pipeline/index.ts";
import { parseJobsSync } from "../../src/pipeline/run/parseJobs.ts";
import { previewStory } from "../../src/pipeline/preview.ts";
import type { RawFile } from "../../src/pipeline/read/sourceFile.ts";

const BUILD_DAY = "2026-01-01";
const ROOT = path.resolve(import.meta.dirname, "../..");
const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

function filesIn(dir: string, prefix = ""): RawFile[] {
  return readdirSync(dir)
    .sort()
    .map((f) => ({ path: `${prefix}${f}`, bytes: new Uint8Array(readFileSync(path.join(dir, f))) }));
}

/** The archive of these files, as a full build makes it, and what a preview needs of it. */
function contextOf(files: readonly RawFile[]): ArchiveContext {
  const prepared = prepareFiles(files, { buildDay: BUILD_DAY });
  const archive = assembleArchive(prepared, parseJobsSync(prepared.jobs, BUILD_DAY, prepared.repeated));
  return { archive, buildDay: BUILD_DAY, repeated: prepared.repeated };
}

const seeds = filesIn(path.join(ROOT, "seeds"));
/** The seeds and every labelled set's articles, as one archive: names, events and duplicates across sets. */
const fixtures = [
  ...seeds,
  ...readdirSync(path.join(ROOT, "tests/fixtures"))
    .filter((d) => /^(?:holdout\d*|eval)$/.test(d))
    .sort()
    .flatMap((d) => filesIn(path.join(ROOT, "tests/fixtures", d, "articles"), `${d}/`)),
  // A second copy of an article, as archives often hold: duplicates, and an address taken first.
  { ...seeds[0]!, path: "zz-copies/same-story.txt" },
];

describe("previewStory: one edited file's story, made without the archive-wide steps", () => {
  it("gives every unchanged file of the fixtures exactly the story the whole archive has for it", () => {
    const context = contextOf(fixtures);
    expect(context.archive.stories.length).toBeGreaterThan(300);
    // Events that lend or confirm dates, duplicates, aliases across stories and suffixed addresses are all in here.
    expect(context.archive.stories.some((s) => s.record.dateSource === "event")).toBe(true);
    expect(context.archive.stories.some((s) => s.duplicateOf.length > 0)).toBe(true);
    expect(context.archive.stories.some((s) => /-[0-9a-f]{6}$/.test(s.record.slug))).toBe(true);
    const byPath = new Map(fixtures.map((f) => [f.path, f]));
    for (const story of context.archive.stories) {
      expect(previewStory(context, byPath.get(story.record.sourceFile)!), story.record.sourceFile).toEqual(story);
    }
  }, 120_000);

  const context = contextOf(seeds);
  const [file] = seeds.filter((f) => context.archive.stories.find((s) => s.record.sourceFile === f.path)?.record.dateSource === "event");
  const old = context.archive.stories.find((s) => s.record.sourceFile === file!.path)!;

  it("shows an edit to the body, and keeps the address, the event, the borrowed date and the related stories", () => {
    const edited = previewStory(context, { path: file!.path, bytes: encode(`${decode(file!.bytes)}\n\nA sentence added by the editor.\n`) })!;
    expect(edited.paragraphs.at(-1)).toBe("A sentence added by the editor.");
    expect(edited.record).toMatchObject({ url: old.record.url, eventId: old.record.eventId, date: old.record.date, dateSource: "event" });
    expect(edited.related).toEqual(old.related);
    expect(edited.related.length).toBeGreaterThan(0);
  });

  it("moves the page when the headline changes, and keeps its day", () => {
    const headed = context.archive.stories.find((s) => s.record.titleSource === "headline" && s.record.date !== null && s.record.dateSource !== "event")!;
    const raw = seeds.find((f) => f.path === headed.record.sourceFile)!;
    const lines = decode(raw.bytes).split("\n");
    const line = lines.findIndex((l) => l.includes(headed.record.title.slice(0, 30)));
    expect(line).toBeGreaterThanOrEqual(0);
    lines[line] = "Commissioners Weigh a New Jail Policy";
    const edited = previewStory(context, { path: raw.path, bytes: encode(lines.join("\n")) })!;
    expect(edited.record.title).toBe("Commissioners Weigh a New Jail Policy");
    expect(edited.record.url).toBe(headed.record.url.replace(headed.record.slug, "commissioners-weigh-a-new-jail-policy"));
    expect(edited.record.eventId).toBe(headed.record.eventId);
  });

  it("does not take the address of another story when the new headline is the other's", () => {
    const mine = context.archive.stories.find((s) => s.record.titleSource === "headline" && s.record.date !== null && s.record.dateSource !== "event");
    const other = context.archive.stories.find((s) => s !== mine && s.record.date === mine!.record.date && s.record.datePrecision === mine!.record.datePrecision);
    expect(other).toBeDefined();
    const raw = seeds.find((f) => f.path === mine!.record.sourceFile)!;
    const lines = decode(raw.bytes).split("\n");
    lines[lines.findIndex((l) => l.includes(mine!.record.title.slice(0, 30)))] = other!.record.title;
    const edited = previewStory(context, { path: raw.path, bytes: encode(lines.join("\n")) })!;
    expect(edited.record.title).toBe(other!.record.title);
    expect(edited.record.url).not.toBe(other!.record.url);
    expect(edited.record.url).toBe(`${other!.record.url.slice(0, -1)}-${mine!.record.id.slice(2, 8)}/`);
  });

  it("keeps an address that was suffixed because another story had it first", () => {
    const twins = contextOf([...seeds, { ...seeds[0]!, path: "zz-copy.txt" }]);
    const copy = twins.archive.stories.find((s) => s.record.sourceFile === "zz-copy.txt")!;
    expect(copy.record.slug).toMatch(/-[0-9a-f]{6}$/);
    const edited = previewStory(twins, { path: "zz-copy.txt", bytes: encode(`${decode(seeds[0]!.bytes)}\n\nOne more line.\n`) })!;
    expect(edited.record.url).toBe(copy.record.url);
  });

  it("links a name to the archive's page for it, even when the edited story gives only part of it", () => {
    const person = context.archive.people.find((p) => p.aliases.length > 0 && p.stories.length > 1)!;
    expect(person).toBeDefined();
    const alias = person.aliases[0]!;
    const story = context.archive.stories.find((s) => s.record.people.includes(person.name))!;
    const raw = seeds.find((f) => f.path === story.record.sourceFile)!;
    const edited = previewStory(context, { path: raw.path, bytes: encode(`${decode(raw.bytes)}\n\n${alias} said nothing more on Thursday.\n`) })!;
    expect(edited.links.people).toContainEqual({ name: person.name, url: person.url });
    expect(edited.links.people.filter((l) => l.url === person.url)).toHaveLength(1);
  });

  it("leaves a new file, and a file that no longer makes a story, to the full rebuild", () => {
    expect(previewStory(context, { path: "new-story.txt", bytes: seeds[0]!.bytes })).toBeNull();
    expect(previewStory(context, { path: file!.path, bytes: encode("") })).toBeNull();
  });
});
