import { createHash } from "node:crypto";
import { readdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";

/**
 * Pagefind 1.5 writes each filter's values in hash-map order, which changes from run to run
 * (its issue #638), so two builds of the same site differed in `pagefind/filter/*.pf_filter`,
 * in the metadata file that names them and in `pagefind-entry.json`. This rewrites those files
 * in one order, so the same input gives the same bytes:
 *
 *   - a filter file is gzip("pagefind_dcd" + CBOR [name, [[value, [page, …]], …]]): its pairs
 *     are sorted by their bytes (each value appears once, so the order is total);
 *   - files are named `<language>_<hash of content>`; the new hash has the old one's length, so
 *     the CBOR text strings that hold the names keep their length when swapped in the metadata;
 *   - gzip output from Node has no timestamp, so compressing is repeatable too.
 *
 * Search results are unchanged: the same values point to the same pages.
 */
export async function stabilizeSearchIndex(searchDir: string): Promise<void> {
  const entryPath = path.join(searchDir, "pagefind-entry.json");
  const entry = (await readWrittenJson(entryPath)) as { languages: Record<string, { hash: string }> };
  const filterDir = path.join(searchDir, "filter");
  const renamed = new Map<string, string>();
  // An archive with no stories has no filters, and Pagefind writes no filter folder for it.
  const filterFiles = await readdir(filterDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  for (const file of filterFiles.filter((f) => f.endsWith(".pf_filter")).sort()) {
    const oldName = file.slice(0, -".pf_filter".length);
    const content = sortFilterValues(unpack(await readFile(path.join(filterDir, file))));
    const newName = rehash(oldName, content);
    await writeFile(path.join(filterDir, file), pack(content));
    if (newName !== oldName) {
      await rename(path.join(filterDir, file), path.join(filterDir, `${newName}.pf_filter`));
      renamed.set(oldName, newName);
    }
  }
  for (const language of Object.values(entry.languages)) {
    const metaFile = path.join(searchDir, `pagefind.${language.hash}.pf_meta`);
    let meta = unpack(await readFile(metaFile));
    for (const [from, to] of renamed) meta = replaceAll(meta, Buffer.from(from), Buffer.from(to));
    meta = sortNamedLists(meta);
    const newHash = rehash(language.hash, meta);
    await writeFile(metaFile, pack(meta));
    if (newHash !== language.hash) {
      await rename(metaFile, path.join(searchDir, `pagefind.${newHash}.pf_meta`));
      language.hash = newHash;
    }
  }
  await writeFile(entryPath, JSON.stringify(entry));
}

const SIGNATURE = Buffer.from("pagefind_dcd");

function unpack(file: Buffer): Buffer {
  const raw = gunzipSync(file);
  if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error("search index: a Pagefind file without its signature; is this Pagefind 1.5?");
  return raw;
}

function pack(raw: Buffer): Buffer {
  return gzipSync(raw, { level: 9 });
}

/** "en_486f4a5" -> "en_" + as many hex digits of the content's SHA-256 as the old name had. */
function rehash(oldName: string, content: Buffer): string {
  const cut = oldName.lastIndexOf("_") + 1;
  return oldName.slice(0, cut) + createHash("sha256").update(content).digest("hex").slice(0, oldName.length - cut);
}

/** The filter file with its [value, pages] pairs in byte order. */
export function sortFilterValues(raw: Buffer): Buffer {
  let pos = SIGNATURE.length;
  const top = readHead(raw, pos);
  if (top.major !== 4 || top.value !== 2) throw new Error("search index: unexpected filter layout");
  pos = itemEnd(raw, top.next); // the filter's name
  if (readHead(raw, pos).major !== 4) throw new Error("search index: unexpected filter layout");
  return Buffer.concat([raw.subarray(0, pos), sortedArray(raw, pos), raw.subarray(itemEnd(raw, pos))]);
}

/**
 * The metadata file lists its filters ([name, file]) and its sort orders ([name, [page, …]]) in
 * hash-map order too; both are looked up by name, so they are put in byte order. The list of
 * pages and the index chunks keep their order: page numbers and word ranges depend on it.
 */
export function sortNamedLists(raw: Buffer): Buffer {
  const top = readHead(raw, SIGNATURE.length);
  if (top.major !== 4) throw new Error("search index: unexpected metadata layout");
  const parts: Buffer[] = [raw.subarray(0, top.next)];
  let at = top.next;
  for (let i = 0; i < top.value; i++) {
    const end = itemEnd(raw, at);
    parts.push(isNamedList(raw, at) ? sortedArray(raw, at) : raw.subarray(at, end));
    at = end;
  }
  parts.push(raw.subarray(at));
  return Buffer.concat(parts);
}

/** An array of [text, text] or [text, array] pairs: filters by name, or sort orders by name. */
function isNamedList(raw: Buffer, pos: number): boolean {
  const list = readHead(raw, pos);
  if (list.major !== 4 || list.value === 0) return false;
  let at = list.next;
  for (let i = 0; i < list.value; i++) {
    const pair = readHead(raw, at);
    if (pair.major !== 4 || pair.value !== 2 || readHead(raw, pair.next).major !== 3) return false;
    const second = readHead(raw, itemEnd(raw, pair.next)).major;
    if (second !== 3 && second !== 4) return false;
    at = itemEnd(raw, at);
  }
  return true;
}

function sortedArray(raw: Buffer, pos: number): Buffer {
  const list = readHead(raw, pos);
  const items: Buffer[] = [];
  let at = list.next;
  for (let i = 0; i < list.value; i++) {
    const end = itemEnd(raw, at);
    items.push(raw.subarray(at, end));
    at = end;
  }
  return Buffer.concat([raw.subarray(pos, list.next), ...items.sort(Buffer.compare)]);
}

/** A CBOR item's head: major type, its argument (length, count or value) and where its content starts. */
function readHead(buf: Buffer, pos: number): { major: number; value: number; next: number } {
  const byte = buf[pos];
  if (byte === undefined) throw new Error("search index: truncated file");
  const major = byte >> 5;
  const info = byte & 0x1f;
  if (info < 24) return { major, value: info, next: pos + 1 };
  if (info === 24) return { major, value: buf.readUInt8(pos + 1), next: pos + 2 };
  if (info === 25) return { major, value: buf.readUInt16BE(pos + 1), next: pos + 3 };
  if (info === 26) return { major, value: buf.readUInt32BE(pos + 1), next: pos + 5 };
  if (info === 27) return { major, value: Number(buf.readBigUInt64BE(pos + 1)), next: pos + 9 };
  throw new Error("search index: indefinite-length CBOR is not expected");
}

/** Where the CBOR item starting at `pos` ends. */
function itemEnd(buf: Buffer, pos: number): number {
  const head = readHead(buf, pos);
  switch (head.major) {
    case 0:
    case 1:
    case 7:
      return head.next;
    case 2:
    case 3:
      return head.next + head.value;
    case 4: {
      let at = head.next;
      for (let i = 0; i < head.value; i++) at = itemEnd(buf, at);
      return at;
    }
    case 5: {
      let at = head.next;
      for (let i = 0; i < 2 * head.value; i++) at = itemEnd(buf, at);
      return at;
    }
    case 6:
      return itemEnd(buf, head.next);
    default:
      throw new Error("search index: unexpected CBOR item");
  }
}

function replaceAll(haystack: Buffer, from: Buffer, to: Buffer): Buffer {
  const parts: Buffer[] = [];
  let start = 0;
  for (let i = haystack.indexOf(from); i !== -1; i = haystack.indexOf(from, i + from.length)) {
    parts.push(haystack.subarray(start, i), to);
    start = i + from.length;
  }
  parts.push(haystack.subarray(start));
  return Buffer.concat(parts);
}

/** How long to wait for a file Pagefind has reported written to be whole on disk. */
const WRITTEN_FILE_WAIT_MS = 3000;

/**
 * A JSON file Pagefind has just written. Its service can answer "written" a moment before the
 * last file is whole on a busy machine (seen once: an empty pagefind-entry.json), so an
 * unreadable file is read again for a few seconds before the build fails over it.
 */
async function readWrittenJson(file: string): Promise<unknown> {
  const start = Date.now();
  for (;;) {
    try {
      return JSON.parse(await readFile(file, "utf8"));
    } catch (error) {
      if (Date.now() - start > WRITTEN_FILE_WAIT_MS) throw new Error(`search index: ${file} is not whole JSON: ${(error as Error).message}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
