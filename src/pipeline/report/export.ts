import type { Archive } from "../schema/index.ts";

/**
 * The public JSON export (`/api/stories.json`): the story records exactly as in the design's
 * contract, the events and every message. Stable key order and indentation, so two builds of
 * the same input give the same bytes.
 */
export function toExport(archive: Archive) {
  return {
    stories: archive.stories.map((s) => s.record),
    events: archive.events,
    messages: archive.messages,
  };
}

export function exportJson(archive: Archive): string {
  return [...exportChunks(archive)].join("");
}

/** Items of the export's lists given in one chunk. */
const ITEMS_PER_CHUNK = 500;

/**
 * The export's text in pieces, the same bytes as `JSON.stringify(toExport(archive), null, 2)`
 * and a newline, without ever holding the whole text: at 100,000 stories it is hundreds of
 * megabytes. Each item is indented as it would be two levels deep.
 */
export function* exportChunks(archive: Archive): Generator<string> {
  const lists = Object.entries(toExport(archive)) as [string, unknown[]][];
  yield "{\n";
  for (const [k, [key, items]] of lists.entries()) {
    const end = k < lists.length - 1 ? ",\n" : "\n";
    if (items.length === 0) {
      yield `  ${JSON.stringify(key)}: []${end}`;
      continue;
    }
    yield `  ${JSON.stringify(key)}: [\n`;
    for (let start = 0; start < items.length; start += ITEMS_PER_CHUNK) {
      const chunk = items.slice(start, start + ITEMS_PER_CHUNK).map((item) => `    ${JSON.stringify(item, null, 2).replaceAll("\n", "\n    ")}`);
      yield chunk.join(",\n") + (start + ITEMS_PER_CHUNK < items.length ? ",\n" : "\n");
    }
    yield `  ]${end}`;
  }
  yield "}\n";
}
