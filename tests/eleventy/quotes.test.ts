import { describe, expect, it } from "vitest";
import { storyQuotes } from "../../src/eleventy/quotes.ts";
import { story } from "../helpers/records.ts";

describe("storyQuotes", () => {
  it("links a speaker the story names among its people or organizations, in the story's order", () => {
    const s = story({
      quotes: [
        { speaker: "Jeff Sessions", text: "Work with us." },
        { speaker: "U.S. Conference of Mayors", text: "We stand with Chicago." },
        { speaker: "Someone Else", text: "Not linked." },
        { speaker: null, text: "No one named." },
      ],
    });
    s.links.people = [{ name: "Jeff Sessions", url: "/people/jeff-sessions/" }];
    s.links.organizations = [{ name: "U.S. Conference of Mayors", url: "/organizations/u-s-conference-of-mayors/" }];
    expect(storyQuotes(s)).toEqual([
      { text: "Work with us.", speaker: "Jeff Sessions", speakerUrl: "/people/jeff-sessions/" },
      { text: "We stand with Chicago.", speaker: "U.S. Conference of Mayors", speakerUrl: "/organizations/u-s-conference-of-mayors/" },
      { text: "Not linked.", speaker: "Someone Else", speakerUrl: null },
      { text: "No one named.", speaker: null, speakerUrl: null },
    ]);
  });

  it("prefers the person's page when a person and an organization share the name", () => {
    const s = story({ quotes: [{ speaker: "Miami", text: "Hello." }] });
    s.links.people = [{ name: "Miami", url: "/people/miami/" }];
    s.links.organizations = [{ name: "Miami", url: "/organizations/miami/" }];
    expect(storyQuotes(s)[0]!.speakerUrl).toBe("/people/miami/");
  });

  it("gives nothing for a story without quotations", () => {
    expect(storyQuotes(story())).toEqual([]);
  });
});
