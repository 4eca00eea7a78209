import { describe, expect, it } from "vitest";
import { outletFromCode, outletFromSignatures } from "../../../src/pipeline/extract/outlet.ts";

describe("outletFromCode", () => {
  it("maps known dateline codes, first outlet first", () => {
    expect(outletFromCode("CBSMiami")).toBe("CBS Miami");
    expect(outletFromCode("CBSLA.com/AP")).toBe("CBS Los Angeles");
    expect(outletFromCode("AP")).toBe("Associated Press");
  });

  it("keeps an unknown code as the outlet wrote it", () => {
    expect(outletFromCode("WKMG")).toBe("WKMG");
    expect(outletFromCode("KTXL.com")).toBe("KTXL");
  });
});

describe("outletFromSignatures", () => {
  it("finds an outlet by its signature lines", () => {
    expect(outletFromSignatures(["date 2017-08-16 Follow CBSMIAMI.COM: Facebook | Twitter"])?.name).toBe("CBS Miami");
    expect(outletFromSignatures(["The AP is one of the largest and most trusted sources"])?.name).toBe("Associated Press");
  });

  it("guesses nothing from a mere mention", () => {
    expect(outletFromSignatures(["CNN reported that the memo narrowed the definition.", "Image via AP"])).toBeNull();
  });
});
