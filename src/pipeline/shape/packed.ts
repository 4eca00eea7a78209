import { deflateRawSync, inflateRawSync, constants } from "node:zlib";

/**
 * A value kept compressed: its JSON, deflated, held as a one-byte string (bytes as Latin-1
 * characters, so it stays in the JavaScript heap at a byte a byte, and is collected with its
 * owner). Read back whole on each access.
 *
 * A story's clean paragraphs and its original file are most of its memory (17 KB of a story's
 * 27 at 10,000 synthetic articles, often two bytes a character for the curly quotes of news
 * copy), and each is read once or twice a build: by its page, its search record and perhaps a
 * feed. Deflated they take a fifth of that. So are the lists only its own page shows (its date
 * candidates, captions, links and related stories: 3.7 KB of a story's 14 at 1,500).
 */
export class Packed<T> {
  readonly #bytes: string;

  constructor(value: T) {
    // Level 1: most of the saving for a fraction of the time of the default level.
    this.#bytes = deflateRawSync(JSON.stringify(value), { level: constants.Z_BEST_SPEED }).toString("latin1");
  }

  /** The bytes held. */
  get size(): number {
    return this.#bytes.length;
  }

  get value(): T {
    return JSON.parse(inflateRawSync(Buffer.from(this.#bytes, "latin1")).toString("utf8")) as T;
  }
}

const PACKED = Symbol("packed");

type WithPacked = { [PACKED]?: Map<PropertyKey, Packed<unknown>> };

/**
 * Keeps `owner[key]` packed: the property stays (enumerable, so copies, JSON and comparisons
 * see the value) but is a getter that unpacks on each read. Assigning it stores the new value
 * as a plain property again. `packed`, when given, is the already packed value (see carryPacked).
 */
export function packProperty<O extends object, K extends keyof O & string>(owner: O, key: K, packed: Packed<O[K]> = new Packed(owner[key])): void {
  let shelf = (owner as WithPacked)[PACKED];
  if (!shelf) {
    // Not enumerable: a copy of the owner ({ ...story }) gets the values, not the shelf.
    shelf = new Map();
    Object.defineProperty(owner, PACKED, { value: shelf, enumerable: false });
  }
  shelf.set(key, packed);
  Object.defineProperty(owner, key, accessorOf(key));
}

const accessors = new Map<PropertyKey, PropertyDescriptor>();

/**
 * The getter and setter of a packed property, one pair for every owner: a pair of closures of
 * its own for each story cost 700 bytes a property (V8 gave each story its own hidden class).
 */
function accessorOf(key: PropertyKey): PropertyDescriptor {
  let accessor = accessors.get(key);
  if (!accessor) {
    accessor = {
      enumerable: true,
      configurable: true,
      get(this: WithPacked) {
        return this[PACKED]!.get(key)!.value;
      },
      set(this: WithPacked, value: unknown) {
        this[PACKED]!.delete(key);
        Object.defineProperty(this, key, { value, enumerable: true, configurable: true, writable: true });
      },
    };
    accessors.set(key, accessor);
  }
  return accessor;
}

/** `owner[key]` as it is packed on `owner`, if it is. */
function packedOf<T>(owner: object, key: PropertyKey): Packed<T> | undefined {
  return (owner as WithPacked)[PACKED]?.get(key) as Packed<T> | undefined;
}

/** `from[key]` onto `to`, packed: as it is packed on `from` (without unpacking it), else packed now. */
export function packOnto<F extends object, T extends object, K extends keyof F & keyof T & string>(from: F, to: T, key: K): void {
  packProperty(to, key, packedOf<T[K]>(from, key) ?? new Packed(from[key] as unknown as T[K]));
}

/** `from[key]` onto `to`, packed still when it is packed on `from` (without unpacking it). */
export function carryPacked<F extends object, T extends object, K extends keyof F & keyof T & string>(from: F, to: T, key: K): void {
  const packed = packedOf<T[K]>(from, key);
  if (packed) packProperty(to, key, packed);
  else to[key] = from[key] as unknown as T[K];
}
