import { describe, expect, it } from "vitest";
import { sortFilterValues, sortNamedLists } from "../../src/cli/stableSearchIndex.ts";

const SIGNATURE = Buffer.from("pagefind_dcd");
/** Minimal CBOR for the tests: short arrays, short text, small unsigned ints. */
const arr = (...items: Buffer[]) => Buffer.concat([Buffer.from([0x80 + items.length]), ...items]);
const txt = (s: string) => Buffer.concat([Buffer.from([0x60 + Buffer.byteLength(s)]), Buffer.from(s)]);
const int = (n: number) => Buffer.from([n]);

describe("a Pagefind filter file in one order", () => {
  it("sorts the [value, pages] pairs, whatever order they came in", () => {
    const pairs = [arr(txt("Sports"), arr(int(2))), arr(txt("Courts"), arr(int(0), int(1))), arr(txt("Immigration"), arr(int(1)))];
    const file = (order: number[]) => Buffer.concat([SIGNATURE, arr(txt("topic"), arr(...order.map((i) => pairs[i]!)))]);
    const sorted = sortFilterValues(file([0, 1, 2]));
    expect(sortFilterValues(file([2, 0, 1])).equals(sorted)).toBe(true);
    // Byte order: a text's CBOR head holds its length, so shorter values come first.
    expect(sorted.equals(file([1, 0, 2]))).toBe(true);
  });

  it("sorts the metadata's filters and sort orders by name, and keeps the list of pages as it is", () => {
    const pages = arr(arr(txt("p2"), int(9)), arr(txt("p1"), int(4)));
    const filters = (order: number[]) => arr(...order.map((i) => [arr(txt("year"), txt("en_b")), arr(txt("topic"), txt("en_a"))][i]!));
    const meta = (order: number[]) => Buffer.concat([SIGNATURE, arr(txt("1.5.2"), pages, filters(order))]);
    const sorted = sortNamedLists(meta([0, 1]));
    expect(sorted.equals(sortNamedLists(meta([1, 0])))).toBe(true);
    expect(sorted.equals(meta([0, 1]))).toBe(true);
    // Page numbers depend on the order of the pages: "p2" stays first.
    expect(sorted.includes(pages)).toBe(true);
  });
});
