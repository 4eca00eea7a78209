/** Slugs are cut at a word near this length so URLs stay readable. */
export const SLUG_MAX_LENGTH = 80;

/** "Attorney General Jeff Sessions Tells Citizens of ‘Sanctuary Cities’…" -> "attorney-general-jeff-sessions-tells-citizens-of-sanctuary-cities". */
export function slugify(text: string): string {
  const base = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’‘`]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (base.length <= SLUG_MAX_LENGTH) return base;
  const cut = base.slice(0, SLUG_MAX_LENGTH + 1);
  const at = cut.lastIndexOf("-");
  return (at > 20 ? cut.slice(0, at) : base.slice(0, SLUG_MAX_LENGTH)).replace(/-+$/, "");
}

/** A front-matter slug must be a plain slug: no "..", slashes or drive letters. */
export function isSafeSlug(slug: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug);
}
