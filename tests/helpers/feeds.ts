import { XMLParser, XMLValidator } from "fast-xml-parser";

/** Elements that may repeat, parsed as arrays even when there is one. */
const REPEATED = new Set(["entry", "url", "link", "author", "category"]);

/** Parses XML with a real parser, throwing with the parser's reason when it is not well-formed. */
export function parseXml(xml: string): Record<string, any> {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    // Keep every value a string: a title "2017" must not turn into a number.
    parseTagValue: false,
    parseAttributeValue: false,
    htmlEntities: true,
    isArray: (name) => REPEATED.has(name),
  });
  return parser.parse(xml);
}

/** An element's text, whether the parser gave it as a string or as { "#text", "@attr" }. */
export function textOf(node: unknown): string {
  if (typeof node === "string") return node;
  if (node && typeof node === "object" && "#text" in node) return String((node as { "#text": unknown })["#text"]);
  return "";
}

/** RFC 3339 date-time, as Atom and JSON Feed require. */
export const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
