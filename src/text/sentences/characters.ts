/**
 * Character classes by UTF-16 code unit, for loops that would otherwise run a Unicode regular
 * expression (or allocate a one-character string) per character. Each answer is exactly what the
 * corresponding `/u` pattern says: `isWhiteSpace` is `\s`, `isWordCodePoint` is `[\p{L}\p{N}]`.
 */

const WORD_PATTERN = /[\p{L}\p{N}]/u;

/**
 * Per BMP code unit, 1 for a letter or digit (a lone surrogate is neither). Filled once at load
 * (a few milliseconds): a lookup with nothing to check first keeps the per-character loops fast.
 */
const WORD_UNITS = new Uint8Array(0x10000);
for (let code = 0; code <= 0xffff; code++) WORD_UNITS[code] = WORD_PATTERN.test(String.fromCharCode(code)) ? 1 : 0;

/** `\s`: ASCII and Unicode white space, line terminators and the byte order mark. */
export function isWhiteSpace(code: number): boolean {
  // Most text is below U+1680, where only three kinds of white space exist.
  if (code < 0x1680) return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0;
  return (
    code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** `[\p{L}\p{N}]` for one code point (a lone surrogate is neither). */
export function isWordCodePoint(codePoint: number): boolean {
  return codePoint > 0xffff ? WORD_PATTERN.test(String.fromCodePoint(codePoint)) : WORD_UNITS[codePoint] === 1;
}

/**
 * Whether the code unit at `i` belongs to a letter or digit, reading text as a `/u` pattern does:
 * both halves of a surrogate pair take the answer of their code point, a lone surrogate is no letter.
 */
export function isWordUnitAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdfff) return isWordCodePoint(code);
  const start = code <= 0xdbff ? i : i - 1;
  const high = text.charCodeAt(start);
  const low = text.charCodeAt(start + 1);
  if (!(high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff)) return false;
  return isWordCodePoint((high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000);
}
