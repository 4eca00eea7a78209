import matter from "gray-matter";
import yaml from "js-yaml";
import { z } from "zod";
import type { Message } from "../schema/index.ts";
import { message } from "../report/messages.ts";
import type { Line } from "../clean/normalize.ts";
import { isRealDay, plausible } from "./dates.ts";

/** Front-matter fields an editor may set; each overrides what the parser would infer. */
export const frontMatterSchema = z.object({
  title: z.string().trim().min(1).optional(),
  date: z.string().optional(),
  outlet: z.string().trim().min(1).optional(),
  byline: z.string().trim().min(1).optional(),
  author: z.string().trim().min(1).optional(),
  dateline: z.string().trim().min(1).optional(),
  slug: z.string().trim().min(1).optional(),
  summary: z.string().trim().min(1).optional(),
  topics: z.array(z.string()).optional(),
  tags: z.array(z.string()).optional(),
  url: z.string().optional(),
  source: z.string().optional(),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;

export interface FrontMatterResult {
  data: FrontMatter;
  /** The day the front matter gives, when valid. */
  date: { value: string; precision: "day" | "month" | "year"; line: number; raw: string } | null;
  /** Index into `lines` of the first line after the closing delimiter (0 when there is none). */
  bodyStart: number;
  /** False when the front matter was unusable and the file must not become a story. */
  ok: boolean;
  messages: Message[];
}

const DELIMITER = "---";
const CLOSERS = new Set(["---", "..."]);
/**
 * Other names for the same fields, as other tools write them (Jekyll, Hugo, web clippers,
 * feed exporters): the first one present fills a field the editor did not set by its own name.
 */
export const FRONT_MATTER_ALIASES: Record<string, readonly string[]> = {
  title: ["headline"],
  date: ["published", "pubDate", "pubdate", "publishDate", "publish_date", "date_published", "publication_date", "datePublished"],
  outlet: ["site", "site_name", "publisher", "publication", "source_name", "newspaper"],
  byline: ["authors", "creator"],
  summary: ["description", "excerpt", "dek"],
  topics: ["categories", "keywords"],
};
/** Keys other tools write that say nothing we use (the day a page was clipped is not its date). */
const IGNORED_KEYS = new Set(["created", "clipped", "modified", "updated", "lastmod", "layout", "permalink", "draft", "image", "lang", "id", "aliases", "cover"]);
const KNOWN_KEYS = new Set([...Object.keys(frontMatterSchema.shape), ...Object.values(FRONT_MATTER_ALIASES).flat(), ...IGNORED_KEYS]);

/** Move aliased values to their field, unless the field is set under its own name. */
function resolveAliases(raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key in frontMatterSchema.shape) out[key] = value;
  }
  for (const [field, aliases] of Object.entries(FRONT_MATTER_ALIASES)) {
    if (out[field] !== undefined) continue;
    const alias = aliases.find((a) => raw[a] !== undefined);
    if (alias) out[field] = raw[alias];
  }
  return out;
}

/**
 * gray-matter with js-yaml's core schema: timestamps stay the strings the editor wrote (the
 * default schema turns `2017-08-16T23:30:00-04:00` into a UTC instant, a day later), and
 * an impossible day is not rolled over into the next month.
 */
const MATTER_OPTIONS = { engines: { yaml: (s: string) => yaml.load(s, { schema: yaml.CORE_SCHEMA }) as object } };

/** Keys whose list values are lists of names or slugs. */
const LIST_KEYS = new Set(["topics", "tags", "categories", "keywords"]);

/**
 * Make an editor's values fit the schema without losing meaning: an empty value is absent,
 * numbers and booleans are text (`title: 1984`), "a, b" lists are split, an author list is
 * joined.
 */
function tidy(raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === null || value === undefined || value === "") continue;
    const scalar = (v: unknown) => (typeof v === "number" || typeof v === "boolean" ? String(v) : v);
    if (LIST_KEYS.has(key)) {
      const list = Array.isArray(value) ? value.map(scalar) : String(scalar(value)).split(",");
      out[key] = list.map((x) => (typeof x === "string" ? x.trim() : x)).filter((x) => x !== "" && x !== null);
    } else if (Array.isArray(value) && ["author", "byline", "authors", "creator"].includes(key)) {
      out[key] = value.map((v) => String(scalar(v)).replace(/^\[\[|\]\]$/g, "")).join(", ");
    } else {
      const v = scalar(value);
      // Web clippers write wiki links: "[[Office of University Communications]]".
      out[key] = typeof v === "string" ? v.replace(/^\[\[(.*)\]\]$/, "$1") : v;
    }
  }
  return out;
}

/**
 * Read YAML front matter with gray-matter. In a Markdown file a broken block is an error with
 * its file line (the editor meant something we cannot read) and unknown keys are warnings. In
 * a plain-text file a leading `---` is more often a rule than front matter, so a block counts
 * only when it parses as keys we know.
 */
export function readFrontMatter(file: string, lines: readonly Line[], options: { markdown: boolean; buildDay: string } = { markdown: true, buildDay: "9999-12-31" }): FrontMatterResult {
  const none: FrontMatterResult = { data: {}, date: null, bodyStart: 0, ok: true, messages: [] };
  if (lines[0]?.original.replace(/^\uFEFF/, "").trimEnd() !== DELIMITER) return none;
  const close = lines.findIndex((l, i) => i > 0 && CLOSERS.has(l.original.trimEnd()));
  if (close === -1) {
    if (!options.markdown) return none;
    return { ...none, ok: false, messages: [message("error", "front-matter/unclosed", file, 1, "Unexpected end of file in front matter, expected a closing `---` line")] };
  }
  const yamlText = lines.slice(1, close).map((l) => l.original).join("\n");
  let parsedYaml: unknown;
  try {
    // Passing options also turns off gray-matter's shared cache, which would hand one object to two files.
    parsedYaml = matter(`---\n${yamlText}\n---\n`, MATTER_OPTIONS as never).data;
  } catch (error) {
    if (!options.markdown) return none;
    const mark = (error as { mark?: { line?: number; column?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message.split("\n")[0];
    const line = typeof mark?.line === "number" ? mark.line + 2 : 1;
    const column = typeof mark?.column === "number" ? mark.column + 1 : null;
    return { ...none, bodyStart: close + 1, ok: false, messages: [message("error", "front-matter/yaml", file, line, `Invalid YAML front matter: ${reason}`, column)] };
  }
  // A block that is not a map of keys (a horizontal rule around text) is not front matter.
  if (typeof parsedYaml !== "object" || parsedYaml === null || Array.isArray(parsedYaml)) return none;
  const raw = tidy(parsedYaml as Record<string, unknown>);
  if (!options.markdown && !Object.keys(raw).some((k) => KNOWN_KEYS.has(k))) return none;
  const messages: Message[] = [];
  const lineOfKey = (key: string) => {
    const re = new RegExp(`^\\s*["']?${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?\\s*:`);
    const i = lines.slice(1, close).findIndex((l) => re.test(l.original));
    return i === -1 ? 1 : i + 2;
  };
  for (const key of Object.keys(raw)) {
    if (!KNOWN_KEYS.has(key)) {
      messages.push(message("warning", "front-matter/unknown-key", file, lineOfKey(key), `Unknown front-matter key "${key}", expected one of ${[...KNOWN_KEYS].join(", ")}`));
    }
  }
  const parsed = frontMatterSchema.safeParse(resolveAliases(raw));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "");
      messages.push(message("error", "front-matter/invalid", file, lineOfKey(key), `Invalid front-matter "${key}": ${issue.message}`));
    }
    return { ...none, bodyStart: close + 1, ok: false, messages };
  }
  const data = parsed.data;
  let date: FrontMatterResult["date"] = null;
  if (data.date !== undefined) {
    const day = frontMatterDay(data.date);
    const line = [ "date", ...FRONT_MATTER_ALIASES.date! ].map(lineOfKey).find((n) => n > 1) ?? 1;
    if (day === null) {
      messages.push(message("error", "front-matter/invalid-date", file, line, `Invalid front-matter date "${data.date}", expected YYYY-MM-DD (or YYYY-MM, or YYYY), optionally with a time`));
      return { ...none, bodyStart: close + 1, ok: false, messages };
    }
    if (!plausible(day.value, options.buildDay)) {
      messages.push(message("warning", "front-matter/implausible-date", file, line, `Ignored the front-matter date "${data.date}": not between 1800 and the build day (${options.buildDay})`));
    } else {
      date = { ...day, line, raw: lines[line - 1]?.text ?? `date: ${data.date}` };
    }
  }
  return { data, date, bodyStart: close + 1, ok: true, messages };
}

/** A day, a month or a year, as the editor wrote it; a time after the day is allowed and ignored. */
function frontMatterDay(value: string): { value: string; precision: "day" | "month" | "year" } | null {
  const m = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}))?)?\s*$/.exec(value);
  if (!m) return null;
  const [, y, mo, d] = m;
  if (mo && (Number(mo) < 1 || Number(mo) > 12)) return null;
  if (d) return isRealDay(`${y}-${mo}-${d}`) ? { value: `${y}-${mo}-${d}`, precision: "day" } : null;
  if (mo) return { value: `${y}-${mo}-01`, precision: "month" };
  return { value: `${y}-01-01`, precision: "year" };
}
