/**
 * Unicode classes of single characters without a regular expression per character: the class of a BMP code
 * unit is worked out once, on first sight, and kept in a table (Cyrillic text is all non-ASCII, so an ASCII
 * shortcut alone does not help it). A surrogate pair is classified as the one code point it is, as a `u`
 * regular expression reads it; a lone surrogate is no letter, number or mark.
 */

export const LETTER = 1;
export const NUMBER = 2;
export const UPPER = 4;
export const MARK = 8;
const KNOWN = 16;

const TESTS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^\p{L}$/u, LETTER],
  [/^\p{N}$/u, NUMBER],
  [/^\p{Lu}$/u, UPPER],
  [/^\p{M}$/u, MARK],
];

function classify(ch: string): number {
  let bits = 0;
  for (const [re, bit] of TESTS) if (re.test(ch)) bits |= bit;
  return bits;
}

const units = new Uint8Array(0x10000);

function asciiClass(c: number): number {
  if (c >= 97 && c <= 122) return LETTER;
  if (c >= 65 && c <= 90) return LETTER | UPPER;
  return c >= 48 && c <= 57 ? NUMBER : 0;
}

/** The class bits of the code point starting at `i` (0 outside the text). */
export function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return asciiClass(c);
  if (c >= 0xd800 && c <= 0xdbff) {
    const low = text.charCodeAt(i + 1);
    return low >= 0xdc00 && low <= 0xdfff ? classify(text.slice(i, i + 2)) : 0;
  }
  if (c !== c) return 0;
  let bits = units[c] ?? 0;
  if (bits === 0) {
    bits = KNOWN | classify(String.fromCharCode(c));
    units[c] = bits;
  }
  return bits & ~KNOWN;
}

/** The class bits of the code point ending just before `i`, as a lookbehind reads it (0 at the start). */
export function classBefore(text: string, i: number): number {
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return classAt(text, i - 2);
  }
  return i > 0 ? classAt(text, i - 1) : 0;
}

/** UTF-16 length of the code point starting at `i`: 2 for a surrogate pair, else 1. */
export function codePointLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

/** The characters `\s` matches (ECMAScript WhiteSpace and LineTerminator), by code. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
