import { parseArgs } from "node:util";

export interface BuildArgs {
  seeds: string;
  out: string;
  strict: boolean;
  baseUrl: string | null;
  buildDay: string | null;
  quiet: boolean;
  /** Write the build's phase timings (JSON) to this file, for the benchmark. */
  timings: string | null;
}

/** A problem with the command line itself: exit code 2, one line. */
export class UsageError extends Error {}

export const USAGE = "usage: npm run build -- [--seeds DIR] [--out DIR] [--strict] [--base-url URL] [--build-day YYYY-MM-DD] [--quiet] [--timings FILE]";

export function parseBuildArgs(argv: readonly string[]): BuildArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        seeds: { type: "string", default: "seeds" },
        out: { type: "string", default: "_site" },
        strict: { type: "boolean", default: false },
        "base-url": { type: "string" },
        "build-day": { type: "string" },
        quiet: { type: "boolean", default: false },
        timings: { type: "string" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}; ${USAGE}`);
  }
  const baseUrl = values["base-url"] ?? null;
  if (baseUrl !== null && !/^https?:\/\/[^\s/]+/.test(baseUrl)) {
    throw new UsageError(`--base-url "${baseUrl}" is not an absolute http(s) URL`);
  }
  const buildDay = values["build-day"] ?? null;
  if (buildDay !== null && !/^\d{4}-\d{2}-\d{2}$/.test(buildDay)) {
    throw new UsageError(`--build-day "${buildDay}" is not a YYYY-MM-DD date`);
  }
  return { seeds: values.seeds!, out: values.out!, strict: values.strict!, baseUrl, buildDay, quiet: values.quiet!, timings: values.timings ?? null };
}
