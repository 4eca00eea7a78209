import { describe, expect, it } from "vitest";
import { actualRecord, expectedRecord, goldenCases } from "./golden.ts";

describe("golden fixtures: input file -> expected story record", () => {
  for (const c of goldenCases()) {
    it(c.name, () => {
      const expected = expectedRecord(c);
      expect(expected, `${c.expectedPath} is missing; run npm run golden:update and review it`).not.toBeNull();
      expect(actualRecord(c)).toEqual(expected);
    });
  }
});
