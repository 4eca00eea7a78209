import outletsData from "../../data/outlets.json" with { type: "json" };

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

/** The outlet whose signature line (follow prompt, wire blurb) appears in the file. */
export function outletFromSignatures(lines: readonly string[]): { name: string; line: string } | null {
  for (const line of lines) {
    for (const o of OUTLETS) {
      if (o.signatures.some((s) => s.test(line))) return { name: o.name, line };
    }
  }
  return null;
}
