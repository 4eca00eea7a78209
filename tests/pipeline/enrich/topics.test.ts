import { describe, expect, it } from "vitest";
import { scoreTopics, topicInfo, TOPICS, TOPIC_MAX_PER_STORY } from "../../../src/pipeline/enrich/topics.ts";

describe("scoreTopics", () => {
  it("finds what a story is about and brings a narrow topic's parent", () => {
    const topics = scoreTopics("Sanctuary cities told to comply", "Sanctuary jurisdictions that refuse detainer requests could lose grants. The sanctuary policy ended.");
    expect(topics).toContain("sanctuary-cities");
    expect(topics).toContain("immigration");
  });

  it("gives nothing for a passing mention", () => {
    expect(scoreTopics("Library opens on Sundays", "The library will open on Sundays. A student said it helps.")).toEqual([]);
  });

  it("gives at most a few topics", () => {
    const everything = TOPICS.map((t) => t.name).join(". ") + " police crime jail court judge lawsuit protest rally school student hospital health storm flood";
    expect(scoreTopics("x", everything.repeat(3)).length).toBeLessThanOrEqual(TOPIC_MAX_PER_STORY);
  });

  it("uses the editor's topics instead of scored ones, as slugs", () => {
    expect(scoreTopics("Police arrest", "police police crime", ["Local Politics", "immigration"])).toEqual(["local-politics", "immigration"]);
  });

  it("matches all-capital keywords only in capitals ('ICE', not 'ice')", () => {
    expect(scoreTopics("Roads covered in ice", "ice and ice and more ice on the border roads")).not.toContain("immigration");
  });
});

describe("taxonomy", () => {
  it("has unique slugs and names every topic", () => {
    const slugs = TOPICS.map((t) => t.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const t of TOPICS) expect(topicInfo(t.slug).name).toBe(t.name);
  });

  it("names a topic an editor invented", () => {
    expect(topicInfo("local-politics").name).toBe("Local politics");
  });
});
