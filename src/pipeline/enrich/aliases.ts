import lists from "../../data/entities.json" with { type: "json" };
import { aliasKey, personKey, type MentionKind } from "./entities.ts";

/**
 * One name per entity across the whole archive. Each story names its people, places and
 * organizations in its own way ("Gimenez", "Carlos Gimenez", "Carlos Giménez"; "ICE",
 * "Immigration and Customs Enforcement"); this picks one name for each and says which forms it
 * stands for. The alias list in src/data/entities.json decides first; then forms that differ
 * only in case, accents, middle initials or a nickname are one person; a surname alone is the
 * archive's only full name ending in it; everything else stays as written.
 */
export interface Canon {
  /** The archive's name for a name in the given story (its index in `buildCanon`'s list). */
  name(kind: MentionKind, name: string, story: number): string;
  /** Every form merged into a name, itself excluded. */
  aliases(kind: MentionKind, name: string): string[];
}

/** How many stories of a full name are searched for a name they share with a surname's story. */
export const SURNAME_CONTEXT_STORIES = 50;

const LISTED = new Map<string, string>();
for (const [kind, groups] of Object.entries(lists.aliases)) {
  for (const [name, aliases] of Object.entries(groups)) for (const a of [name, ...aliases]) LISTED.set(`${kind}:${aliasKey(a)}`, name);
}

/** The name the alias list gives a form ("ICE" -> "U.S. Immigration and Customs Enforcement"), or undefined. */
export function listedName(kind: MentionKind, name: string): string | undefined {
  return LISTED.get(`${kind}:${aliasKey(name)}`);
}

/** Build the archive's names from every story's names, counted once per story. */
export function buildCanon(stories: readonly Record<MentionKind, readonly string[]>[]): Canon {
  const count = new Map<string, number>();
  for (const s of stories) for (const kind of ["person", "place", "organization"] as const) for (const n of s[kind]) count.set(`${kind}:${n}`, (count.get(`${kind}:${n}`) ?? 0) + 1);

  const keyOf = (kind: MentionKind, name: string): string => {
    const listed = listedName(kind, name);
    if (listed) return `listed:${kind}:${listed}`;
    return `${kind}:${kind === "person" ? personKey(name) : aliasKey(name)}`;
  };
  // Group the forms by key; the listed name or the most used form names the group.
  const groups = new Map<string, { kind: MentionKind; forms: Map<string, number>; listed: string | null }>();
  for (const [entry, n] of count) {
    const kind = entry.slice(0, entry.indexOf(":")) as MentionKind;
    const name = entry.slice(kind.length + 1);
    const key = keyOf(kind, name);
    const g = groups.get(key) ?? { kind, forms: new Map(), listed: key.startsWith("listed:") ? key.slice(`listed:${kind}:`.length) : null };
    g.forms.set(name, (g.forms.get(name) ?? 0) + n);
    groups.set(key, g);
  }
  /** "story index:kind:form" -> the group a story's form belongs to, when the story alone decides it. */
  const redirect = new Map<string, string>();
  /** Forms that joined a group without a say in its name (a surname alone). */
  const joined = new Map<string, Set<string>>();
  // A surname alone ("Valdez said") joins the only full name of the archive that ends in it and
  // that appears in a story sharing another name with this one: "Jackson" in a story datelined
  // Jackson, Miss. is not the Renee Jackson of a story about an Oklahoma tornado.
  const bySurname = new Map<string, string[]>();
  for (const [key, g] of groups) {
    if (g.kind !== "person") continue;
    const words = key.startsWith("listed:") ? personKey(g.listed!).split(" ") : key.slice("person:".length).split(" ");
    if (words.length < 2) continue;
    const surname = words.at(-1)!;
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), key]);
  }
  const keysOfStory = stories.map((s) => new Set((["person", "place", "organization"] as const).flatMap((kind) => s[kind].map((n) => keyOf(kind, n)))));
  const storiesOfKey = new Map<string, number[]>();
  for (const [i, keys] of keysOfStory.entries()) {
    for (const k of keys) {
      const list = storiesOfKey.get(k);
      if (list) list.push(i);
      else storiesOfKey.set(k, [i]);
    }
  }
  for (const [i, s] of stories.entries()) {
    for (const form of s.person) {
      const key = keyOf("person", form);
      if (key.startsWith("listed:") || key.slice("person:".length).includes(" ")) continue;
      const context = [...keysOfStory[i]!].filter((k) => k !== key);
      const targets = (bySurname.get(key.slice("person:".length)) ?? []).filter((t) =>
        (storiesOfKey.get(t) ?? []).slice(0, SURNAME_CONTEXT_STORIES).some((j) => j !== i && context.some((k) => k !== t && keysOfStory[j]!.has(k))),
      );
      if (targets.length !== 1) continue;
      redirect.set(`${i}:person:${form}`, targets[0]!);
      const set = joined.get(targets[0]!) ?? new Set<string>();
      set.add(form);
      joined.set(targets[0]!, set);
    }
  }

  const display = new Map<string, string>();
  const formsOf = new Map<string, string[]>();
  for (const [key, g] of groups) {
    const best = g.listed ?? [...g.forms.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0], "en"))[0]![0];
    display.set(key, best);
    const forms = new Set([...g.forms.keys(), ...(joined.get(key) ?? [])]);
    forms.delete(best);
    formsOf.set(`${g.kind}:${best}`, [...forms].sort((a, b) => a.localeCompare(b, "en")));
  }
  return {
    name(kind, name, story) {
      const key = redirect.get(`${story}:${kind}:${name}`) ?? keyOf(kind, name);
      return display.get(key) ?? (key.startsWith("listed:") ? key.slice(`listed:${kind}:`.length) : name);
    },
    aliases(kind, name) {
      return formsOf.get(`${kind}:${name}`) ?? [];
    },
  };
}
