import { describe, expect, it } from "vitest";
import { bodyHtml, escapeHtml } from "../../src/eleventy/filters/body.ts";
import { displayDate, monthName } from "../../src/eleventy/filters/dates.ts";
import type { Story } from "../../src/pipeline/schema/index.ts";

describe("displayDate", () => {
  it("shows a date at the precision we know it", () => {
    expect(displayDate("2017-08-16", "day")).toBe("16 August 2017");
    expect(displayDate("2017-08-01", "month")).toBe("August 2017");
    expect(displayDate("2017-01-01", "year")).toBe("2017");
    expect(displayDate(null, "unknown")).toBe("Undated");
    expect(monthName("2017-08")).toBe("August 2017");
  });

  it("never moves the day, whatever the time zone", () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ["America/Los_Angeles", "Pacific/Kiritimati", "UTC"]) {
        process.env.TZ = tz;
        expect(displayDate("2017-01-01", "day")).toBe("1 January 2017");
      }
    } finally {
      process.env.TZ = saved;
    }
  });
});

describe("bodyHtml", () => {
  const story = (bodyFormat: Story["bodyFormat"], paragraphs: string[]) => ({ bodyFormat, paragraphs }) as unknown as Story;

  it("escapes plain text and never reads it as Markdown", () => {
    expect(bodyHtml(story("text", ["#IMPEACH <script>alert(1)</script> & *not em*"]))).toBe("<p>#IMPEACH &lt;script&gt;alert(1)&lt;/script&gt; &amp; *not em*</p>");
  });

  it("renders Markdown and strips scripts, event handlers and javascript: links", () => {
    const html = bodyHtml(story("markdown", ["**Bold** [x](javascript:alert(1)) <img src=x onerror=alert(1)> <script>alert(2)</script>"]));
    expect(html).toContain("<strong>Bold</strong>");
    expect(html).not.toMatch(/javascript:|onerror|<script/i);
  });

  it("keeps images from the archive itself, and drops those from other sites", () => {
    const html = bodyHtml(story("markdown", ["![local](/img/map.png) ![pixel](https://tracker.example/p.gif) ![agnostic](//tracker.example/p.gif)"]));
    expect(html).toContain('src="/img/map.png"');
    expect(html).not.toContain("tracker.example");
  });

  it("escapes all five HTML-special characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });
});
