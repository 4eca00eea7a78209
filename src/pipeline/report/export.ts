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
  return `${JSON.stringify(toExport(archive), null, 2)}\n`;
}
