import { marked } from "marked";
import sanitizeHtml from "sanitize-html";
import type { Story } from "../../pipeline/schema/index.ts";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Tags an editor's Markdown may produce; anything else (script, iframe, event handlers) is dropped. */
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ["p", "a", "em", "strong", "blockquote", "ul", "ol", "li", "h2", "h3", "h4", "code", "pre", "br", "hr", "figure", "figcaption", "img"],
  allowedAttributes: { a: ["href", "title"], img: ["src", "alt", "title"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href", "src"],
  // Images only from the archive itself: a page (or a feed reader) must not fetch third-party
  // pixels because an editor pasted one.
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
  // Headings in the body sit under the page's own h1.
  transformTags: { h1: "h2" },
};

/**
 * The clean body as HTML. Plain-text articles are never read as Markdown (a line starting
 * "#IMPEACH" is not a heading); Markdown from an editor goes through marked and is sanitised.
 */
export function bodyHtml(story: Story): string {
  if (story.bodyFormat === "markdown") {
    const html = marked.parse(story.paragraphs.join("\n\n"), { async: false, gfm: true });
    return sanitizeHtml(html, SANITIZE);
  }
  return story.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n");
}
