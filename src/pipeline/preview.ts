import type { Entity, Story } from "./schema/index.ts";
import { assembleArchive, type ArchiveContext } from "./index.ts";
import { decodeFile, type RawFile } from "./read/sourceFile.ts";
import { compactParse, parseFile } from "./run/parseFile.ts";

/**
 * One edited file's story, remade without the archive-wide steps, for the preview server's
 * quick pass (src/cli/serve.ts): the page of a story being edited shows the edit within a
 * second, and the full rebuild that follows brings every other page in line.
 *
 * The file is parsed against the archive's repeated lines and made into a story alone. What
 * only the whole archive can say is taken from the story the archive has for the file: its
 * event, related stories and duplicates, a date its event lent or confirmed (while the file's
 * own date is unchanged), and its address when the headline and date still give it (an address suffixed because another story had it
 * first stays suffixed). Names, and the speakers of quotations, are the archive's name for
 * them where the archive has a page for the name or has it as an alias; a name the archive has no page for yet links to where the full rebuild will put it.
 *
 * Null when the quick pass cannot stand in for the full rebuild: a new file (only the full
 * rebuild can place it among the others), or one that no longer makes a story.
 */
export function previewStory(context: ArchiveContext, raw: RawFile): Story | null {
  const old = context.archive.stories.find((s) => s.record.sourceFile === raw.path);
  if (!old) return null;
  const file = decodeFile(raw).file;
  if (!file) return null;
  const job = { raw, key: `preview:${file.contentHash}` };
  const parsed = compactParse(parseFile(job, context.buildDay, context.repeated));
  const alone = assembleArchive({ fileCount: 1, messages: [] }, [parsed]).stories[0];
  if (!alone) return null;

  const fresh = alone.record;
  // The story's event may have lent it a date (the story alone has no event to borrow from) or
  // confirmed the one it has: while the file's own date is unchanged, the archive's reading stands.
  const borrowed = fresh.date === null && old.record.dateSource === "event";
  const sameDate = borrowed || (fresh.date === old.record.date && fresh.datePrecision === old.record.datePrecision);
  const dates = sameDate
    ? { date: old.record.date, datePrecision: old.record.datePrecision, dateSource: old.record.dateSource, dateConfidence: old.record.dateConfidence, dateEvidence: old.record.dateEvidence }
    : {};
  const dateCandidates = sameDate ? [...alone.dateCandidates, ...old.dateCandidates.filter((c) => c.source === "event")] : alone.dateCandidates;
  const folder = borrowed ? folderOf(old.record) : folderOf(fresh);
  const sameAddress = folderOf(old.record) === folder && (old.record.slug === fresh.slug || old.record.slug === `${fresh.slug}-${fresh.id.slice(2, 8)}`);
  // A new address another story has already is suffixed, as the full build does (toRecord).
  const taken = (url: string) => context.archive.stories.some((s) => s.record.url === url && s.record.sourceFile !== raw.path);
  const slug = sameAddress ? old.record.slug : taken(`${folder}${fresh.slug}/`) ? `${fresh.slug}-${fresh.id.slice(2, 8)}` : fresh.slug;
  const address = { slug, url: `${folder}${slug}/` };

  const pages = entityPages(context);
  // Two names of the story may be one page of the archive ("Gimenez" and "Carlos Gimenez"): linked once.
  const named = (kind: Entity["kind"], found: readonly { name: string; url: string }[]) => [
    ...new Map(found.map((link) => pages.get(`${kind}\0${link.name}`) ?? link).map((link) => [link.url, link])).values(),
  ];
  const links = {
    people: named("person", alone.links.people),
    places: named("place", alone.links.places),
    organizations: named("organization", alone.links.organizations),
    outlet: alone.links.outlet && (context.archive.outlets.find((o) => o.name === alone.links.outlet!.name) ?? alone.links.outlet),
  };
  return {
    ...alone,
    record: {
      ...fresh,
      ...dates,
      ...address,
      people: links.people.map((l) => l.name),
      places: links.places.map((l) => l.name),
      organizations: links.organizations.map((l) => l.name),
      quotes: fresh.quotes.map((q) => ({ ...q, speaker: q.speaker && (pages.get(`person\0${q.speaker}`) ?? pages.get(`organization\0${q.speaker}`))?.name || q.speaker })),
      eventId: old.record.eventId,
    },
    dateCandidates,
    links: { ...links, outlet: links.outlet && { name: links.outlet.name, url: links.outlet.url } },
    duplicateOf: old.duplicateOf,
    related: old.related,
  };
}

/** "/stories/2017/08/16/" of "/stories/2017/08/16/some-slug/". */
function folderOf(record: { url: string; slug: string }): string {
  return record.url.slice(0, record.url.length - record.slug.length - 1);
}

/** The archive's page of each name and alias, by kind and name; made once per archive. */
const pagesByArchive = new WeakMap<object, Map<string, { name: string; url: string }>>();
function entityPages(context: ArchiveContext): Map<string, { name: string; url: string }> {
  let pages = pagesByArchive.get(context.archive);
  if (!pages) {
    pages = new Map();
    const { people, places, organizations } = context.archive;
    const entities = [...people, ...places, ...organizations];
    // A page's own name wins over another page's alias of the same words.
    for (const entity of entities) pages.set(`${entity.kind}\0${entity.name}`, { name: entity.name, url: entity.url });
    for (const entity of entities) {
      for (const alias of entity.aliases) if (!pages.has(`${entity.kind}\0${alias}`)) pages.set(`${entity.kind}\0${alias}`, { name: entity.name, url: entity.url });
    }
    pagesByArchive.set(context.archive, pages);
  }
  return pages;
}
