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
export const LOWER = 16;
const KNOWN = 32;

const TESTS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^\p{L}$/u, LETTER],
  [/^\p{N}$/u, NUMBER],
  [/^\p{Lu}$/u, UPPER],
  [/^\p{M}$/u, MARK],
  [/^\p{Ll}$/u, LOWER],
];

function classify(ch: string): number {
  let bits = 0;
  for (const [re, bit] of TESTS) if (re.test(ch)) bits |= bit;
  return bits;
}

const units = new Uint8Array(0x10000);

function learn(c: number): number {
  const bits = KNOWN | classify(String.fromCharCode(c));
  units[c] = bits;
  return bits;
}

/**
 * The class bits of one UTF-16 code unit on its own, by table: loops over every character of a text use it and
 * go to `classAt` only at a high surrogate, whose pair is one code point. `c` must be a code unit (0..0xffff).
 */
export function unitClass(c: number): number {
  const bits = units[c] ?? 0;
  return (bits === 0 ? learn(c) : bits) & ~KNOWN;
}

export const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
export const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** The class bits of the code point starting at `i` (0 outside the text). */
export function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  // NaN outside the text.
  if (c !== c) return 0;
  if (isHighSurrogate(c)) return isLowSurrogate(text.charCodeAt(i + 1)) ? classify(text.slice(i, i + 2)) : 0;
  return unitClass(c);
}

/**
 * UTF-16 length of the code point at `i` when its class has a bit of `mask`, else 0 (also outside the text): one
 * step of a loop over a run of such characters.
 */
export function lengthIfClass(text: string, i: number, mask: number): number {
  const c = text.charCodeAt(i);
  if (c !== c) return 0;
  if (!isHighSurrogate(c)) return (unitClass(c) & mask) !== 0 ? 1 : 0;
  return (classAt(text, i) & mask) !== 0 ? 2 : 0;
}

/** UTF-16 length of the code point starting at `i`: 2 for a surrogate pair, else 1. */
export function codePointLength(text: string, i: number): number {
  return isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
}

/** The characters `\s` matches (ECMAScript WhiteSpace and LineTerminator), by code. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
