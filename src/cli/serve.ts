import { watch } from "node:fs";
import { lstat, mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import EleventyDevServer from "@11ty/eleventy-dev-server";
import { buildArchiveInContext, type ArchiveContext } from "../pipeline/index.ts";
import { previewStory } from "../pipeline/preview.ts";
import type { Story } from "../pipeline/schema/index.ts";
import { ENV, localToday, siteOptionsFromEnv } from "../eleventy/options.ts";
import { parseBuildArgs, UsageError } from "./args.ts";
import { markSite, outDirProblem } from "./outDir.ts";
import { indexArchive } from "./searchIndex.ts";
import { renderSite, renderStories } from "./render.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** The preview server's address: loopback only, never every interface. */
export const HOST = "127.0.0.1";
const PORT = Number(process.env.PORT ?? 8080);
/** Story pages per Eleventy run of a preview rebuild: small, so a quick pass waits at most one run. */
const PREVIEW_STORIES_PER_RUN = 1000;
/** Changes this close together are taken as one (an editor's save can be several writes). */
const SETTLE_MS = 40;

// Eleventy's dev server listens on every interface and has no host option; this one method
// is where it calls listen(), so we pin it to loopback here rather than fork the server.
(EleventyDevServer as unknown as { prototype: { _serverListen(port: number): void; server: { listen(o: object): void } } }).prototype._serverListen = function (port: number) {
  this.server.listen({ port, host: HOST });
};

/** The parts of Eleventy's dev server the preview uses (it ships no TypeScript types). */
interface DevServer {
  serve(port: number): Promise<void>;
  reload(event: { files?: string[] }): void;
  close(): Promise<void>;
}
const devServer = EleventyDevServer as unknown as { getServer(name: string, dir: string, options: object): DevServer };

/**
 * The preview of `npm start`: the site built once, then kept in step with the seeds and the
 * templates as they change.
 *
 * A saved seed file gets a quick pass first: the file is parsed again, its story remade
 * against the last full build (src/pipeline/preview.ts) and its page alone written, and the
 * browser reloads; this takes well under a second whatever the archive's size. A full rebuild
 * follows, in the background, for everything the edit may change elsewhere (lists, names,
 * events, related stories, feeds, search); it reparses only the files that changed, and the
 * browser reloads again when it is done. An edit during a full rebuild gets its quick pass
 * between two of the rebuild's Eleventy runs, and the rebuild starts again from the new seeds.
 * A template or public/ file that changes gets a full rebuild only.
 */
export class Preview {
  #context: ArchiveContext | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  #rebuilding: Promise<void> | undefined;
  #stale = false;

  constructor(
    private readonly seedsDir: string,
    private readonly outDir: string,
    private readonly reload: (files: string[]) => void,
    private readonly log: (line: string) => void,
  ) {}

  /** The Eleventy runs, one at a time (they share the batch setting of src/eleventy/config.ts). */
  #exclusive = <T>(run: () => Promise<T>): Promise<T> => {
    const result = this.#queue.then(run);
    this.#queue = result.catch(() => undefined);
    return result;
  };

  /** Seed files (relative to the seeds folder) and whether anything else (templates, public/) changed. */
  async changed(seeds: readonly string[], site: boolean): Promise<void> {
    if (seeds.length > 0 && !site) await this.#quickPass(seeds);
    this.rebuild();
  }

  /** Starts a full rebuild, or asks the one running to start again; resolves when the site is up to date. */
  rebuild(): Promise<void> {
    this.#stale = true;
    this.#rebuilding ??= this.#rebuildUntilCurrent().finally(() => (this.#rebuilding = undefined));
    return this.#rebuilding;
  }

  async #rebuildUntilCurrent(): Promise<void> {
    while (this.#stale) {
      this.#stale = false;
      const start = performance.now();
      try {
        const options = siteOptionsFromEnv(process.env);
        const context = await buildArchiveInContext({ seedsDir: this.seedsDir, buildDay: options.buildDay, cacheDir: options.cacheDir, keepInMemory: true });
        if (this.#stale) continue;
        this.#context = context;
        const { complete, written } = await renderSite(this.outDir, context.archive, { perRun: PREVIEW_STORIES_PER_RUN, exclusive: this.#exclusive, stale: () => this.#stale });
        if (!complete) continue;
        await removeUnwritten(this.outDir, new Set(written));
        // Re-indexed after every rebuild, so the preview's search finds what the pages now say.
        await indexArchive(this.outDir, context.archive.stories).catch((error: Error) => this.log(`[archive] search index failed: ${error.message}`));
        const s = context.archive.stats;
        this.log(`[archive] ${s.stories} stories from ${s.files} files: ${s.dated} dated, ${s.undated} undated; ${s.errors} errors, ${s.warnings} warnings; site rebuilt in ${seconds(start)} s`);
        this.reload([]);
      } catch (error) {
        // The site stays as it was; the next change tries again.
        this.log(`[archive] rebuild failed, the preview shows the last good build: ${(error as Error).message}`);
      }
    }
  }

  /**
   * Each edited story's page, written from the edited file alone. A story whose new headline or
   * date moved it leaves a page at its old address that forwards to the new one, so the browser
   * that reloads there follows it; the rebuild removes that page with every other it no longer writes.
   */
  async #quickPass(seeds: readonly string[]): Promise<void> {
    const context = this.#context;
    if (!context) return;
    const start = performance.now();
    const stories: Story[] = [];
    for (const file of seeds) {
      const full = path.join(this.seedsDir, file);
      // Gone, a folder or a link: the full rebuild decides what it is.
      const info = await lstat(full).catch(() => null);
      if (!info?.isFile()) continue;
      const story = previewStory(context, { path: file, bytes: new Uint8Array(await readFile(full)) });
      if (story) stories.push(story);
    }
    if (stories.length === 0) return;
    try {
      await this.#exclusive(() => renderStories(this.outDir, context.archive, stories));
      for (const story of stories) {
        const from = context.archive.stories.find((s) => s.record.sourceFile === story.record.sourceFile)!.record.url;
        if (from !== story.record.url) await writeFile(path.join(this.outDir, from, "index.html"), movedPage(from, story.record.url));
      }
    } catch (error) {
      this.log(`[archive] quick update failed (${(error as Error).message}); the full rebuild follows`);
      return;
    }
    this.log(`[archive] ${stories.map((s) => s.record.url).join(", ")} rewritten in ${seconds(start)} s; rebuilding the rest`);
    this.reload(stories.map((s) => path.join(this.outDir, s.record.url, "index.html")));
  }
}

/**
 * A page at a story's old address that sends the browser to its new one. The link is relative,
 * so it holds under any base path; addresses are made of slugs, so they need no escaping.
 */
export function movedPage(from: string, to: string): string {
  const href = `${path.posix.relative(from, to)}/`;
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Story moved</title><meta http-equiv="refresh" content="0; url=${href}"></head>
<body><p>This story has a new address: <a href="${href}">${to}</a>. The preview is rebuilding the rest of the site.</p></body>
</html>
`;
}

/**
 * Pages a rebuild did not write: a story whose headline or date changed has moved, a name or
 * topic no story has any longer has no page. Eleventy never removes what it wrote before, so
 * the preview would go on serving them.
 */
async function removeUnwritten(outDir: string, written: ReadonlySet<string>): Promise<void> {
  const pages = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith(".html")).map((f) => path.join(outDir, f));
  const publicFiles = new Set((await readdir(path.join(ROOT, "public"), { recursive: true })).map((f) => path.join(outDir, f)));
  await Promise.all(pages.filter((page) => !written.has(page) && !publicFiles.has(page)).map((page) => rm(page, { force: true })));
}

/**
 * `npm start`: build the seeds, serve them on 127.0.0.1 with live reload, and keep the site in
 * step with the seeds and templates as they change (see Preview).
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
  const baseUrl = args.baseUrl ?? `http://${HOST}:${PORT}`;
  process.env[ENV.seeds] = seedsDir;
  process.env[ENV.out] = outDir;
  process.env[ENV.buildDay] = args.buildDay ?? localToday();
  process.env[ENV.baseUrl] = baseUrl;

  const server = devServer.getServer("news-archive", outDir, { pathPrefix: new URL(`${baseUrl}/`).pathname });
  const preview = new Preview(seedsDir, outDir, (files) => server.reload({ files }), console.log);

  // Seeds, templates and public/: changes that arrive together are handled together.
  const templates = path.join(ROOT, "templates");
  const pending = { seeds: new Set<string>(), site: false };
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    const seeds = [...pending.seeds];
    const site = pending.site;
    pending.seeds.clear();
    pending.site = false;
    if (seeds.length > 0 || site) void preview.changed(seeds, site);
  };
  const onChange = (record: (name: string) => void) => (_event: string, name: string | Buffer | null) => {
    if (name === null) return;
    record(name.toString().split(path.sep).join("/"));
    clearTimeout(timer);
    timer = setTimeout(flush, SETTLE_MS);
  };
  const watchers = [
    watch(seedsDir, { recursive: true }, onChange((name) => void (name.split("/").some((part) => part.startsWith(".")) || pending.seeds.add(name)))),
    watch(templates, { recursive: true }, onChange(() => (pending.site = true))),
    watch(path.join(ROOT, "public"), { recursive: true }, onChange(() => (pending.site = true))),
  ];
  process.once("SIGTERM", () => {
    for (const w of watchers) w.close();
    void server.close().finally(() => process.exit(0));
  });

  await preview.rebuild();
  await server.serve(PORT);
  console.log(`[archive] Watching ${path.relative(process.cwd(), seedsDir) || "."}, templates/ and public/; an edited seed's page is rewritten first, the rest of the site after it`);
  return 0;
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(2);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = await main(process.argv.slice(2));
}
