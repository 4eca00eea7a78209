// The search page: a small interface over Pagefind's JavaScript API (the index is written by
// `npm run build`). We use the API rather than Pagefind's ready-made UI so each result shows
// what an archive reader needs (headline, date at its known precision, outlet) and the
// filters are plain labelled <select>s. The state lives in the address (?q=&topic=&sort=),
// so a search can be bookmarked, shared and reached from the header's plain GET form.

const FILTERS = ["topic", "outlet", "year", "person"];
const PAGE_SIZE = 20;
// Typing waits this long for a pause before searching, so each keystroke does not start a search.
const TYPING_PAUSE_MS = 250;

const form = document.getElementById("search-form");
const input = document.getElementById("search-q");
const sortSelect = document.getElementById("search-sort");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const more = document.getElementById("search-more");

// The "year" filter's value for stories without a date (src/eleventy/search.ts).
const undatedYear = form.dataset.undatedYear;
// The index's folders: one, or for a large archive one per shard of stories, each holding a
// consecutive run of the archive's stories, newest first (searchBundles in src/eleventy/search.ts).
const bundles = (form.dataset.searchBundles || "pagefind/").split(" ").filter(Boolean);
// The first bundles hold the dated stories; a search by date reads only those (the rest hold
// undated stories alone, which Pagefind would list unsorted), and lists the undated apart.
const datedBundles = Number(form.dataset.datedBundles || bundles.length);
// This script sits at the site root, beside pagefind/, so both resolve under any base path.
const siteRoot = new URL("./", import.meta.url);

// One Pagefind per bundle: each bundle's own pagefind.js is a module of its own, so each keeps
// its own index. (Pagefind's mergeIndex would rank the shards' results together by score only,
// losing the order by date.)
let shards = [];
let results = [];
let shown = 0;
let generation = 0;

/** Pagefind's excerpts mark matches with <mark>; everything else in them is shown as text. */
function excerptNodes(excerpt) {
  const parts = excerpt.split(/<\/?mark>/);
  return parts.map((part, i) => {
    // Pagefind escapes the page text in excerpts: decode its entities in an inert <template>
    // (nothing in it loads or runs) and keep only the text, never markup.
    const template = document.createElement("template");
    template.innerHTML = part;
    const text = template.content.textContent ?? "";
    if (i % 2 === 0) return document.createTextNode(text);
    const mark = document.createElement("mark");
    mark.textContent = text;
    return mark;
  });
}

function resultItem(data) {
  const item = document.createElement("li");
  item.className = "story-item";
  const title = document.createElement("p");
  title.className = "story-title";
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  title.append(link);
  const meta = document.createElement("p");
  meta.className = "story-meta";
  meta.textContent = [data.meta.date, data.meta.outlet].filter(Boolean).join(" · ");
  const excerpt = document.createElement("p");
  excerpt.className = "story-summary";
  excerpt.append(...excerptNodes(data.excerpt ?? ""));
  item.append(title, meta, excerpt);
  return item;
}

function currentQuery() {
  const filters = {};
  for (const name of FILTERS) {
    const value = form.elements[name].value;
    if (value) filters[name] = value;
  }
  return { term: input.value.trim(), filters, sort: sortSelect.value };
}

/** Keep the address in step with the form, so the search can be bookmarked or shared. */
function saveQuery({ term, filters, sort }) {
  const params = new URLSearchParams();
  if (term) params.set("q", term);
  for (const [name, value] of Object.entries(filters)) params.set(name, value);
  if (sort) params.set("sort", sort);
  const query = params.toString();
  history.replaceState(null, "", query ? `?${query}` : location.pathname);
}

async function showMore(forGeneration) {
  // One batch at a time: a double click must not list the same stories twice.
  if (more.disabled) return;
  more.disabled = true;
  try {
    const batch = results.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (forGeneration !== generation) return;
    list.append(...data.map(resultItem));
    shown += batch.length;
    more.hidden = shown >= results.length;
  } finally {
    more.disabled = false;
  }
}

/**
 * One search of every shard: by date, the shards' results in turn (newest first, or for oldest
 * first the last shard first), since each holds a consecutive run of the archive's dates;
 * else every result, best first.
 */
async function searchShards(term, options, sort) {
  const each = await Promise.all((sort ? shards.slice(0, datedBundles) : shards).map((pagefind) => pagefind.search(term, options)));
  if (each.some((search) => !search)) return null;
  if (sort) return (sort === "asc" ? [...each].reverse() : each).flatMap((search) => search.results);
  return each.flatMap((search) => search.results).sort((a, b) => b.score - a.score);
}

/**
 * The matching stories, in the order asked for. Pagefind leaves out of a sorted search every
 * page without the sort key, so when sorting by date the undated stories are fetched apart
 * and listed last, as everywhere else in the archive.
 */
async function findStories({ term, filters, sort }) {
  // A null term lists every story that passes the filters.
  const found = await searchShards(term || null, sort ? { filters, sort: { date: sort } } : { filters }, sort);
  if (!found) return null;
  const wantsUndated = !filters.year || filters.year === undatedYear;
  if (!sort || !wantsUndated) return found;
  const undated = await searchShards(term || null, { filters: { ...filters, year: undatedYear } }, "");
  if (!undated) return null;
  return [...found, ...undated];
}

async function runSearch() {
  const query = currentQuery();
  saveQuery(query);
  const mine = ++generation;
  const nothingAsked = !query.term && Object.keys(query.filters).length === 0;
  if (nothingAsked) {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = "Type some words, or choose a topic, outlet, year or person.";
    return;
  }
  status.textContent = "Searching…";
  const found = await findStories(query);
  if (mine !== generation || !found) return;
  results = found;
  shown = 0;
  list.replaceChildren();
  await showMore(mine);
  if (mine !== generation) return;
  const count = results.length;
  status.textContent = count === 0 ? "No stories match." : `${count} ${count === 1 ? "story matches" : "stories match"}.`;
}

/** Fill each filter's menu from the index: every value with its number of stories. */
async function fillFilters() {
  // Each value's count over every shard.
  const available = {};
  for (const filters of await Promise.all(shards.map((pagefind) => pagefind.filters()))) {
    for (const [name, values] of Object.entries(filters)) {
      available[name] ??= {};
      for (const [value, count] of Object.entries(values)) available[name][value] = (available[name][value] ?? 0) + count;
    }
  }
  for (const name of FILTERS) {
    const select = form.elements[name];
    const values = Object.entries(available[name] ?? {}).sort(([a], [b]) => (name === "year" ? b.localeCompare(a) : a.localeCompare(b)));
    for (const [value, count] of values) select.append(new Option(`${value} (${count})`, value));
    // A filter with nothing to choose from would only be noise.
    select.closest("p").hidden = values.length === 0;
  }
}

function restoreQuery() {
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") ?? "";
  for (const name of FILTERS) form.elements[name].value = params.get(name) ?? "";
  sortSelect.value = params.get("sort") ?? "";
}

async function start() {
  document.getElementById("search-needs-js").hidden = true;
  try {
    shards = await Promise.all(
      bundles.map(async (bundle) => {
        const pagefind = await import(new URL(`${bundle}pagefind.js`, siteRoot).href);
        await pagefind.options({ baseUrl: siteRoot.pathname });
        await pagefind.init();
        return pagefind;
      }),
    );
    await fillFilters();
  } catch {
    document.getElementById("search-unavailable").hidden = false;
    return;
  }
  form.hidden = false;
  restoreQuery();
  let timer;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(runSearch, TYPING_PAUSE_MS);
  });
  form.addEventListener("change", runSearch);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    runSearch();
  });
  more.addEventListener("click", () => showMore(generation));
  await runSearch();
}

start();
