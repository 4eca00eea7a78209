import outletsData from "../../data/outlets.json" with { type: "json" };
import { titleCaseWords } from "./text.ts";

export interface OutletSignature {
  name: string;
  codes: string[];
  domains: string[];
  signatures: RegExp[];
}

export const OUTLETS: readonly OutletSignature[] = outletsData.outlets.map((o) => ({
  name: o.name,
  codes: o.codes,
  domains: o.domains,
  signatures: o.signatures.map((s) => new RegExp(s, "i")),
}));

/**
 * Codes, and each outlet's own name unless that name is one common word ("Time", "Stuff", "The
 * Times"), which a line could hold without meaning the outlet.
 */
const CODE_INDEX = new Map(
  OUTLETS.flatMap((o) => [...o.codes, ...(/^(?:the\s+)?\S+$/i.test(o.name) ? [] : [o.name])].map((c) => [normalizeCode(c), o.name] as const)),
);
const DOMAIN_INDEX = new Map(OUTLETS.flatMap((o) => o.domains.map((d) => [d.toLowerCase(), o.name] as const)));

/** A copyright holder that is only a station: "KQVT", "KQVT-FM", "WLRN 91.3 FM", "KXYZ-TV Channel 4". */
const STATION_HOLDER = /^[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?(?:\s+(?:\d{2,3}(?:\.\d)?\s*(?:FM|AM)?|Channel\s+\d{1,2}|TV))?$/;

/** "KSDK-TV" -> "KSDK": stations go by their call sign; the band is a licence detail. */
function withoutBand(name: string): string {
  return name.replace(/^([KW][A-Z]{2,3})-(?:TV|FM|AM|DT)$/, "$1");
}

/** A US or Canadian broadcaster's call sign, perhaps with its band: "WLS", "KING-TV", "WLRN-FM". */
const CALL_SIGN = /^(?!(?:WHO|WWE|WWF|WWI|WWII|WTO|KKK|KFC|WNBA)\b)[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?$/;

function normalizeCode(code: string): string {
  return code
    .trim()
    .replace(/^([KW][A-Z]{2,3})-(?:TV|FM|AM|DT)$/, "$1")
    .toLowerCase()
    .replace(/\.(?:com|net|org|tv)$/, "")
    .replace(/[^\p{L}0-9]/gu, "");
}

/** The outlet a name or code we know stands for, with or without a leading "The". */
export function knownOutlet(name: string): string | null {
  return CODE_INDEX.get(normalizeCode(name)) ?? CODE_INDEX.get(normalizeCode(name.replace(/^the\s+/i, ""))) ?? null;
}

/** The known outlet a name starts with, at least two words long: "CBC News Toronto" -> CBC News. */
function knownPrefix(name: string): string | null {
  const words = name.split(/\s+/);
  for (let n = words.length - 1; n >= 2; n--) {
    const known = knownOutlet(words.slice(0, n).join(" "));
    if (known) return known;
  }
  // "WLRN 91.3 FM": a station's call sign and its frequency.
  return CALL_SIGN.test(words[0]!) && /^\d{2,3}(?:\.\d)?(?:\s*(?:FM|AM))?$/i.test(words.slice(1).join(" ")) ? knownOutlet(words[0]!) : null;
}

/** Host names in a line's web and e-mail addresses: "https://www.al.com/news/…" -> "www.al.com". */
function hostsIn(text: string): string[] {
  const hosts: string[] = [];
  if (!/https?:|www\.|@/i.test(text)) return hosts;
  // Each alternative starts only where a word starts, so a very long "word" is scanned once.
  for (const m of text.matchAll(/(?<![\w.-])https?:\/\/([a-z0-9.-]{1,253}\.[a-z]{2,})|(?<![\w.-])www\.([a-z0-9.-]{1,253}\.[a-z]{2,})|(?<![\w.+-])[\w.+-]{1,64}@([a-z0-9.-]{1,253}\.[a-z]{2,})/gi)) {
    hosts.push((m[1] ?? (m[2] ? `www.${m[2]}` : m[3]))!.toLowerCase());
  }
  return hosts;
}

/**
 * The outlet whose web address or e-mail domain appears in the text: "https://www.seattletimes.com/…",
 * "hmoreau@seattletimes.com". Only domains listed in outlets.json count; "news.sky.com" matches
 * itself, "www.bbc.co.uk" matches "bbc.co.uk".
 */
export function outletFromAddress(text: string): string | null {
  for (const host of hostsIn(text)) {
    const name = outletOfHost(host);
    if (name) return name;
  }
  return null;
}

/** The known outlet a host name belongs to: "www.bbc.co.uk" -> BBC News (its domain "bbc.co.uk"). */
function outletOfHost(host: string): string | null {
  const labels = host.toLowerCase().split(".");
  for (let i = 0; i < labels.length - 1; i++) {
    const name = DOMAIN_INDEX.get(labels.slice(i).join("."));
    if (name) return name;
  }
  return null;
}

/**
 * The outlet named by a dateline's parentheses: "(CBSMiami)" -> CBS Miami, "(CBSLA.com/AP)" ->
 * CBS Los Angeles (the first, publishing outlet). A code we don't know is kept as written,
 * since the outlet wrote it there itself.
 */
export function outletFromCode(code: string): string | null {
  const first = code.split(/\s*[/,&+]\s*/)[0]?.trim() ?? "";
  if (!first || first.length > 40) return null;
  const known = knownOutlet(first);
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

/** Words before "Staff" that are a rank or a desk, not an outlet ("Senior Staff Writer"). */
const NOT_AN_OUTLET = /^(?:the|a|our|senior|chief|contributing|editorial|news|sports|metro|general|special|newsroom|digital|web|online|wire|photo|associate|assistant|managing|deputy|investigative|political|business|desk)$/i;

/** A name an outlet could have: a known one, a news organisation's, or a broadcaster's call sign. */
function outletName(name: string): string | null {
  const clean = withoutBand(name.trim().replace(/[.,;:]+$/, ""));
  if (!clean || clean.length > 50) return null;
  // "WKDV News 6": a station's name may end in its channel number.
  return knownOutlet(clean) ?? (NEWS_ORG.test(clean.replace(/\s+\d{1,2}$/, "")) || CALL_SIGN.test(clean) ? clean : null);
}

/**
 * "Valley Courier Staff", "KTLA Digital Staff", "Seattle Times staff reporter", "Reuters Staff": the
 * organisation whose staff wrote the story is its outlet, named by the page itself, so a name
 * we don't know counts too.
 */
export function outletFromStaff(text: string): string | null {
  const m = /(?:^(?:[Bb]y\s+)?|\b[Bb]y\s+|,\s*)((?:The\s+)?\p{Lu}[\p{L}\d.&'’-]*(?:\s+\p{Lu}[\p{L}\d.&'’-]*){0,4}?)(?:\s+(?:Digital|Web|Online|News|Wire|digital|web|online|news|wire))?\s+(?:Staff|staff)(?:\s+(?:[Rr]eporter|[Ww]riter|[Rr]eport|[Pp]hotographer)s?)?\b(?!\s+\p{Ll})/u.exec(text.trim());
  if (!m) return null;
  const name = m[1]!.trim();
  if (name.split(/\s+/).every((w) => NOT_AN_OUTLET.test(w))) return null;
  // "Herald Staff Writer": one word we don't know is the paper's short name, not its name.
  if (!/\s/.test(name) && !knownOutlet(name) && !CALL_SIGN.test(name)) return null;
  // "By Jane Roe Staff Writer": a writer's name is not an outlet unless it is one we know.
  if (/^by\s/i.test(text.trim()) && m.index === 0 && !knownOutlet(name) && !NEWS_ORG.test(name) && !CALL_SIGN.test(name)) {
    if (/^\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+$/u.test(name)) return null;
  }
  return knownOutlet(name) ?? name;
}

/** The outlet a part of a credit line names: a known code or name, or a news organisation's name. */
function outletFromPart(part: string): string | null {
  // "Special to the Times", "For The Washington Post": the outlet is what follows.
  const clean = part.trim().replace(/[.,;:]+$/, "").replace(/^(?:special to|for)\s+(?:the\s+(?=\p{Lu}))?/iu, "");
  return outletName(clean) ?? outletFromStaff(clean);
}

/**
 * The outlet named in a byline or credit line: "By Fiona McLeod, BBC News",
 * "Derek Olafson · CBC News · Posted: …", "WLRN | By Nadia Estévez". The writer is skipped.
 */
export function outletFromCredit(line: string): string | null {
  // "WLRN | By Nadia Estévez": the outlet before the byline.
  const before = /^([^|•·]{2,40}?)\s*[|•·]\s*by\s+\p{Lu}/iu.exec(line);
  if (before) return outletName(before[1]!);
  const isCredit = /^by\s/i.test(line) || /[·|•]\s*(?:posted|published|updated)\b/i.test(line);
  if (!isCredit) return null;
  const all = line.replace(/^by\s+/i, "").split(/\s*(?:[·|•,]|\s[-–—]\s)\s*/);
  // "CBC News · Posted: …": the credit may name the outlet alone, where a writer would be.
  const alone = knownOutlet(all[0] ?? "");
  if (alone) return alone;
  const parts = all.slice(1);
  for (const part of parts) {
    if (/^(?:posted|published|updated|last updated)\b/i.test(part)) break;
    const outlet = outletFromPart(part);
    if (outlet) return outlet;
  }
  return null;
}

/** A web domain written in a name: "WPLG Local10.com" -> local10.com. */
function outletFromDomainIn(text: string): string | null {
  for (const m of text.matchAll(/\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|tv|us|ca|ie|co\.uk|com\.au|co\.nz)\b/gi)) {
    const name = outletOfHost(m[0]);
    if (name) return name;
  }
  return null;
}

/**
 * The holder of a copyright line ("© 2009 The Lakeshore Courier. All rights reserved.",
 * "Copyright NBC Bay Area"), unless it is a corporate owner.
 */
export function outletFromCopyright(line: string): string | null {
  const m = /^(?:©|\(c\)|copyright)(?:\s*(?:©|\(c\)|copyright\b))*\s*(\d{4}(?:\s*[-–]\s*\d{4})?,?\s+)?(.+?)[.,]?\s*(?:all rights reserved\b.*)?$/i.exec(line.trim());
  if (!m) return null;
  const holder = m[2]!.split(/\.\s/)[0]!.trim().replace(/^by\s+/i, "").replace(/[\s.,–—-]+$/, "");
  if (holder.length < 2 || holder.length > 50 || /\b(?:this material|may not)\b/i.test(holder)) return null;
  const named = knownOutlet(holder) ?? outletFromDomainIn(holder);
  if (named) return named;
  // "WLRN 91.3 FM", "WLS-TV": a station's call sign.
  // "WLRN 91.3 FM", "WLS-TV": a station's call sign, alone or with its frequency ("WEST
  // Publishing Co." is not one).
  const sign = holder.split(/\s+/)[0]!;
  if (CALL_SIGN.test(sign) && (knownOutlet(sign) || STATION_HOLDER.test(holder))) return knownOutlet(sign) ?? withoutBand(sign);
  if (CORPORATE.test(holder)) return null;
  // Without a year, "Copyright law is outdated" is a sentence: only an outlet's name counts.
  return m[1] ? holder : outletName(holder);
}

/**
 * Lines an outlet prints to promote itself, naming itself: "Get the latest from NBC 6 South
 * Florida anywhere, anytime", "Get breaking news alerts in the FOX 5 Atlanta News app", "Sign up
 * for the AL.com daily newsletter", "MORE FROM FOX 5 ATLANTA:", "Subscribe to Patch for free".
 */
const PROMOS = [
  /^get the latest from (.+?) anywhere\b/i,
  /^get (?:breaking news alerts|news alerts|the latest news|breaking news)(?: and [\w ]+)? (?:in|with|from|on) the (.+?) app\b/i,
  /^(?:download|get) the (.+?) app\b/i,
  /^more (?:stories )?from (.+?):?$/i,
  /^subscribe to (.+?) for (?:free|the latest|local|breaking)\b/i,
  /^(?:stay informed: )?sign up for (?:the )?(.+?)(?:'s|’s)? (?:free |daily |weekly |morning |evening |breaking news |email )*newsletters?\b/i,
  /^continuing coverage (?:on|from) (.+?)(?: at \d.*| tonight.*)?\.?$/i,
  /^(.+?) (?:has )?reached out to\b/,
];

/** Promotional lines are short; a long line is text, and is not scanned for them. */
const PROMO_MAX_LENGTH = 200;

export function outletFromPromo(line: string): string | null {
  if (line.length > PROMO_MAX_LENGTH) return null;
  for (const re of PROMOS) {
    const m = re.exec(line.trim());
    if (!m) continue;
    const name = m[1]!.trim();
    const outlet = knownOutlet(name) ?? knownOutlet(name.replace(/\s+news$/i, "")) ?? outletFromDomainIn(name);
    if (outlet) return outlet;
    // A name we don't know counts only where the line leaves no doubt it is the outlet's own.
    if (re !== PROMOS.at(-1) && !SECTION_LEAD.test(name) && outletName(name)) return name;
  }
  return null;
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
  // A print page's header starts with its page number: "B4   THE BOSTON GLOBE   TUESDAY, …".
  line = line.trim().replace(/^(?:page\s+)?[A-Z]?\d{1,3}(?:\s{2,}|\t+)/i, "");
  // "ABC News Homepage", "The Guardian home": a link back to the front page names the outlet.
  const head = (options.wholeLine ? line.trim() : line.split(/\s*(?:,|\s[-–—|]\s|\s{2,}|\t)\s*/)[0]!.trim()).replace(/\s+(?:home ?page|home)$/i, "");
  if (!head || head.split(/\s+/).length > 6) return null;
  // "CBC News Toronto", "BBC News NI": a known outlet's name and its edition.
  const known = knownOutlet(head) ?? (options.firstLine ? knownPrefix(head) : null);
  if (known || options.knownOnly) return known;
  // A word in capitals at the top ("WORK", "WEEK") is not a station unless it carries a band.
  if (CALL_SIGN.test(head) && /-(?:TV|FM|AM|DT)$/.test(head)) return withoutBand(head);
  // A name in title case: "The Fairhaven Courier", "Lakehead Packet", "WKDV News 6" (not "Local News").
  if (NEWS_ORG.test(head.replace(/\s+\d{1,2}$/, "")) && !SECTION_LEAD.test(head) && !/[.!?:]$/.test(head)) return head;
  // A public body issuing its own news: "City of Marlow Heights", "Riverside Township Police Department".
  if (AGENCY.test(head)) return isAllCapsText(head) ? titleCase(head) : head;
  // At the very top, "The" and a few capitalised words is a publication's name ("The Furrow").
  if (options.firstLine && /^The(?:\s+\p{Lu}[\p{L}'’&-]+){1,3}$/u.test(head)) return head;
  const caps = /^((?:THE\s+)?[A-Z][A-Z.&'’-]*(?:\s+[A-Z][A-Z.&'’-]*){0,5})(?=\s+(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|\p{Lu}\p{Ll})|\s*$)/u.exec(line.trim());
  if (!caps) return null;
  const name = titleCase(caps[1]!);
  return (NEWS_ORG.test(name) && !SECTION_LEAD.test(name)) || AGENCY.test(name) ? name : null;
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
    const name = outletFromFollowPrompt(line) ?? outletFromPromo(line);
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
  const follow = /^(?:date\s+\d{4}-\d{2}-\d{2}\s+)?follow\s+((?:www\.)?([a-z0-9-]+)\.(?:com|org|net|tv))\b/i.exec(line.trim());
  if (!follow) return null;
  const known = outletOfHost(follow[1]!);
  if (known) return known;
  // "Follow KXAN.COM": a station's address, written in capitals, is its call sign ("Follow
  // kids.org" is not a station).
  const sign = follow[2]!;
  if (sign === sign.toUpperCase() && CALL_SIGN.test(sign)) return sign;
  const m = /^(cbs|nbc|abc|fox)([a-z]+)$/i.exec(follow[2]!);
  const city = m ? DOMAIN_CITIES[m[2]!.toLowerCase()] : undefined;
  return m && city ? `${m[1]!.toUpperCase()} ${city}` : null;
}
