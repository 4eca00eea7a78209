import { describe, expect, it } from "vitest";
import { deserialize, serialize } from "node:v8";
import { carryPacked, Packed, packProperty } from "../../../src/pipeline/shape/packed.ts";

const PARAGRAPHS = ["“Miami-Dade is not a sanctuary county,” the mayor said.", "Line two — with an em dash, é and 🙂.", ""];

describe("Packed", () => {
  it("gives back an equal value, a new copy on each read", () => {
    const packed = new Packed({ lines: "a\nb", removed: [{ n: 2, by: ["boilerplate"] }] });
    expect(packed.value).toEqual({ lines: "a\nb", removed: [{ n: 2, by: ["boilerplate"] }] });
    expect(packed.value).not.toBe(packed.value);
  });

  it("holds a story's paragraphs in under half the bytes of their text", () => {
    const text = Array.from({ length: 40 }, (_, i) => `Paragraph ${i}: ${PARAGRAPHS[0]} ${PARAGRAPHS[1]}`);
    expect(new Packed(text).size).toBeLessThan(text.join("").length / 2);
  });
});

describe("packProperty", () => {
  it("keeps the property readable, enumerable and equal, in its place among the keys", () => {
    const story = { record: 1, paragraphs: [...PARAGRAPHS], bodyFormat: "text" };
    packProperty(story, "paragraphs");
    expect(Object.keys(story)).toEqual(["record", "paragraphs", "bodyFormat"]);
    expect(story.paragraphs).toEqual(PARAGRAPHS);
    expect(JSON.parse(JSON.stringify(story))).toEqual({ record: 1, paragraphs: PARAGRAPHS, bodyFormat: "text" });
    expect({ ...story }).toEqual({ record: 1, paragraphs: PARAGRAPHS, bodyFormat: "text" });
    expect(deserialize(serialize(story))).toEqual({ record: 1, paragraphs: PARAGRAPHS, bodyFormat: "text" });
  });

  it("stores a value assigned later as it is", () => {
    const story = { paragraphs: ["old"] };
    packProperty(story, "paragraphs");
    story.paragraphs = ["new"];
    expect(story.paragraphs).toEqual(["new"]);
    expect(Object.getOwnPropertyDescriptor(story, "paragraphs")).toMatchObject({ value: ["new"], writable: true, enumerable: true });
  });
});

describe("carryPacked", () => {
  it("moves a packed property without unpacking it, and a plain one as it is", () => {
    const draft = { paragraphs: [...PARAGRAPHS], original: { lines: "x" } };
    packProperty(draft, "paragraphs");
    const story = { paragraphs: [] as string[], original: { lines: "" } };
    carryPacked(draft, story, "paragraphs");
    carryPacked(draft, story, "original");
    expect(Object.getOwnPropertyDescriptor(story, "paragraphs")!.get).toBeTypeOf("function");
    expect(story.paragraphs).toEqual(PARAGRAPHS);
    expect(Object.getOwnPropertyDescriptor(story, "original")).toMatchObject({ value: { lines: "x" } });
  });
});
