import { afterAll, describe, expect, it } from "vitest";
import { checkHtml } from "../helpers/checkHtml.ts";
import { checkLinks } from "../helpers/checkLinks.ts";
import { FIXTURE_SITE_DIR, fixtureSite, replace } from "../helpers/fixtureSite.ts";
import { removeTempDirs } from "../helpers/tmp.ts";

// The link and HTML checks on a tiny hand-written site, broken one way at a time: each break
// must give exactly one problem, naming the page. (site.test.ts runs them on the seeds site.)
afterAll(removeTempDirs);

/** A valid page nothing links to: the only thing wrong with a site it is added to is that. */
const orphanPage = (title: string) => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${title}</title>
  <meta name="description" content="A page that lost its links.">
</head>
<body><main><h1>${title}</h1><p><a href="/">Home</a></p></main></body>
</html>
`;

describe("the link check", () => {
  it("finds nothing wrong with the fixture site", async () => {
    expect(await checkLinks(FIXTURE_SITE_DIR)).toEqual([]);
  });

  it("fails on a link to a page that is not there", async () => {
    const site = await fixtureSite({ "about/index.html": replace("Back home</a>", 'Back home</a> or <a href="/missing/">the archive</a>') });
    expect(await checkLinks(site)).toEqual([
      expect.stringMatching(/^\/about\/ line \d+: <a href="\/missing\/"> points to \/missing\/, which is not in the site$/),
    ]);
  });

  it("fails on an image and a stylesheet that are not there", async () => {
    const site = await fixtureSite({
      "index.html": replace('src="logo.svg"', 'src="logo.png"'),
      "about/index.html": replace('href="../style.css"', 'href="../styles.css"'),
    });
    expect(await checkLinks(site)).toEqual([
      expect.stringMatching(/^\/about\/ line \d+: <link href="\.\.\/styles\.css"> points to \/styles\.css, which is not in the site$/),
      expect.stringMatching(/^\/ line \d+: <img src="logo\.png"> points to \/logo\.png, which is not in the site$/),
    ]);
  });

  it("fails on an image named only in a srcset that is not there", async () => {
    const site = await fixtureSite({ "index.html": replace("/logo.svg 2x", "/logo@2x.svg 2x") });
    expect(await checkLinks(site)).toEqual([expect.stringMatching(/^\/ line \d+: <img srcset="\/logo@2x\.svg"> points to \/logo@2x\.svg,/)]);
  });

  it("fails on a link to an id its page does not have", async () => {
    const site = await fixtureSite({ "index.html": replace("/about/#team", "/about/#staff") });
    expect(await checkLinks(site)).toEqual([
      expect.stringMatching(/^\/ line \d+: <a href="\/about\/#staff"> points to #staff, but \/about\/ has no element with that id$/),
    ]);
  });

  it("fails on a relative link on the 404 page, which the host serves at any address", async () => {
    const site = await fixtureSite({ "404.html": replace('href="/style.css"', 'href="style.css"') });
    expect(await checkLinks(site)).toEqual([
      expect.stringMatching(/^\/404\.html line \d+: <link href="style\.css"> is relative, but the 404 page is served at any address: start it with \/$/),
    ]);
  });

  it("fails on a page that no link reaches, and on a file no page uses", async () => {
    const site = await fixtureSite({ "old/index.html": orphanPage("An old page"), "old.css": "body { color: black; }\n" });
    expect(await checkLinks(site)).toEqual([
      "/old/: no link from the home page reaches this page",
      "/old.css: no page links to this file",
    ]);
  });

  it("does not count a <link rel> as a way for readers to reach a page", async () => {
    const site = await fixtureSite({
      "old/index.html": orphanPage("An old page"),
      "about/index.html": replace("</head>", '<link rel="prev" href="/old/">\n</head>'),
    });
    expect(await checkLinks(site)).toEqual(["/old/: no link from the home page reaches this page"]);
  });
});

describe("the HTML check", () => {
  it("finds nothing wrong with the fixture site", async () => {
    expect(await checkHtml(FIXTURE_SITE_DIR)).toEqual([]);
  });

  it("fails on an element left open", async () => {
    const site = await fixtureSite({ "about/index.html": replace("<h2 id=\"team\">", '<div class="team"><h2 id="team">') });
    const problems = await checkHtml(site);
    expect(problems[0]).toMatch(/^\/about\/ line \d+:\d+: Unclosed element '<div>' \(close-order\)$/);
    // ...and the end tags it leaves unmatched, on the same page.
    for (const problem of problems) expect(problem).toMatch(/^\/about\/ line \d+:\d+: .*\(close-order\)$/);
  });

  it("fails on an id used twice", async () => {
    const site = await fixtureSite({ "index.html": replace('<p class="lede">', '<p class="lede" id="main">') });
    expect(await checkHtml(site)).toEqual([expect.stringMatching(/^\/ line \d+:\d+: Duplicate ID "main" \(no-dup-id\)$/)]);
  });

  it("fails on a title another page has", async () => {
    const site = await fixtureSite({ "about/index.html": replace("<title>About · Fixture archive</title>", "<title>Fixture archive</title>") });
    expect(await checkHtml(site)).toEqual(['/about/, /: share the title "Fixture archive"; each page needs its own']);
  });

  it("fails on a page without a language or a description", async () => {
    const site = await fixtureSite({
      "index.html": replace('<html lang="en">', "<html>"),
      "404.html": replace('<html lang="en">', '<html lang="">'),
      "about/index.html": replace('<meta name="description" content="Who keeps the fixture archive.">', ""),
    });
    expect(await checkHtml(site)).toEqual([
      "/404.html: <html lang> is empty",
      '/about/: has no <meta name="description"> with content',
      '/ line 2:2: <html> is missing required "lang" attribute (element-required-attributes)',
    ]);
  });
});
