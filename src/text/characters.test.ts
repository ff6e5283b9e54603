import { describe, expect, it } from 'vitest';
import {
  classAt,
  classOfUnitAt,
  codePointClass,
  codePointLength,
  isWhiteSpaceCode,
  LETTER,
  lengthIfClass,
  LOWER,
  MARK,
  NUMBER,
  unitClass,
  UPPER,
  WORD,
} from './characters.js';

const PATTERNS: ReadonlyArray<readonly [number, RegExp]> = [
  [LETTER, /^\p{L}$/u],
  [NUMBER, /^\p{N}$/u],
  [UPPER, /^\p{Lu}$/u],
  [LOWER, /^\p{Ll}$/u],
  [MARK, /^\p{M}$/u],
];
const expectedClass = (character: string): number => PATTERNS.reduce((bits, [bit, pattern]) => (pattern.test(character) ? bits | bit : bits), 0);

describe('character classes agree with the regular expressions they replace', () => {
  it('on every BMP code unit, asked twice (learnt, then from the table)', () => {
    const wrong: string[] = [];
    for (let round = 0; round < 2; round++) {
      for (let code = 0; code <= 0xffff; code++) {
        const character = String.fromCharCode(code);
        if (unitClass(code) !== expectedClass(character)) wrong.push(`class ${code.toString(16)}`);
        if (isWhiteSpaceCode(code) !== /\s/u.test(character)) wrong.push(`space ${code.toString(16)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('on astral code points', () => {
    for (const codePoint of [0x1d400, 0x10428, 0x10400, 0x1f600, 0x1d7ce, 0x1d167, 0x20000]) {
      expect(codePointClass(codePoint), codePoint.toString(16)).toBe(expectedClass(String.fromCodePoint(codePoint)));
    }
  });

  it('answer nothing outside the text and for codes that are no code unit', () => {
    expect([unitClass(-1), unitClass(Number.NaN), unitClass(0x10000)]).toEqual([0, 0, 0]);
    expect([classAt('a', 1), classAt('a', -1), lengthIfClass('a', 1, WORD), classOfUnitAt('a', 1)]).toEqual([0, 0, 0, 0]);
  });

  it('read a surrogate pair as its code point and a lone surrogate as nothing', () => {
    // a, 𝐀 (letter), 😀 (symbol), lone high, x, lone low, space
    const text = 'a\u{1d400}\u{1f600}\ud835x\udc00 ';
    expect([...text].length).toBe(7);
    const byUnit = [...Array(text.length).keys()].map((i) => (classOfUnitAt(text, i) & WORD) !== 0);
    expect(byUnit).toEqual([true, true, true, false, false, false, true, false, false]);
    expect(classAt(text, 1)).toBe(LETTER | UPPER);
    expect(classAt(text, 2)).toBe(0);
    expect([lengthIfClass(text, 1, LETTER), lengthIfClass(text, 3, LETTER), lengthIfClass(text, 5, WORD), lengthIfClass(text, 7, LETTER)]).toEqual([2, 0, 0, 0]);
    expect([codePointLength(text, 1), codePointLength(text, 5), codePointLength(text, 6)]).toEqual([2, 1, 1]);
  });
});
