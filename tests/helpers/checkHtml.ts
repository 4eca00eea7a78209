import { HtmlValidate } from "html-validate";
import { attribute, sitePages, text } from "./parseHtml.ts";

/**
 * What "valid" means here: html-validate's `standard` preset (the rules of the HTML standard:
 * content models, nesting, closed elements, unique ids, allowed attributes and values, and no
 * rule of style), plus a doctype and no aria-labelledby/for/… pointing at an id that is not there.
 */
const validator = new HtmlValidate({
  extends: ["html-validate:standard"],
  rules: { "missing-doctype": "error", "no-missing-references": "error" },
});

/**
 * Validates every HTML page of a built site and returns its problems, each naming its page:
 * html-validate's errors (with line and column; a missing `<html lang>` is one), an empty
 * `<html lang>`, a missing or empty `<title>` or `<meta name="description">`, and a title that
 * another page has too.
 */
export async function checkHtml(siteDir: string): Promise<string[]> {
  const problems: string[] = [];
  const pagesByTitle = new Map<string, string[]>();

  for (const page of await sitePages(siteDir)) {
    const report = await validator.validateString(page.html, page.file);
    for (const message of report.results.flatMap((result) => result.messages)) {
      problems.push(`${page.path} line ${message.line}:${message.column}: ${message.message} (${message.ruleId})`);
    }

    // A missing lang is the validator's (element-required-attributes); an empty one it lets through.
    if (attribute(page.root.querySelector("html") ?? page.root, "lang")?.trim() === "") {
      problems.push(`${page.path}: <html lang> is empty`);
    }
    const titles = page.root.querySelectorAll("head > title").map(text);
    const title = titles[0] ?? "";
    if (titles.length !== 1 || title === "") problems.push(`${page.path}: wants one non-empty <title>, has ${JSON.stringify(titles)}`);
    else pagesByTitle.set(title, [...(pagesByTitle.get(title) ?? []), page.path]);
    const description = page.root.querySelector('head > meta[name="description"]');
    if (!description || !attribute(description, "content")?.trim()) {
      problems.push(`${page.path}: has no <meta name="description"> with content`);
    }
  }

  for (const [title, paths] of pagesByTitle) {
    if (paths.length > 1) problems.push(`${paths.join(", ")}: share the title "${title}"; each page needs its own`);
  }
  return problems;
}
