import { describe, expect, it } from "vitest";
import { BOILERPLATE_RULES, matchBoilerplate } from "../../../src/pipeline/clean/rules.ts";

const removed: Record<string, string[]> = {
  "social-follow": ["Follow CBSMIAMI.COM: Facebook | Twitter", "Facebook | Twitter | Email", "Like us on Facebook"],
  "browser-notice": [
    "Notice: you are using an outdated browser. Microsoft does not recommend using IE as your default browser.",
    "Please enable JavaScript to view this page.",
    "Your browser is out of date. For the best experience, please update to a newer version.",
  ],
  "archived-notice": ["This is an archived article and the information in the article may be outdated. Please look at the time stamp on the story to see when it was last updated."],
  "newsletter-prompt": ["Get our newsletter", "Sign up for our Breaking News newsletter", "Subscribe now"],
  "share-prompt": ["Share on Facebook  Share on Twitter  Email", "Share This Story", "Share", "Print this article", "12 Comments"],
  "wire-blurb": [
    "The AP is one of the largest and most trusted sources of independent newsgathering, supplying a steady stream of news to its members.",
    "Copyright 2023 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.",
    "Copyright 2020 KOLD. All rights reserved.",
  ],
  "image-credit": ["Image via AP", "Photo by Getty Images", "(Credit: CNN)", "Getty Images", "sessions-miami_0816.jpg"],
  "site-notice": [
    "We and our partners store and/or access information on a device, such as cookies, and process personal data.",
    "I ACCEPT    MORE OPTIONS",
    "Cookies on the BBC website",
    "Yes, I agree No, take me to settings",
  ],
  navigation: ["Skip to main content", "Watch CBS News", "Advertisement", "Related Stories", "Read more: Red flag warning issued for mountains", "Heard on Morning Edition", "Listen to this article 4 min", "Posted in Immigration Defense, Criminal Defense", "Let friends in your social network know what you are reading about"],
};

describe("boilerplate rules", () => {
  for (const [id, lines] of Object.entries(removed)) {
    for (const line of lines) {
      it(`${id} removes "${line.slice(0, 50)}"`, () => {
        expect(matchBoilerplate(line)?.id).toBe(id);
      });
    }
  }

  const kept = [
    "MIAMI (CBSMiami) – A number of groups are expected to protest when Attorney General Jeff Sessions stops by Miami.",
    "Sessions didn't provide evidence of a connection between \"sanctuary\" policies and crime rates.",
    "He shared the story with reporters on Facebook and Twitter after the meeting, aides said.",
    "The photo by a county employee showed the damage.",
    "Times staff contributed to this report.",
    "Share prices fell sharply on Tuesday after the company warned of a loss.",
    "I accept the board's decision, but I don't agree with it, she said.",
    "We and our partners at the county will keep residents informed, the mayor said.",
    "Posted in News on June 2, 2021 by Carla Benning",
  ];
  for (const line of kept) {
    it(`keeps article text "${line.slice(0, 50)}"`, () => {
      expect(matchBoilerplate(line)).toBeNull();
    });
  }

  it("has unique rule ids, each with a description", () => {
    const ids = BOILERPLATE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of BOILERPLATE_RULES) expect(r.description.length).toBeGreaterThan(10);
  });
});

describe("promotions", () => {
  it.each(["CLICK HERE TO GET THE FOX NEWS APP", "Download the KOLD News 13 app for alerts", "Have a news tip? Email us", "WATCH: Sessions speaks in Miami", "Continue reading the main story", "Fox News Flash top headlines are here. Check out what's clicking on Foxnews.com."])("removes %s", (line) => {
    expect(matchBoilerplate(line)?.id).toBe("promo");
  });

  it("keeps a sentence that mentions an app", () => {
    expect(matchBoilerplate("The county said residents can download the new app to report potholes, and 4,000 already have.")).toBeNull();
  });
});
