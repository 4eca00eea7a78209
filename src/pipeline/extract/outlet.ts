import outletsData from "../../data/outlets.json" with { type: "json" };
import { titleCaseWords } from "./text.ts";

export interface OutletSignature {
  name: string;
  codes: string[];
  signatures: RegExp[];
}

export const OUTLETS: readonly OutletSignature[] = outletsData.outlets.map((o) => ({
  name: o.name,
  codes: o.codes,
  signatures: o.signatures.map((s) => new RegExp(s, "i")),
}));

const CODE_INDEX = new Map(OUTLETS.flatMap((o) => o.codes.map((c) => [normalizeCode(c), o.name] as const)));

function normalizeCode(code: string): string {
  return code.toLowerCase().replace(/\.(?:com|net|org|tv)$/, "").replace(/[^a-z0-9]/g, "");
}

/**
 * The outlet named by a dateline's parentheses: "(CBSMiami)" -> CBS Miami, "(CBSLA.com/AP)" ->
 * CBS Los Angeles (the first, publishing outlet). A code we don't know is kept as written,
 * since the outlet wrote it there itself.
 */
export function outletFromCode(code: string): string | null {
  const first = code.split(/\s*[/,&+]\s*/)[0]?.trim() ?? "";
  if (!first || first.length > 40) return null;
  const known = CODE_INDEX.get(normalizeCode(first));
  if (known) return known;
  return first.replace(/\.(?:com|net|org|tv)$/i, "") || null;
}

export function isKnownCode(code: string): boolean {
  return CODE_INDEX.has(normalizeCode(code.split(/\s*[/,&+]\s*/)[0] ?? ""));
}

/** Words that end the names of news organisations ("BBC News", "The Lakeshore Courier"). */
const NEWS_ORG = /^(?:the\s+)?[\p{Lu}\d][\p{L}\d.&'’ -]{0,40}\b(?:News|Press|Times|Post|Herald|Tribune|Journal|Gazette|Courier|Chronicle|Observer|Guardian|Telegraph|Independent|Star|Sun|Bulletin|Register|Record|Review|Examiner|Inquirer|Dispatch|Daily|Weekly|Magazine|Radio|Television|Network|Wire|Agency|Reuters|Current|Ledger|Monitor|Sentinel|Leader|Citizen|Standard|Mercury|Democrat|Republican|Enquirer|Beacon|Express|Mirror|Messenger|Reporter|Packet|Banner|Clarion|Globe|Patriot|Pioneer|Record-Courier|Telegram|Today)$/u;
/** Public bodies that publish their own news releases. */
const AGENCY = /^(?:(?:city|town|village|county|state|borough|township) of \p{Lu}[\p{L}'’. -]{1,40}|[\p{Lu}][\p{L}'’. -]{1,50} (?:police|sheriff'?s?|fire(?: and rescue)?|public works|health) (?:department|office|service|district)|(?:[\p{Lu}][\p{L}'’. -]{1,50} )?(?:department|office) of (?:the )?[\p{Lu}][\p{L} ]{2,40}|[\p{Lu}][\p{L}'’. -]{1,50} (?:authority|commission|coalition|district|agency|association|university|college|foundation|institute))$/iu;

function isAllCapsText(text: string): boolean {
  return text === text.toUpperCase();
}

/** "THE VALLEY GAZETTE" -> "The Valley Gazette"; small joining words stay small inside a name. */
function titleCase(text: string): string {
  return titleCaseWords(text).replace(/(?!^)\b(Of|And|The|For)\b(?!$)/g, (w) => w.toLowerCase());
}

/** Section names that end in "News" or "Daily" are not outlets ("Local News", "World News"). */
const SECTION_LEAD = /^(?:local|national|world|international|business|breaking|latest|top|more|related|sports?|political|politics|daily|weekly|community|state|regional|county|city|metro|campus|tech|science|health|entertainment|good)\s+(?:news|daily|press|times|review|wire)$/i;
/** Corporate owners in copyright lines are not the outlet ("Scripps Media, Inc."). */
const CORPORATE = /\b(?:inc|llc|ltd|corp|corporation|company|group|holdings|media|communications|broadcasting|enterprises|plc|stations|networks?|publishing|newspapers|interactive|digital|productions)\b\.?/i;

/** The outlet a part of a credit line names: a known code or name, or a news organisation's name. */
function outletFromPart(part: string): string | null {
  // "Special to the Times", "For The Washington Post": the outlet is what follows.
  const clean = part.trim().replace(/[.,;:]+$/, "").replace(/^(?:special to|for)\s+(?:the\s+(?=\p{Lu}))?/iu, "");
  if (!clean || clean.length > 50) return null;
  const known = CODE_INDEX.get(normalizeCode(clean));
  if (known) return known;
  return NEWS_ORG.test(clean) ? clean : null;
}

/**
 * The outlet named in a byline or credit line: "By Fiona McLeod, BBC News",
 * "Derek Olafson · CBC News · Posted: …". The first part (the writer) is skipped.
 */
export function outletFromCredit(line: string): string | null {
  const isCredit = /^by\s/i.test(line) || /[·|•]\s*(?:posted|published|updated)\b/i.test(line);
  if (!isCredit) return null;
  const parts = line.replace(/^by\s+/i, "").split(/\s*(?:[·|•,]|\s[-–—]\s)\s*/).slice(1);
  for (const part of parts) {
    if (/^(?:posted|published|updated|last updated)\b/i.test(part)) break;
    const outlet = outletFromPart(part);
    if (outlet) return outlet;
  }
  return null;
}

/** The holder of a copyright line ("© 2009 The Lakeshore Courier. All rights reserved."), unless it is a corporate owner. */
export function outletFromCopyright(line: string): string | null {
  const m = /^(?:©|\(c\)|copyright)\s*(?:©\s*)?\d{4}(?:\s*[-–]\s*\d{4})?,?\s+(.+?)[.,]?\s*(?:all rights reserved\b.*)?$/i.exec(line);
  if (!m || CORPORATE.test(m[1]!)) return null;
  const holder = m[1]!.split(/\.\s/)[0]!.trim().replace(/^by\s+/i, "").replace(/[\s.,–—-]+$/, "");
  if (holder.length < 2 || holder.length > 50 || /\b(?:this material|may not)\b/i.test(holder)) return null;
  return CODE_INDEX.get(normalizeCode(holder)) ?? CODE_INDEX.get(normalizeCode(holder.replace(/^the\s+/i, ""))) ?? holder;
}

/**
 * The outlet a masthead line names: a known outlet ("ABC News", "BBC News, Cardiff", "The
 * Guardian - Back to home") or a newspaper's name in capitals ("PEMI VALLEY RECORD", "THE
 * VALLEY GAZETTE   Wednesday, April 12, 2017   A3").
 */
export function outletFromMasthead(line: string, options: { knownOnly?: boolean; wholeLine?: boolean; firstLine?: boolean } = {}): string | null {
  // A page title "Results | Live updates — The Mesa Sentinel" ends with the outlet's name.
  const parts = line.split(/\s+[|—–]\s+/);
  if (!options.wholeLine && parts.length > 1) {
    const last = parts.at(-1)!.trim();
    const fromLast = last === line.trim() ? null : outletFromMasthead(last, { ...options, wholeLine: true });
    if (fromLast) return fromLast;
  }
  const head = options.wholeLine ? line.trim() : line.split(/\s*(?:,|\s[-–—|]\s|\s{2,})\s*/)[0]!.trim();
  if (!head || head.split(/\s+/).length > 6) return null;
  const known = CODE_INDEX.get(normalizeCode(head)) ?? CODE_INDEX.get(normalizeCode(head.replace(/^the\s+/i, "")));
  if (known || options.knownOnly) return known ?? null;
  // A name in title case: "The Fairhaven Courier", "Lakehead Packet", "WKDV News 6" (not "Local News").
  if (NEWS_ORG.test(head.replace(/\s+\d{1,2}$/, "")) && !SECTION_LEAD.test(head) && !/[.!?:]$/.test(head)) return head;
  // A public body issuing its own news: "City of Marlow Heights", "Riverside Township Police Department".
  if (AGENCY.test(head)) return isAllCapsText(head) ? titleCase(head) : head;
  // At the very top, "The" and a few capitalised words is a publication's name ("The Furrow").
  if (options.firstLine && /^The(?:\s+\p{Lu}[\p{L}'’&-]+){1,3}$/u.test(head)) return head;
  const caps = /^((?:THE\s+)?[A-Z][A-Z.&'’-]*(?:\s+[A-Z][A-Z.&'’-]*){0,5})(?=\s+(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|\p{Lu}\p{Ll})|\s*$)/u.exec(line.trim());
  if (!caps) return null;
  const name = titleCase(caps[1]!);
  return NEWS_ORG.test(name) || AGENCY.test(name) ? name : null;
}

/**
 * An unknown dateline code ("KVRN") spelled out by a masthead or menu line that starts with it
 * ("KVRN News 4 | Live Stream | Weather") gives the outlet's fuller name.
 */
export function expandCode(code: string, lines: readonly string[]): string | null {
  const escaped = code.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(`^(${escaped}(?:\\s+[\\p{L}\\d&]+){1,3})\\s*(?:[|•·]|$)`, "u");
  for (const line of lines) {
    const m = re.exec(line.trim());
    if (m && NEWS_ORG.test(m[1]!.replace(/\s+\d+$/, ""))) return m[1]!;
  }
  return null;
}

/** The outlet whose signature line (follow prompt, wire blurb) appears in the file. */
export function outletFromSignatures(lines: readonly string[]): { name: string; line: string } | null {
  for (const line of lines) {
    for (const o of OUTLETS) {
      if (o.signatures.some((s) => s.test(line))) return { name: o.name, line };
    }
  }
  for (const line of lines) {
    const name = outletFromFollowPrompt(line);
    if (name) return { name, line };
  }
  return null;
}

/** Cities that network stations put in their web addresses, spelled as people write them. */
const DOMAIN_CITIES: Record<string, string> = {
  newyork: "New York", losangeles: "Los Angeles", la: "Los Angeles", sanfrancisco: "San Francisco", sf: "San Francisco",
  baltimore: "Baltimore", boston: "Boston", chicago: "Chicago", dfw: "Dallas-Fort Worth", denver: "Denver", detroit: "Detroit",
  miami: "Miami", minnesota: "Minnesota", philly: "Philadelphia", philadelphia: "Philadelphia", pittsburgh: "Pittsburgh",
  sacramento: "Sacramento", bayarea: "Bay Area", atlanta: "Atlanta", houston: "Houston", seattle: "Seattle",
};

/**
 * "Follow CBSDENVER.COM: Facebook | Twitter": a network station's own address names it, CBS
 * Denver, even when no entry for it exists in outlets.json.
 */
export function outletFromFollowPrompt(line: string): string | null {
  const m = /^follow\s+(cbs|nbc|abc|fox)([a-z]+)\.com\b/i.exec(line.trim());
  if (!m) return null;
  const city = DOMAIN_CITIES[m[2]!.toLowerCase()];
  return city ? `${m[1]!.toUpperCase()} ${city}` : null;
}
