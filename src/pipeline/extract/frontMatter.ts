import matter from "gray-matter";
import { z } from "zod";
import type { Message } from "../schema/index.ts";
import { message } from "../report/messages.ts";
import type { Line } from "../clean/normalize.ts";

/** Front-matter fields an editor may set; each overrides what the parser would infer. */
export const frontMatterSchema = z.object({
  title: z.string().trim().min(1).optional(),
  date: z.union([z.string(), z.date()]).optional(),
  outlet: z.string().trim().min(1).optional(),
  byline: z.string().trim().min(1).optional(),
  author: z.string().trim().min(1).optional(),
  dateline: z.string().trim().min(1).optional(),
  slug: z.string().trim().min(1).optional(),
  summary: z.string().trim().min(1).optional(),
  topics: z.union([z.array(z.string()), z.string()]).optional(),
  tags: z.union([z.array(z.string()), z.string()]).optional(),
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
const KNOWN_KEYS = new Set(Object.keys(frontMatterSchema.shape));

/**
 * Read YAML front matter with gray-matter. Errors carry the file line: a broken block makes the
 * file an error (the editor meant something we cannot read), unknown keys are warnings.
 */
export function readFrontMatter(file: string, lines: readonly Line[]): FrontMatterResult {
  const none: FrontMatterResult = { data: {}, date: null, bodyStart: 0, ok: true, messages: [] };
  if (lines[0]?.original.replace(/^\uFEFF/, "").trimEnd() !== DELIMITER) return none;
  const close = lines.findIndex((l, i) => i > 0 && CLOSERS.has(l.original.trimEnd()));
  if (close === -1) {
    return { ...none, ok: false, messages: [message("error", "front-matter/unclosed", file, 1, "Unexpected end of file in front matter, expected a closing `---` line")] };
  }
  const yaml = lines.slice(1, close).map((l) => l.original).join("\n");
  let raw: Record<string, unknown>;
  try {
    // Passing options turns off gray-matter's shared cache, which would hand back one object to two files.
    raw = matter(`---\n${yaml}\n---\n`, {}).data as Record<string, unknown>;
  } catch (error) {
    const mark = (error as { mark?: { line?: number; column?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message.split("\n")[0];
    const line = typeof mark?.line === "number" ? mark.line + 2 : 1;
    const column = typeof mark?.column === "number" ? mark.column + 1 : null;
    return { ...none, bodyStart: close + 1, ok: false, messages: [message("error", "front-matter/yaml", file, line, `Invalid YAML front matter: ${reason}`, column)] };
  }
  const messages: Message[] = [];
  const lineOfKey = (key: string) => {
    const i = lines.slice(1, close).findIndex((l) => l.original.startsWith(`${key}:`));
    return i === -1 ? 1 : i + 2;
  };
  for (const key of Object.keys(raw ?? {})) {
    if (!KNOWN_KEYS.has(key)) {
      messages.push(message("warning", "front-matter/unknown-key", file, lineOfKey(key), `Unknown front-matter key "${key}", expected one of ${[...KNOWN_KEYS].join(", ")}`));
    }
  }
  const parsed = frontMatterSchema.safeParse(raw ?? {});
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
    // js-yaml rolls an impossible day over (2017-02-30 becomes 2 March), so the date is
    // checked as the editor wrote it on its line, not as the Date js-yaml made of it.
    const written = /^date:\s*["']?([^"'#]*?)["']?\s*(?:#.*)?$/.exec(lines[lineOfKey("date") - 1]?.original ?? "")?.[1];
    const day = frontMatterDay(data.date instanceof Date && written ? written : data.date);
    if (day === null) {
      messages.push(message("error", "front-matter/invalid-date", file, lineOfKey("date"), `Invalid front-matter date "${String(data.date)}", expected YYYY-MM-DD (or YYYY-MM, or YYYY)`));
      return { ...none, bodyStart: close + 1, ok: false, messages };
    }
    date = { ...day, line: lineOfKey("date"), raw: String(lines[lineOfKey("date") - 1]?.text ?? data.date) };
  }
  return { data, date, bodyStart: close + 1, ok: true, messages };
}

/**
 * js-yaml turns `2017-08-16` into a Date at UTC midnight; reading it back in UTC keeps the
 * calendar day. Strings may be a day, a month or a year.
 */
function frontMatterDay(value: string | Date): { value: string; precision: "day" | "month" | "year" } | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return { value: value.toISOString().slice(0, 10), precision: "day" };
  }
  const m = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$/.exec(value);
  if (!m) return null;
  const [, y, mo, d] = m;
  if (mo && (Number(mo) < 1 || Number(mo) > 12)) return null;
  if (d) {
    const check = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    if (check.getUTCDate() !== Number(d)) return null;
    return { value: `${y}-${mo}-${d}`, precision: "day" };
  }
  if (mo) return { value: `${y}-${mo}-01`, precision: "month" };
  return { value: `${y}-01-01`, precision: "year" };
}
