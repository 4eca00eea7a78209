import type { HtmlElement } from "html-validate";
import { GENERATED_FOLDERS, attribute, sitePages, type SitePage } from "./parseHtml.ts";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { listFiles, pagePath } from "./site.ts";

/** The page a static host serves for any missing address: no link need reach it. */
const NOT_FOUND_PAGE = "404.html";

/** Where the crawl starts: the home page and the 404 page. */
const ENTRY_PAGES = ["/", `/${NOT_FOUND_PAGE}`];

/** Files that crawlers and hosts ask for by name: no page has to link to them. */
const WELL_KNOWN_FILES = ["/robots.txt", "/sitemap.xml"];

/** Element and attribute pairs whose URL the site needs to resolve. */
const REFERENCES: [selector: string, attr: string][] = [
  ["a[href]", "href"],
  ["area[href]", "href"],
  ["link[href]", "href"],
  ["script[src]", "src"],
  ["img[src]", "src"],
  ["img[srcset]", "srcset"],
  ["source[src]", "src"],
  ["source[srcset]", "srcset"],
  ["form[action]", "action"],
];

/** Only these take a reader from page to page; a page reached only by, say, <link rel> is unreachable. */
const FOLLOWED_BY_READERS = new Set(["a", "area", "form"]);

/** A fragment the browser resolves without an element of that id ("#" and "#top": the top of the page). */
const BUILT_IN_FRAGMENTS = new Set(["", "top"]);

interface Reference {
  page: SitePage;
  element: HtmlElement;
  attr: string;
  url: string;
}

/** The URLs of a srcset: each candidate is "url [descriptor]", candidates separated by commas. */
function srcsetUrls(value: string): string[] {
  return value.split(",").map((candidate) => candidate.trim().split(/\s+/)[0] ?? "").filter(Boolean);
}

function referencesOf(page: SitePage): Reference[] {
  return REFERENCES.flatMap(([selector, attr]) =>
    page.root.querySelectorAll(selector).flatMap((element) => {
      const value = attribute(element, attr) ?? "";
      const urls = attr === "srcset" ? srcsetUrls(value) : [value];
      return urls.map((url) => ({ page, element, attr, url }));
    }),
  );
}

/** The site path and fragment a reference points at, or null when it leaves the site (other schemes, other hosts). */
function target(ref: Reference): { path: string; fragment: string | null } | null {
  const url = ref.url.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//")) return null;
  const resolved = new URL(url, `http://site.invalid${ref.page.path}`);
  const hash = resolved.hash.replace(/^#/, "");
  return { path: resolved.pathname, fragment: url.includes("#") ? (decoded(hash) ?? hash) : null };
}

/** A percent-encoded path or fragment decoded, or null when it is malformed. */
function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** The file a site path is served from ("/x/" → "x/index.html"; "/x" → "x", or "x/index.html" when x is a folder). */
function servedFile(files: Set<string>, sitePath: string): string | null {
  const file = decoded(sitePath)?.replace(/^\//, "");
  if (file === undefined) return null;
  if (file === "" || file.endsWith("/")) return files.has(`${file}index.html`) ? `${file}index.html` : null;
  if (files.has(file)) return file;
  return files.has(`${file}/index.html`) ? `${file}/index.html` : null;
}

function where(ref: Reference): string {
  return `${ref.page.path} line ${ref.element.location.line}: <${ref.element.tagName} ${ref.attr}="${ref.url}">`;
}

/**
 * Crawls a built site from its home page and returns every problem found, each naming its page:
 * a link, image, stylesheet, script or form whose target is not in the site (external URLs are
 * not fetched), a "#fragment" with no element of that id on its page, a relative URL on the 404
 * page (served at any address, it would resolve against that address), an HTML page that no
 * chain of links from the home page reaches, and a file that nothing references.
 *
 * The rule for files without a link: the 404 page is an entry point (the host serves it);
 * robots.txt and sitemap.xml are asked for by name, the files of a sitemap index through
 * sitemap.xml; Pagefind's folder is loaded by the search
 * script. Feeds, the JSON export, CSS, scripts and icons must each be referenced by some page
 * (<a>, <link rel>, <script>, <img>), and every other HTML page must be reachable by links a
 * reader can follow.
 */
export async function checkLinks(siteDir: string): Promise<string[]> {
  const pages = await sitePages(siteDir);
  const files = new Set(await listFiles(siteDir));
  const pageByFile = new Map(pages.map((page) => [page.file, page]));
  const idsByFile = new Map(
    pages.map((page) => [page.file, new Set(page.root.querySelectorAll("[id]").map((el) => el.id ?? ""))]),
  );

  // Every page's references are checked, reachable or not; reader links make the graph to crawl.
  const problems: string[] = [];
  const referenced = new Set<string>();
  const readerLinks = new Map<string, string[]>();
  for (const page of pages) {
    const linked: string[] = [];
    for (const ref of referencesOf(page)) {
      const to = target(ref);
      if (to === null) continue;
      if (page.file === NOT_FOUND_PAGE && !/^[/#]/.test(ref.url.trim())) {
        problems.push(`${where(ref)} is relative, but the 404 page is served at any address: start it with /`);
      }
      const file = servedFile(files, to.path);
      if (file === null) {
        problems.push(`${where(ref)} points to ${to.path}, which is not in the site`);
        continue;
      }
      referenced.add(file);
      const ids = idsByFile.get(file);
      if (to.fragment !== null && ids && !BUILT_IN_FRAGMENTS.has(to.fragment) && !ids.has(to.fragment)) {
        problems.push(`${where(ref)} points to #${to.fragment}, but ${pagePath(file)} has no element with that id`);
      }
      if (FOLLOWED_BY_READERS.has(ref.element.tagName)) linked.push(file);
    }
    readerLinks.set(page.file, linked);
  }

  // Breadth-first from the entry pages along the links a reader can follow.
  const queue = ENTRY_PAGES.map((entry) => servedFile(files, entry)).filter((file) => file !== null);
  if (!queue.includes("index.html")) problems.push("/: the site has no home page (index.html)");
  const reached = new Set(queue);
  for (let i = 0; i < queue.length; i++) {
    for (const file of readerLinks.get(queue[i]!) ?? []) {
      if (!reached.has(file)) {
        reached.add(file);
        queue.push(file);
      }
    }
  }

  for (const page of pages) {
    if (!reached.has(page.file)) problems.push(`${page.path}: no link from the home page reaches this page`);
  }
  // A sitemap index (more pages than one sitemap file may list) names its files; they are asked for through it.
  const sitemap = files.has("sitemap.xml") ? await readFile(path.join(siteDir, "sitemap.xml"), "utf8") : "";
  for (const [, file] of sitemap.matchAll(/<sitemap><loc>[^<]*?\/(sitemaps\/[^<]+)<\/loc><\/sitemap>/g)) {
    if (files.has(file!)) referenced.add(file!);
    else problems.push(`/sitemap.xml: lists /${file}, which is not in the site`);
  }
  for (const file of files) {
    const exempt =
      pageByFile.has(file) ||
      WELL_KNOWN_FILES.includes(`/${file}`) ||
      GENERATED_FOLDERS.some((folder) => file.startsWith(folder)) ||
      file.split("/").some((part) => part.startsWith("."));
    if (!exempt && !referenced.has(file)) problems.push(`/${file}: no page links to this file`);
  }
  return problems;
}
