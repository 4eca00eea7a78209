import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Debian's Chromium (`apt-get install -y chromium`); Playwright's own browser downloads are not available. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const isCI = !["", "0", "false"].includes((process.env.CI ?? "").toLowerCase());

/**
 * Whether browser tests should be skipped: only when Chromium is missing AND we are not in CI.
 * In CI a missing Chromium is a failure (see `launchChromium`), never a silent skip.
 */
export function shouldSkipBrowserTests(): boolean {
  if (existsSync(CHROMIUM_PATH) || isCI) return false;
  console.warn(
    `[browser tests skipped] ${CHROMIUM_PATH} not found. Install it with ` +
      "`apt-get update && apt-get install -y chromium` (or set CHROMIUM_PATH). With CI set they fail instead.",
  );
  return true;
}

/** Launches headless Chromium, failing with a clear message when it is not installed. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: browser tests cannot run. ` +
        "Install it with `apt-get update && apt-get install -y chromium` (.ci/run does this), or set CHROMIUM_PATH.",
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
