import { existsSync, statSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/** The record keys of api/stories.json, exactly (the contract). */
export const STORY_RECORD_KEYS = [
  "id", "slug", "url", "sourceFile", "title", "titleSource",
  "date", "datePrecision", "dateSource", "dateConfidence", "dateEvidence",
  "outlet", "dateline", "byline", "summary", "wordCount",
  "topics", "people", "places", "organizations", "quotes", "eventId",
] as const;

export interface StoryRecord {
  id: string;
  slug: string;
  url: string;
  sourceFile: string;
  title: string;
  [key: string]: unknown;
}

export interface ExportMessage {
  severity: string;
  ruleId: string;
  file: string;
  reason: string;
  [key: string]: unknown;
}

export interface StoriesExport {
  stories: StoryRecord[];
  events: unknown[];
  messages: ExportMessage[];
}

export async function readStoriesJson(outDir: string): Promise<StoriesExport> {
  return JSON.parse(await readFile(path.join(outDir, "api", "stories.json"), "utf8")) as StoriesExport;
}

/** Every file under `dir`, as forward-slash paths relative to it. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

/** The site path a file is served at: "a/b/index.html" → "/a/b/", "404.html" → "/404.html". */
export function pagePath(relFile: string): string {
  return relFile === "index.html" ? "/" : `/${relFile.replace(/(^|\/)index\.html$/, "$1")}`;
}

/** The story folders of a built site, as site paths ("/stories/2017/08/16/x/"). */
export async function storyPagePaths(outDir: string): Promise<string[]> {
  const storiesDir = path.join(outDir, "stories");
  if (!existsSync(storiesDir)) return [];
  return (await listFiles(storiesDir))
    .filter((file) => file.endsWith("/index.html"))
    .map((file) => pagePath(`stories/${file}`));
}

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The text of every <h1> on a page, tags removed, entities decoded, spaces collapsed. */
export function h1Texts(html: string): string[] {
  return [...html.matchAll(/<h1\b[^>]*>([\s\S]*?)<\/h1>/gi)].map((m) =>
    decodeEntities((m[1] ?? "").replace(/<[^>]*>/g, "")).replace(/\s+/g, " ").trim(),
  );
}

/** Every href/src attribute value in a page (entities decoded), skipping <script> and <style> bodies. */
export function linkTargets(html: string): string[] {
  const markup = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, (tag) => tag.replace(/>[\s\S]*</, "><"));
  const targets: string[] = [];
  for (const tag of markup.matchAll(/<[a-z][^>]*>/gi)) {
    for (const attr of tag[0].matchAll(/\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi)) {
      targets.push(decodeEntities(attr[1] ?? attr[2] ?? attr[3] ?? ""));
    }
  }
  return targets;
}

/**
 * The site path a link from `fromPage` points at, or null for links that leave the site
 * (other schemes, protocol-relative, other origins) and same-page "#fragment" links.
 * Links to `siteOrigin` (the --base-url) count as internal.
 */
export function internalTarget(link: string, fromPage: string, siteOrigin: string): string | null {
  const trimmed = link.trim();
  if (trimmed === "" || trimmed.startsWith("#")) return null;
  const base = new URL(fromPage, `${siteOrigin}/`);
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return trimmed; // unparsable: report it as broken
  }
  if (url.origin !== new URL(siteOrigin).origin) return null;
  return url.pathname;
}

/** Whether a site path resolves to a file in `outDir`: "/x/" → "x/index.html", "/x" → "x" or "x/index.html". */
export function resolvesInSite(outDir: string, sitePath: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(sitePath);
  } catch {
    return false;
  }
  const file = path.join(outDir, decoded);
  if (!file.startsWith(outDir)) return false;
  const isFile = (f: string): boolean => existsSync(f) && statSync(f).isFile();
  if (decoded.endsWith("/")) return isFile(path.join(file, "index.html"));
  return isFile(file) || isFile(path.join(file, "index.html"));
}

/** The parsed JSON of every <script type="application/ld+json"> on a page. */
export function jsonLdBlocks(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1] ?? "null"));
}

/** The decoded content of a <meta property|name="key"> tag, or null. */
export function metaContent(html: string, key: string): string | null {
  for (const tag of html.matchAll(/<meta\b[^>]*>/gi)) {
    const name = /\s(?:property|name)="([^"]*)"/.exec(tag[0])?.[1];
    if (name === key) return decodeEntities(/\scontent="([^"]*)"/.exec(tag[0])?.[1] ?? "");
  }
  return null;
}

/** The text of a piece of HTML: tags removed, entities decoded, spaces collapsed. */
export function htmlText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, " ")).replace(/\s+/g, " ").trim();
}
