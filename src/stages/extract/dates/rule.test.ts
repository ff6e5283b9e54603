import { describe, expect, it } from 'vitest';
import { L, R } from './rule.js';

const CHARACTERS = [
  ...Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)),
  '𝐀', '𝟎', '😀', '𐐀', '\u{1F1E6}',
];

describe('token edges', () => {
  it('L is `(?<![\\p{L}\\p{N}])` for every character behind', () => {
    const fast = new RegExp(`${L}x`, 'iu');
    const plain = /(?<![\p{L}\p{N}])x/iu;
    expect(CHARACTERS.filter((c) => fast.test(`${c}x`) !== plain.test(`${c}x`))).toEqual([]);
  });
  it('R is `(?![\\p{L}\\p{N}])` for every character ahead', () => {
    const fast = new RegExp(`x${R}`, 'iu');
    const plain = /x(?![\p{L}\p{N}])/iu;
    expect(CHARACTERS.filter((c) => fast.test(`x${c}`) !== plain.test(`x${c}`))).toEqual([]);
  });
});
