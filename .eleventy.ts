// Wiring only: options come from the environment (set by `npm run build` / `npm start`),
// so a bare `node --import tsx node_modules/@11ty/eleventy/cmd.cjs --config=.eleventy.ts` works too.
import { configureArchive } from "./src/eleventy/config.ts";
import { siteOptionsFromEnv } from "./src/eleventy/options.ts";

export default async function (eleventyConfig: unknown): Promise<{ pathPrefix: string }> {
  return configureArchive(eleventyConfig, siteOptionsFromEnv(process.env));
}
