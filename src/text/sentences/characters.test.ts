import { describe, expect, it } from 'vitest';
import { isWhiteSpace, isWordCodePoint, isWordUnitAt } from './characters.js';

describe('character classes agree with the regular expressions they replace', () => {
  it('isWhiteSpace is \\s for every BMP code unit', () => {
    for (let code = 0; code <= 0xffff; code++) expect(isWhiteSpace(code), code.toString(16)).toBe(/\s/u.test(String.fromCharCode(code)));
  });

  it('isWordCodePoint is [\\p{L}\\p{N}] for every BMP code unit and some astral ones', () => {
    for (let code = 0; code <= 0xffff; code++) {
      expect(isWordCodePoint(code), code.toString(16)).toBe(/[\p{L}\p{N}]/u.test(String.fromCharCode(code)));
    }
    for (const codePoint of [0x1d400, 0x10428, 0x1f600, 0x1d7ce]) {
      expect(isWordCodePoint(codePoint)).toBe(/[\p{L}\p{N}]/u.test(String.fromCodePoint(codePoint)));
    }
  });

  it('isWordUnitAt reads surrogate pairs as one code point and lone surrogates as no letter', () => {
    const text = 'a\u{1d400}\u{1f600}\ud835x\udc00 ';
    const expected = [true, true, true, false, false, false, true, false, false];
    expect([...Array(text.length).keys()].map((i) => isWordUnitAt(text, i))).toEqual(expected);
  });
});
