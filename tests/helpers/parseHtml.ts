import { readFile } from "node:fs/promises";
import path from "node:path";
import { type HtmlElement, Parser, StaticConfigLoader } from "html-validate";
import { decodeEntities, listFiles, pagePath } from "./site.ts";

// html-validate's parser, which the HTML check already depends on: a real HTML tokenizer with
// line numbers, so the site checks need no second parser and no regular expressions over markup.
// It keeps entities as written; `attribute()` and `text()` decode them.
let parser: Parser | undefined;

/** The document tree of `html`; `filename` is what element locations name. */
export async function parseHtml(html: string, filename = "inline"): Promise<HtmlElement> {
  parser ??= new Parser(await new StaticConfigLoader().getConfigFor(filename));
  return parser.parseHtml({ data: html, filename, line: 1, column: 1, offset: 0 });
}

/** An attribute's value with entities decoded; null when the element does not have it. */
export function attribute(element: HtmlElement, name: string): string | null {
  const value = element.getAttributeValue(name);
  return value === null ? null : decodeEntities(value);
}

/** An element's text with entities decoded and spaces collapsed. */
export function text(element: HtmlElement): string {
  return decodeEntities(element.textContent).replace(/\s+/g, " ").trim();
}

export interface SitePage {
  /** The file, relative to the site folder: "about/index.html". */
  file: string;
  /** The path it is served at: "/about/". */
  path: string;
  html: string;
  root: HtmlElement;
}

/** Folders of a built site that hold no pages of ours: Pagefind writes its own index there. */
export const GENERATED_FOLDERS = ["pagefind/"];

/** Every HTML page of a site folder (outside the generated folders), read and parsed. */
export async function sitePages(siteDir: string): Promise<SitePage[]> {
  const files = (await listFiles(siteDir)).filter(
    (file) => file.endsWith(".html") && !GENERATED_FOLDERS.some((folder) => file.startsWith(folder)),
  );
  return Promise.all(
    files.map(async (file) => {
      const html = await readFile(path.join(siteDir, file), "utf8");
      return { file, path: pagePath(file), html, root: await parseHtml(html, file) };
    }),
  );
}
