/**
 * Unicode character classes by UTF-16 code unit, for the per-character loops of every stage: a
 * Unicode regular expression (or a one-character string) per character was the largest cost of
 * those loops. Every answer is exactly what the matching `/u` pattern says of the same text: a
 * surrogate pair is the one code point it encodes, a lone surrogate is no letter, number or mark.
 */

export const LETTER = 1;
export const NUMBER = 2;
export const UPPER = 4;
export const LOWER = 8;
export const MARK = 16;
/** `[\p{L}\p{N}]`. */
export const WORD = LETTER | NUMBER;

const CLASS_PATTERNS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^\p{L}$/u, LETTER],
  [/^\p{N}$/u, NUMBER],
  [/^\p{Lu}$/u, UPPER],
  [/^\p{Ll}$/u, LOWER],
  [/^\p{M}$/u, MARK],
];

function classify(character: string): number {
  let bits = 0;
  for (const [pattern, bit] of CLASS_PATTERNS) if (pattern.test(character)) bits |= bit;
  return bits;
}

/**
 * Class bits per BMP code unit, filled at load (~13 ms per thread): a lookup with nothing to check
 * first is what keeps the per-character loops fast (learning on first sight cost them ~10%).
 */
const UNITS = new Uint8Array(0x10000);
for (let code = 0; code < UNITS.length; code++) UNITS[code] = classify(String.fromCharCode(code));

/** The class bits of one UTF-16 code unit taken alone; 0 for a surrogate, -1, NaN or a code above the BMP. */
export function unitClass(code: number): number {
  // Never read outside the table: V8 takes a slow path for every out-of-bounds typed-array read.
  return code >= 0 && code <= 0xffff ? UNITS[code]! : 0;
}

export const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
export const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** The class bits of any code point. */
export function codePointClass(codePoint: number): number {
  return codePoint <= 0xffff ? unitClass(codePoint) : classify(String.fromCodePoint(codePoint));
}

/**
 * The code unit at `i`, or -1 outside the text. Every read here that may fall outside goes through
 * it: once a `charCodeAt` site has read past the end of a string, V8 compiles it for a NaN result,
 * and every loop through that site, in every stage that shares it, runs slower.
 */
export const codeAt = (text: string, i: number): number => (i >= 0 && i < text.length ? text.charCodeAt(i) : -1);

/** The class bits of the code point starting at `i`: 0 outside the text and at a lone or trailing surrogate. */
export function classAt(text: string, i: number): number {
  const code = codeAt(text, i);
  if (!isHighSurrogate(code)) return unitClass(code);
  return isLowSurrogate(codeAt(text, i + 1)) ? classify(text.slice(i, i + 2)) : 0;
}

/**
 * The class bits of the code point the code unit at `i` belongs to: both halves of a surrogate pair
 * answer for their code point (for loops that step one code unit at a time).
 */
export function classOfUnitAt(text: string, i: number): number {
  return isLowSurrogate(codeAt(text, i)) && isHighSurrogate(codeAt(text, i - 1)) ? classAt(text, i - 1) : classAt(text, i);
}

/** `[\p{L}\p{N}]` for one code point (or a BMP code unit). */
export const isWordCodePoint = (codePoint: number): boolean => (codePointClass(codePoint) & WORD) !== 0;

/** `[\p{L}\p{N}]` for the code point the code unit at `i` belongs to. */
export function isWordUnitAt(text: string, i: number): boolean {
  const code = codeAt(text, i);
  // Outside the surrogates (and the text: -1) one code unit is the whole code point.
  if (code < 0xd800 || code > 0xdfff) return (unitClass(code) & WORD) !== 0;
  return (classOfUnitAt(text, i) & WORD) !== 0;
}

/** UTF-16 length of the code point at `i` when its class has a bit of `mask`, else 0 (also outside the text). */
export function lengthIfClass(text: string, i: number, mask: number): number {
  const code = codeAt(text, i);
  if (!isHighSurrogate(code)) return (unitClass(code) & mask) !== 0 ? 1 : 0;
  return (classAt(text, i) & mask) !== 0 ? 2 : 0;
}

/** UTF-16 length of the code point starting at `i`: 2 for a surrogate pair, else 1. */
export function codePointLength(text: string, i: number): number {
  return isHighSurrogate(codeAt(text, i)) && isLowSurrogate(codeAt(text, i + 1)) ? 2 : 1;
}

/** `\s`: ECMAScript white space and line terminators, the byte order mark included. */
export function isWhiteSpaceCode(code: number): boolean {
  // Most text is below U+1680, where only these kinds of white space exist.
  if (code < 0x1680) return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0;
  return (
    code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

export const isAsciiDigitCode = (code: number): boolean => code >= 0x30 && code <= 0x39;
