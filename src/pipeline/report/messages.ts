import type { Message, Severity } from "../schema/index.ts";

/** Build a message; `line` is 1-based in the original file, null for the whole file. */
export function message(
  severity: Severity,
  ruleId: string,
  file: string,
  line: number | null,
  reason: string,
  column: number | null = null,
): Message {
  return { severity, ruleId, file, line, column, reason };
}

/** "seeds/a.txt:3 warning date/none No date found" — the form the CLI prints. */
export function formatMessage(m: Message): string {
  const place = m.line === null ? m.file : `${m.file}:${m.line}${m.column === null ? "" : `:${m.column}`}`;
  return `${place} ${m.severity} ${m.ruleId} ${m.reason}`;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order: by file, then line, then severity, then rule. */
export function sortMessages(messages: readonly Message[]): Message[] {
  return [...messages].sort(
    (a, b) =>
      a.file.localeCompare(b.file, "en") ||
      (a.line ?? 0) - (b.line ?? 0) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.ruleId.localeCompare(b.ruleId, "en"),
  );
}
