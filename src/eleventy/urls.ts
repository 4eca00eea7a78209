/**
 * "/stories/x/" on "https://example.org/archive" -> "https://example.org/archive/stories/x/":
 * the base URL's path is kept (new URL() would drop it for a root-relative path).
 */
export function absoluteUrl(url: string, base: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  return `${base.replace(/\/+$/, "")}/${url.replace(/^\/+/, "")}`;
}
