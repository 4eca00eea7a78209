/**
 * Articles saved from e-mail (a newsletter, a forwarded story): header blocks ("From:",
 * "Date:", "Subject:") are metadata, and in a forward the innermost block describes the
 * article while the outer one only says when it was passed on.
 */
export interface EmailLine {
  n: number;
  text: string;
  removedBy: string[];
}

const HEADER = /^(from|to|cc|bcc|date|sent|subject|reply-to)\s*:\s*(.*)$/i;
const FORWARD_MARK = /^(?:-{2,}\s*(?:forwarded message|original message)\s*-{2,}|begin forwarded message:?)$/i;

export interface EmailResult {
  subject: string | null;
  /** The innermost "Date:" line, the article's own. */
  dateLine: EmailLine | null;
}

/** Mark e-mail headers and a forwarder's note; null when the file is not an e-mail. */
export function readEmail(lines: readonly EmailLine[]): EmailResult | null {
  const nonBlank = lines.filter((l) => l.text !== "");
  const firstHeader = nonBlank.findIndex((l) => HEADER.test(l.text));
  if (firstHeader === -1 || (firstHeader > 0 && !(firstHeader === 1 && FORWARD_MARK.test(nonBlank[0]!.text)))) return null;
  if (firstHeader === 1) nonBlank[0]!.removedBy.push("email-header");
  let subject: string | null = null;
  let dateLine: EmailLine | null = null;
  let inHeaders = false;
  let afterFirstBlock = false;
  const note: EmailLine[] = [];
  for (const l of nonBlank.slice(firstHeader)) {
    const h = HEADER.exec(l.text);
    if (h && (inHeaders || !afterFirstBlock || note.length === 0 || FORWARD_MARK.test(note.at(-1)!.text))) {
      if (!inHeaders) {
        // A new block: what came before it was the forwarder's note.
        for (const n of note) n.removedBy.push(FORWARD_MARK.test(n.text) ? "email-header" : "forward-note");
        note.length = 0;
        subject = null;
        dateLine = null;
      }
      inHeaders = true;
      l.removedBy.push("email-header");
      const field = h[1]!.toLowerCase();
      if (field === "subject") subject = h[2]!.replace(/^(?:(?:fwd?|re)\s*:\s*)+/i, "").trim() || null;
      if (field === "date" || field === "sent") dateLine = l;
      continue;
    }
    if (inHeaders) {
      inHeaders = false;
      afterFirstBlock = true;
    }
    note.push(l);
    // The note runs until a forward mark; once the article's text starts, stop watching.
    if (note.length > 12 && !note.some((n) => FORWARD_MARK.test(n.text))) break;
  }
  return { subject, dateLine };
}
