/**
 * Compile each Nunjucks template once per build, not once per page.
 *
 * Eleventy 3.1 marks Nunjucks "not cacheable" and so makes a fresh `nunjucks.Template` from the
 * template's text for every page it writes: a paginated template with 10,000 pages, and the
 * layouts under it, are parsed and compiled 10,000 times (a third of our render time, measured
 * with --cpu-prof). A compiled Nunjucks template is reusable (each render makes its own frame),
 * so the same text at the same path gets the same compiled template. Edited text is a new key,
 * so `npm start` still sees every change; the cache is emptied whenever Eleventy makes a new
 * Nunjucks environment (each rebuild of a watch session).
 */
interface NunjucksLibrary {
  Template: new (src: unknown, env: unknown, path?: string | null, eagerCompile?: boolean) => object;
}

const patched = new WeakSet<NunjucksLibrary>();
let cache = new Map<string, object>();

/** Wraps `nunjucks.Template` (as Eleventy calls it) with a cache keyed by environment, path and text. */
export function cacheCompiledTemplates(nunjucks: NunjucksLibrary): void {
  // A new environment means new filters: drop templates compiled against the old one.
  cache = new Map();
  if (patched.has(nunjucks)) return;
  patched.add(nunjucks);
  const Original = nunjucks.Template;
  const environments = new WeakMap<object, number>();
  let nextEnvironment = 0;
  function CachedTemplate(src: unknown, env: object, path?: string | null, eagerCompile?: boolean): object {
    // Only plain text is cached; precompiled objects and other callers go straight through.
    if (typeof src !== "string" || typeof env !== "object" || env === null) return new Original(src, env, path, eagerCompile);
    if (!environments.has(env)) environments.set(env, nextEnvironment++);
    const key = `${environments.get(env)}\0${path ?? ""}\0${src}`;
    let template = cache.get(key);
    if (!template) {
      template = new Original(src, env, path, eagerCompile);
      cache.set(key, template);
    }
    return template;
  }
  CachedTemplate.prototype = Original.prototype;
  nunjucks.Template = CachedTemplate as unknown as NunjucksLibrary["Template"];
}
