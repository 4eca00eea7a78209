import { isKnownCode, outletFromCode } from "./outlet.ts";
import { titleCaseWords } from "./text.ts";

export interface Dateline {
  /** "Miami", "Los Angeles", "St. Petersburg, Fla."; null for a bare "(CNN) —". */
  place: string | null;
  /** The outlet code in parentheses, as written ("CBSMiami"), or null. */
  code: string | null;
  outlet: string | null;
  /** Month and day written in the dateline without a year ("Feb 26"): never a full date alone. */
  monthDay: string | null;
  /** The dateline text including its dash, to strip from the lead for the summary. */
  prefix: string;
}

// An upper-case place (with an optional state or country), optional month-day, optional
// "(OUTLET)", then a dash: "MIAMI (CBSMiami) –", "ST. PETERSBURG, Fla. —", "WASHINGTON, Feb 26 (Reuters) -".
const DATELINE = /^((?:[A-Z][A-Z.'’-]*)(?:\s+[A-Z][A-Z.'’-]*){0,4})(?:,\s*((?:[A-Z][a-zA-Z.]+)(?:\s+[A-Z][a-zA-Z.]+){0,2}))?(?:,?\s+((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}))?\s*(?:\(([^()]{1,40})\))?\s*(?:[–—]|--?)\s+(?=\S)/;
const MONTH_WORD = /^(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[A-Z]*\.?$/;

/** "Sydney (AAP) -": a place in title case is a dateline only when an outlet code follows it. */
const TITLE_CASE_DATELINE = /^((?:\p{Lu}[\p{Ll}'’.-]+)(?:\s+\p{Lu}[\p{Ll}'’.-]+){0,2})(?:,\s*((?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)(?:\p{Lu}[\p{L}.]+)(?:\s+\p{Lu}[\p{L}.]+){0,2}))?(?:,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?\s*\(([^()]{1,40})\)\s*(?:[–—]|--?|:)?\s*(?=\S)/u;
/** "(CNN) — When the sirens…": an outlet code with no place. */
const CODE_ONLY_DATELINE = /^\(([^()]{1,40})\)\s*(?:[–—]|--?)\s+(?=\S)/;

/** A press release sent by a wire: "CHICAGO, April 2, 2019 /PRNewswire/ -- Harlow Freight…". */
const RELEASE_WIRE_DATELINE = /^([A-Z][A-Z.'’ -]{1,40}?(?:,\s*[A-Z][a-zA-Z.]+(?:\s+[A-Z][a-zA-Z.]+)?)?),\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\s*\/([A-Za-z][A-Za-z .-]{1,30})\/\s*(?:--?|[–—])\s*(?=\S)/;

/** Read the dateline at the start of the lead paragraph, if there is one. */
export function readDateline(lead: string): Dateline | null {
  const wire = RELEASE_WIRE_DATELINE.exec(lead);
  if (wire) {
    const code = wire[2]!.trim();
    return { place: titleCaseWords(wire[1]!.split(",")[0]!.trim()) + (wire[1]!.includes(",") ? `,${wire[1]!.split(",").slice(1).join(",")}` : ""), code, outlet: outletFromCode(code), monthDay: null, prefix: wire[0] };
  }
  const codeOnly = CODE_ONLY_DATELINE.exec(lead);
  if (codeOnly) {
    const code = codeOnly[1]!.trim();
    return { place: null, code, outlet: outletFromCode(code), monthDay: null, prefix: codeOnly[0] };
  }
  const titled = TITLE_CASE_DATELINE.exec(lead);
  // In title case, "(R-Texas) —" could follow a name: only a known or all-capital code counts.
  if (titled && (isKnownCode(titled[3]!.trim()) || /^[A-Z0-9][A-Z0-9.&/ -]{1,20}$/.test(titled[3]!.trim()))) {
    const [prefix, place, region, code] = titled;
    return { place: place! + (region ? `, ${region}` : ""), code: code!.trim(), outlet: outletFromCode(code!.trim()), monthDay: null, prefix };
  }
  const m = DATELINE.exec(lead);
  if (!m) return null;
  const [prefix, rawPlace, region, monthDay, code] = m;
  const place = rawPlace!.trim();
  // A dateline place is a proper name in capitals; a sentence opening in capitals is not.
  if (place.length < 2 || place.length > 40 || MONTH_WORD.test(place) || /^(?:THE|A|AN|BY|UPDATE|UPDATED|BREAKING|WATCH|PHOTOS?|VIDEO|CORRECTION|CLARIFICATION|EDITOR'?S NOTE|EXCLUSIVE|ANALYSIS|OPINION|COMMENTARY|LIVE|DEVELOPING)$/.test(place)) return null;
  if (!/[A-Z]{2}/.test(place)) return null;
  const placeName = titleCaseWords(place) + (region ? `, ${region}` : "");
  return {
    place: placeName,
    code: code?.trim() ?? null,
    outlet: code ? outletFromCode(code.trim()) : null,
    monthDay: monthDay ?? null,
    prefix,
  };
}

/** The places a dateline names: "Tampa, Fla." -> Tampa and Fla. (which the alias list makes Florida). */
export function datelinePlaces(dateline: string | null): string[] {
  if (!dateline) return [];
  // A dateline of "WASHINGTON" alone is the capital (AP style): the state always has a qualifier.
  if (/^washington$/i.test(dateline.trim())) return ["Washington, D.C."];
  return dateline
    .split(",")
    .map((part) => part.trim())
    .filter((part) => /^\p{Lu}/u.test(part) && part.split(/\s+/).length <= 4);
}
