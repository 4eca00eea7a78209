import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** The code and data a parse depends on: a change to any of them makes every cached parse stale. */
const PARSER_FOLDERS = ["pipeline", "data"];
/** Libraries whose output a parse holds (dates, names, Markdown, front matter). */
const PARSER_LIBRARIES = ["chrono-node", "compromise", "marked", "gray-matter", "js-yaml", "sanitize-html"];

let version: string | undefined;

/**
 * A fingerprint of the parser: the text of every file under src/pipeline and src/data and the
 * versions of the libraries it calls. Cached parses are kept under it, so no parse made by
 * other code is ever reused. Computed once per process (the code does not change under it).
 */
export function parserVersion(): string {
  if (version) return version;
  const hash = createHash("sha256");
  for (const folder of PARSER_FOLDERS) {
    for (const file of listFiles(path.join(SRC, folder))) hash.update(`${path.relative(SRC, file)}\0`).update(readFileSync(file)).update("\0");
  }
  for (const name of PARSER_LIBRARIES) hash.update(`${name}@${libraryVersion(name)}\0`);
  version = hash.digest("hex").slice(0, 16);
  return version;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => (entry.isDirectory() ? listFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}

/** The installed version of a library, read from its package.json (not every package exports that file). */
function libraryVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(SRC, "..", "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "unknown";
  }
}
