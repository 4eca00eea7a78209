import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";

/** How a problem names the page it is on: its path and query, as a reader would type it. */
function pageName(page: Page): string {
  const url = new URL(page.url());
  return url.protocol === "about:" ? url.href : `${url.pathname}${url.search}`;
}

/**
 * Runs axe-core on the page as it is now and returns one problem per element that breaks a rule.
 * By default all of axe's rules run as they come (WCAG 2.0 to 2.2 A and AA, and its best
 * practices, colour contrast included); none is turned off. `rules` runs only those, for a second
 * look at the same page in other conditions (e.g. contrast in the dark colour scheme). Rules axe
 * cannot decide ("incomplete") are not problems.
 */
export async function checkA11y(page: Page, rules?: string[]): Promise<string[]> {
  // Legacy mode runs axe in the page itself. The default mode opens a blank page on every run to
  // merge results from cross-origin iframes, which the site has none of: the same rules and
  // results (checked on every kind of page), in half the time.
  const axe = new AxeBuilder({ page }).setLegacyMode(true);
  const { violations } = await (rules ? axe.withRules(rules) : axe).analyze();
  return violations.flatMap((rule) =>
    rule.nodes.map((node) => `${pageName(page)}: ${rule.id} (${rule.impact ?? "no impact given"}): ${rule.help}, at ${node.target.join(" ")}`),
  );
}

/**
 * Checks that the page shows its main content and fits the window: one visible <main> with text,
 * a visible <h1> inside it (reading `heading`, when given), and nothing wider than the viewport
 * (no sideways scrolling of the page or its body). Returns the problems, naming the page and,
 * for an overflow, the elements that stick out.
 */
export async function checkLayout(page: Page, heading?: string): Promise<string[]> {
  const name = pageName(page);
  const problems: string[] = [];
  const main = page.locator("main");
  if ((await main.count()) !== 1) return [`${name}: wants one <main>, has ${await main.count()}`];
  if (!(await main.isVisible())) problems.push(`${name}: <main> is not visible`);
  if ((await main.innerText()).trim() === "") problems.push(`${name}: <main> has no text`);
  const h1 = main.locator("h1").first();
  if (!(await h1.isVisible())) problems.push(`${name}: <main> shows no <h1>`);
  else if (heading !== undefined) {
    // textContent, not innerText: a CSS text-transform must not change what we compare.
    const shown = ((await h1.textContent()) ?? "").replace(/\s+/g, " ").trim();
    if (shown !== heading) problems.push(`${name}: the <h1> reads ${JSON.stringify(shown)}, expected ${JSON.stringify(heading)}`);
  }

  // No named functions inside: tsx would wrap them in a helper the page does not have.
  const overflow = await page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    return {
      viewport,
      page: document.documentElement.scrollWidth,
      body: document.body.scrollWidth - document.body.clientWidth,
      wide: [...document.body.querySelectorAll("*")]
        .filter((el) => el.getBoundingClientRect().right > viewport + 0.5)
        .slice(0, 3)
        .map((el) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${[...el.classList].map((c) => `.${c}`).join("")}>`),
    };
  });
  if (overflow.page > overflow.viewport || overflow.body > 0) {
    problems.push(
      `${name}: scrolls sideways (${overflow.page} px of content in a ${overflow.viewport} px window); ` +
        `sticking out: ${overflow.wide.join(", ") || "nothing measurable"}`,
    );
  }
  return problems;
}
