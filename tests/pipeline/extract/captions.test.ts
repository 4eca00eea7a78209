import { describe, expect, it } from "vitest";
import { isCaption } from "../../../src/pipeline/extract/captions.ts";

describe("isCaption", () => {
  it.each([
    "Attorney General Jeff Sessions speaks in Miami on Aug. 16, 2017. (Credit: CNN)",
    "FILE - In this Sept. 10, 2017 file photo, a man walks past damaged homes in Immokalee, Fla. (AP Photo/David Goldman)",
    "Protesters march downtown. (Getty Images)",
    "Photo: Protesters outside PortMiami",
  ])("finds the caption %s", (line) => {
    expect(isCaption(line)).toBe(true);
  });

  it.each([
    "Sessions is traveling to South Florida to deliver a speech on what he says is the growing trend of violent crime.",
    "The change required Immigration and Customs Enforcement (ICE) to reimburse the county.",
  ])("keeps the paragraph %s", (line) => {
    expect(isCaption(line)).toBe(false);
  });
});
