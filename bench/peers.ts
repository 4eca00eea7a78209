// The benchmark's peers (bench/run.ts): the corpus's stories as plain Markdown pages, built by
// a bare Eleventy project and by Hugo, each with one minimal template. They do what any static
// site generator must (read, convert Markdown, template, write) and nothing of ours (no parsing
// of dates or names, no topic, entity or calendar pages, no feeds, no search index).
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { CorpusManifest } from "./corpus.ts";
import { onPath } from "./measure.ts";

export type PeerName = "eleventy" | "hugo";
export const PEERS: readonly PeerName[] = ["eleventy", "hugo"];
export const PEER_LABELS: Record<PeerName, string> = { eleventy: "bare Eleventy", hugo: "Hugo" };

/** How to build one peer: the command, its arguments and the folder to run it in. */
export interface PeerBuild {
  command: string;
  args: string[];
  cwd: string;
}

const ELEVENTY_CONFIG = `// One layout for every page; Eleventy's defaults for the rest.
export default function (eleventyConfig) {
  eleventyConfig.addGlobalData("layout", "page.njk");
  return { dir: { input: "content", includes: "_includes" } };
}
`;
const ELEVENTY_LAYOUT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><article><h1>{{ title }}</h1><time>{{ page.date.toISOString().slice(0, 10) }}</time>
{{ content | safe }}</article></body></html>
`;
const HUGO_SINGLE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><article><h1>{{ .Title }}</h1><time>{{ .Date.Format "2006-01-02" }}</time>
{{ .Content }}</article></body></html>
`;
const HUGO_LIST = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><h1>{{ .Title }}</h1><p>{{ len .Pages }} pages</p></body></html>
`;

/**
 * Writes both peer projects under `root`: the stories once, as Markdown with front matter
 * (title and date from the corpus manifest, the article's text as the body) in
 * `root/eleventy/content/stories/`, which Hugo reads as its content folder too.
 */
export function writePeerProjects(root: string, corpusDir: string, manifest: CorpusManifest): { eleventy: string; hugo: string } {
  const eleventy = path.join(root, "eleventy");
  const hugo = path.join(root, "hugo");
  const stories = path.join(eleventy, "content", "stories");
  mkdirSync(stories, { recursive: true });
  mkdirSync(path.join(eleventy, "content", "_includes"), { recursive: true });
  writeFileSync(path.join(eleventy, "eleventy.config.mjs"), ELEVENTY_CONFIG);
  writeFileSync(path.join(eleventy, "content", "_includes", "page.njk"), ELEVENTY_LAYOUT);
  for (const story of manifest.stories) {
    const text = readFileSync(path.join(corpusDir, story.file), "utf8");
    writeFileSync(path.join(stories, story.file.replace(/\.\w+$/, ".md")), `---\ntitle: ${JSON.stringify(story.title)}\ndate: ${story.date}\n---\n\n${bodyOf(text, story.title)}`);
  }
  mkdirSync(path.join(hugo, "layouts", "_default"), { recursive: true });
  writeFileSync(
    path.join(hugo, "hugo.toml"),
    `baseURL = "http://localhost/"\ntitle = "Benchmark"\ncontentDir = ${JSON.stringify(stories)}\nbuildFuture = true\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n`,
  );
  writeFileSync(path.join(hugo, "layouts", "_default", "single.html"), HUGO_SINGLE);
  writeFileSync(path.join(hugo, "layouts", "_default", "list.html"), HUGO_LIST);
  return { eleventy, hugo };
}

/** An article's text without its front matter and without a first line that is its headline. */
function bodyOf(text: string, title: string): string {
  const body = text.startsWith("---\n") ? text.slice(text.indexOf("\n---\n", 4) + 5) : text;
  const trimmed = body.trimStart();
  return trimmed.startsWith(`${title}\n`) ? trimmed.slice(title.length + 1) : trimmed;
}

export function peerBuild(peer: PeerName, project: string, outDir: string, repoRoot: string): PeerBuild {
  if (peer === "eleventy") {
    const cli = path.join(repoRoot, "node_modules", "@11ty", "eleventy", "cmd.cjs");
    return { command: process.execPath, args: [cli, "--config=eleventy.config.mjs", `--output=${outDir}`, "--quiet"], cwd: project };
  }
  return { command: "hugo", args: ["--quiet", "-s", project, "-d", outDir], cwd: project };
}

/**
 * Hugo on PATH, installing Debian's package when it is missing (as root, or with sudo).
 * Returns its version line, or null with the reason when it cannot be had.
 */
export function ensureHugo(log: (line: string) => void): { version: string } | { missing: string } {
  if (!onPath("hugo")) {
    const asRoot = process.getuid?.() === 0;
    if (!asRoot && !onPath("sudo")) return { missing: "hugo is not installed, and installing it needs root or sudo" };
    const apt = (...args: string[]) => spawnSync(asRoot ? "apt-get" : "sudo", asRoot ? args : ["apt-get", ...args], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } }).status === 0;
    log("Installing Hugo (apt-get install -y hugo)…");
    if (!apt("install", "-y", "hugo") && !(apt("update") && apt("install", "-y", "hugo"))) return { missing: "apt-get install -y hugo failed" };
  }
  const version = spawnSync("hugo", ["version"], { encoding: "utf8" });
  return version.status === 0 ? { version: version.stdout.trim() } : { missing: "hugo does not run" };
}
