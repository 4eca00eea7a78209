import path from "node:path";
import { fileURLToPath } from "node:url";
import site from "../data/site.json" with { type: "json" };

/** What one build of the site needs to know; the CLI fills it from its arguments. */
export interface SiteOptions {
  seedsDir: string;
  outDir: string;
  baseUrl: string;
  /** The build day (YYYY-MM-DD): the latest plausible story date. Settable for repeatable builds. */
  buildDay: string;
  /** Where story parses are kept between builds (keyed by content and parser version); null for none. */
  cacheDir: string | null;
  /** Keep each build's parses in memory for the next (a watch session); a one-off build does not. */
  keepParses: boolean;
}

/** The default parse cache: `.cache/parsed` in the project (git-ignored). */
export const DEFAULT_CACHE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../.cache/parsed");

/** Environment variables are how the CLI talks to `.eleventy.ts`, so a bare `eleventy` run works too. */
export const ENV = {
  seeds: "ARCHIVE_SEEDS_DIR",
  out: "ARCHIVE_OUT_DIR",
  baseUrl: "ARCHIVE_BASE_URL",
  buildDay: "ARCHIVE_BUILD_DAY",
  /** A folder for the parse cache, or "off". */
  cache: "ARCHIVE_CACHE_DIR",
  /** "1" under `npm start`: keep parses in memory between rebuilds. */
  keepParses: "ARCHIVE_KEEP_PARSES",
} as const;

/** Today's calendar day in local time, as YYYY-MM-DD (no time zone may move it). */
export function localToday(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, "0");
  const d = String(now.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

export function siteOptionsFromEnv(env: NodeJS.ProcessEnv, cwd = process.cwd()): SiteOptions {
  return {
    seedsDir: path.resolve(cwd, env[ENV.seeds] ?? "seeds"),
    outDir: env[ENV.out] ?? "_site",
    baseUrl: (env[ENV.baseUrl] ?? site.baseUrl).replace(/\/+$/, ""),
    buildDay: env[ENV.buildDay] ?? localToday(),
    cacheDir: env[ENV.cache] === "off" ? null : path.resolve(cwd, env[ENV.cache] ?? DEFAULT_CACHE_DIR),
    keepParses: env[ENV.keepParses] === "1",
  };
}
