import { describe, expect, it } from "vitest";
import { parseBuildArgs, UsageError } from "../../src/cli/args.ts";

describe("parseBuildArgs", () => {
  it("has defaults for a plain `npm run build`", () => {
    expect(parseBuildArgs([])).toEqual({ seeds: "seeds", out: "_site", strict: false, baseUrl: null, buildDay: null, quiet: false, timings: null });
  });

  it("reads every option", () => {
    expect(parseBuildArgs(["--seeds", "in", "--out", "o", "--strict", "--base-url", "https://example.org/archive", "--build-day", "2020-01-02", "--timings", "t.json"])).toMatchObject({
      seeds: "in", out: "o", strict: true, baseUrl: "https://example.org/archive", buildDay: "2020-01-02", timings: "t.json",
    });
  });

  it.each([[["--seed", "x"]], [["--base-url", "example.org"]], [["--build-day", "yesterday"]], [["stray"]]])("rejects %j with a usage error", (argv) => {
    expect(() => parseBuildArgs(argv)).toThrow(UsageError);
  });
});
