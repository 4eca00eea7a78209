import { describe, expect, it } from "vitest";
import { jsonLd, newsArticle } from "../../src/eleventy/structuredData.ts";
import { record } from "../helpers/records.ts";

const SITE = { title: "Test Archive", baseUrl: "https://example.org/archive", language: "en" };

describe("jsonLd", () => {
  const hostile = "</script><script>alert(1)</script> <!-- & \u2028\u2029";

  it("escapes <, >, & and the JavaScript line separators", () => {
    const out = jsonLd({ headline: hostile });
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(out).toContain("\\u003c/script\\u003e");
    expect(out).toContain("\\u0026");
    expect(out).toContain("\\u2028\\u2029");
  });

  it("still parses back to the same value", () => {
    const value = { headline: hostile, nested: [{ name: "A & B <c>" }] };
    expect(JSON.parse(jsonLd(value))).toEqual(value);
  });
});

describe("newsArticle", () => {
  it("describes a dated story with its publisher, author, topics and absolute URLs", () => {
    const article = newsArticle(record(), SITE);
    expect(article).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "Council Meets",
      datePublished: "2017-08-16",
      url: "https://example.org/archive/stories/2017/08/16/council-meets/",
      publisher: { "@type": "Organization", name: "Miami Herald" },
      author: [{ "@type": "Person", name: "Jane Roe" }],
      about: [{ "@type": "Thing", name: "Immigration", url: "https://example.org/archive/topics/immigration/" }],
    });
  });

  it("gives the date only as far as it is known", () => {
    expect(newsArticle(record({ date: "2017-08-01", datePrecision: "month" }), SITE).datePublished).toBe("2017-08");
    expect(newsArticle(record({ date: "2017-01-01", datePrecision: "year" }), SITE).datePublished).toBe("2017");
  });

  it("has no datePublished at all for an undated story", () => {
    const article = newsArticle(record({ date: null, datePrecision: "unknown", dateSource: "none", dateConfidence: "none" }), SITE);
    expect(article).not.toHaveProperty("datePublished");
  });

  it("names people, places and organisations as mentions, and leaves out what is unknown", () => {
    const article = newsArticle(record({ outlet: null, byline: null, people: ["Jeff Sessions"], places: ["Miami"], organizations: ["ICE"] }), SITE);
    expect(article.mentions).toEqual([
      { "@type": "Person", name: "Jeff Sessions" },
      { "@type": "Place", name: "Miami" },
      { "@type": "Organization", name: "ICE" },
    ]);
    expect(article).not.toHaveProperty("publisher");
    expect(article).not.toHaveProperty("author");
  });

  it("credits the outlet when the byline names a desk, not a person", () => {
    expect(newsArticle(record({ byline: "Staff Report" }), SITE).author).toEqual([{ "@type": "Organization", name: "Miami Herald" }]);
  });
});
