/**
 * Non-negative integers as a compact string: five bits per character, least significant first,
 * from a 64-character URL-safe alphabet whose first half ends a number and second half continues
 * it. JSON.parse reads one long string far faster than hundreds of thousands of number literals,
 * which is most of the cost of restoring the search index.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;

const ALPHABET_CODES = Uint8Array.from(ALPHABET, (ch) => ch.charCodeAt(0));

/** Appends numbers; `toString()` gives the encoded text. */
export class VarintWriter {
  #bytes = new Uint8Array(1024);
  #at = 0;

  push(original: number): void {
    if (!Number.isInteger(original) || original < 0 || original > 0xffffffff) throw new RangeError(`cannot encode ${original}`);
    // At most seven characters for a 32-bit number.
    if (this.#at + 7 > this.#bytes.length) {
      const grown = new Uint8Array(this.#bytes.length * 2);
      grown.set(this.#bytes);
      this.#bytes = grown;
    }
    let value = original;
    while (value >= 32) {
      this.#bytes[this.#at++] = ALPHABET_CODES[32 + (value & 31)] as number;
      value = Math.floor(value / 32);
    }
    this.#bytes[this.#at++] = ALPHABET_CODES[value] as number;
  }

  /** ASCII bytes decode to the same characters. */
  toString(): string {
    return new TextDecoder().decode(this.#bytes.subarray(0, this.#at));
  }
}

/** Reads numbers one at a time; `next()` throws on malformed input or past the end. */
export class VarintReader {
  #at = 0;

  constructor(private readonly text: string) {}

  get done(): boolean {
    return this.#at >= this.text.length;
  }

  next(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const code = this.text.charCodeAt(this.#at++);
      const digit = code < 128 ? (VALUES[code] as number) : -1;
      if (digit < 0 || scale > 2 ** 35) throw new RangeError(`malformed number at ${this.#at - 1}`);
      if (digit < 32) return value + digit * scale;
      value += (digit - 32) * scale;
      scale *= 32;
    }
  }
}
