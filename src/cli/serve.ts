import { mkdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import EleventyDevServer from "@11ty/eleventy-dev-server";
import type { Archive } from "../pipeline/schema/index.ts";
import { ARCHIVE_BUILT_EVENT } from "../eleventy/config.ts";
import { ENV, localToday } from "../eleventy/options.ts";
import { parseBuildArgs, UsageError } from "./args.ts";
import { markSite, outDirProblem } from "./outDir.ts";
import { indexArchive } from "./searchIndex.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** The preview server's address: loopback only, never every interface. */
export const HOST = "127.0.0.1";
const PORT = Number(process.env.PORT ?? 8080);

// Eleventy's dev server listens on every interface and has no host option; this one method
// is where it calls listen(), so we pin it to loopback here rather than fork the server.
(EleventyDevServer as unknown as { prototype: { _serverListen(port: number): void; server: { listen(o: object): void } } }).prototype._serverListen = function (port: number) {
  this.server.listen({ port, host: HOST });
};

/**
 * `npm start`: build the seeds, serve them on 127.0.0.1 with live reload, and rebuild when a
 * seed file or a template changes (an unchanged seed is not parsed again: records are cached
 * by content hash).
 */
async function main(argv: readonly string[]): Promise<number> {
  let args;
  try {
    args = parseBuildArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`start: ${error.message}`);
      return 2;
    }
    throw error;
  }
  const seedsDir = path.resolve(args.seeds);
  if (!(await stat(seedsDir).catch(() => null))?.isDirectory()) {
    console.error(`start: seeds folder "${args.seeds}" does not exist or is not a folder`);
    return 2;
  }
  const outDir = path.resolve(args.out);
  const problem = await outDirProblem(outDir, seedsDir, ROOT, args.out);
  if (problem) {
    console.error(`start: ${problem}`);
    return 2;
  }
  // Eleventy never empties its output folder; start from a clean one so no stale page is served.
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await markSite(outDir);
  process.env[ENV.seeds] = seedsDir;
  process.env[ENV.out] = outDir;
  process.env[ENV.buildDay] = args.buildDay ?? localToday();
  process.env[ENV.baseUrl] = args.baseUrl ?? `http://${HOST}:${PORT}`;
  // Rebuilds after an edit reparse only the files that changed.
  process.env[ENV.keepParses] = "1";

  const eleventy = new Eleventy(path.join(ROOT, "templates"), outDir, {
    configPath: path.join(ROOT, ".eleventy.ts"),
    runMode: "serve",
    config(eleventyConfig: { on: (event: string, fn: (a: Archive) => void | Promise<void>) => void }) {
      let archive: Archive | undefined;
      eleventyConfig.on(ARCHIVE_BUILT_EVENT, (a) => {
        archive = a;
        const s = a.stats;
        console.log(`[archive] ${s.stories} stories from ${s.files} files: ${s.dated} dated, ${s.undated} undated; ${s.errors} errors, ${s.warnings} warnings`);
      });
      // Re-index after every rebuild, so the preview's search finds what the pages now say.
      eleventyConfig.on("eleventy.after", async () => {
        if (archive) await indexArchive(outDir, archive.stories).catch((error: Error) => console.error(`[archive] search index failed: ${error.message}`));
      });
    },
  });
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(PORT);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
