import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWordCodePoint } from '../../text/characters.js';
import {
  hasLowWordCharacterShare,
  isChrome,
  isVoteCount,
  labelOf,
  loweredWordCharacterHash,
  sameWordCharacters,
  wordCharacterHash,
  wordCount,
  withoutPartNumber,
  wordsIn,
} from './lines.js';
import { vocabulary } from './vocabulary/index.js';

const duplicateKey = (line: string): string => line.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

describe('line tests keep the meaning of the patterns they replace', () => {
  it('lower-casing never turns a BMP letter or digit into none (isVoteCount relies on it)', () => {
    for (let code = 0; code <= 0xffff; code++) {
      if (!isWordCodePoint(code)) continue;
      const lower = String.fromCharCode(code).toLowerCase();
      expect([...Array(lower.length).keys()].some((i) => isWordCodePoint(lower.charCodeAt(i))), code.toString(16)).toBe(true);
    }
  });

  it('hashes and compares lines by their letters and digits, as their lower-cased keys do', () => {
    const lines = ['Hello, World!', 'hello world', 'HELLO — WORLD.', 'Hello Word', 'Привет, мир', 'привет мир!', '\u{1d400}b', '\u{1f600}b', 'b', '…', ''];
    for (const a of lines) {
      const hash = wordCharacterHash(a.toLowerCase());
      expect(hash === null).toBe(duplicateKey(a) === '');
      for (const b of lines) {
        const same = duplicateKey(a) === duplicateKey(b);
        expect(sameWordCharacters(a.toLowerCase(), b.toLowerCase()), `${a} / ${b}`).toBe(same);
        if (same) expect(wordCharacterHash(b.toLowerCase())).toBe(hash);
      }
    }
  });

  it('hashes a line as its lower-cased form hashes, or leaves the line to be lower-cased', () => {
    const hashOfLowered = (line: string) => {
      const hash = loweredWordCharacterHash(line);
      return hash === undefined ? wordCharacterHash(line.toLowerCase()) : hash;
    };
    for (let code = 0; code <= 0xffff; code++) {
      const line = `Ab${String.fromCharCode(code)}`;
      expect(hashOfLowered(line), code.toString(16)).toBe(wordCharacterHash(line.toLowerCase()));
    }
    for (const line of ['', '…', 'Привет, МИР!', 'İstanbul', 'ΟΔΟΣ Σ', '№ 5', 'x\u{1d400}y']) {
      expect(hashOfLowered(line), line).toBe(wordCharacterHash(line.toLowerCase()));
    }
  });

  it('cuts words as the letter-and-digit pattern matches them', () => {
    for (const line of ['', '...', 'one, two; one', 'x\u{1d400}y \u{1f600}z \ud835w', 'Привет-мир 2025г.']) {
      expect([...wordsIn(line)]).toEqual([...new Set(line.match(/[\p{L}\p{N}]+/gu) ?? [])]);
    }
  });

  it('counts words as split-and-filter does, and stops at the limit', () => {
    const count = (line: string) => line.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
    for (const line of ['', '  ', 'one', ' one  two\tthree ', '— a — b', '* * *', 'x\u{1d400} \u{1f600} 12', 'a\u00a0b\u2003c']) {
      expect(wordCount(line)).toBe(count(line));
      expect(wordCount(line, 2)).toBe(Math.min(2, count(line)));
    }
  });

  it('tells decoration by its share of letters and digits per code point, spaces excluded', () => {
    const share = (line: string): number => {
      const characters = [...line].filter((char) => char.trim() !== '');
      return characters.length === 0 ? 0 : characters.filter((char) => /[\p{L}\p{N}]/u.test(char)).length / characters.length;
    };
    const lines = ['* * *', 'ab\u{1f600}\u{1d400}', ' \u00a0 ', '', `${'a'.repeat(40)}${'='.repeat(94)}`, `${'a'.repeat(40)}${'='.repeat(93)}`, `${'='.repeat(93)}${'a'.repeat(40)}`];
    for (const line of lines) for (const min of [0.3, 0.5]) expect(hasLowWordCharacterShare(line, min), line).toBe(share(line) < min);
    const piece = fc.constantFrom('a', 'Я', '7', ' ', '\n', '=', '*', '—', '\u{1f600}', '\u{1d400}', '\ud835');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 120 }), fc.constantFrom(0.3, 0.5, 0.9), (pieces, min) => {
        const line = pieces.join('');
        expect(hasLowWordCharacterShare(line, min)).toBe(share(line) < min);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds vote counters however the line is dressed, and no counter in prose', () => {
    expect(isVoteCount('— 12 votes —')).toBe(true);
    expect(isVoteCount('(нет голосов)')).toBe(true);
    expect(isVoteCount('12 votes and many more words after them')).toBe(false);
  });

  it('finds every chrome phrase inside a longer line, and none in plain prose', () => {
    for (const phrase of vocabulary.chromePhrases) expect(isChrome(`Some words, ${phrase.toUpperCase()} — more words`), phrase).toBe(true);
    expect(isChrome('The minister spoke about the budget on Tuesday')).toBe(false);
  });

  it('reads a label only when its colon stands near the start', () => {
    const pattern = /^[^\p{L}]{0,3}(?<label>\p{L}[\p{L} ]{0,24}?)\s?[:：]\s?(?<rest>.*)$/su;
    const farthest = `${'\u{1f600}'.repeat(3)}${'\u{1d400}'.repeat(25)} : rest`;
    expect(farthest.indexOf(':')).toBe(57);
    for (const line of ['Photo: Reuters', farthest, farthest.slice(1), `x${farthest}`, `${'Long words here '.repeat(4)}: rest`, 'Фото： ТАСС']) {
      const match = pattern.exec(line);
      const expected = match && { label: match.groups!.label!.toLowerCase(), rest: match.groups!.rest!.trim() };
      expect(labelOf(line), line).toEqual(expected);
    }
    expect(labelOf(farthest)).not.toBeNull();
  });

  it('cuts a part number at the end of any line', () => {
    expect(withoutPartNumber('Moscow believes Part 1.')).toBe('Moscow believes');
    expect(withoutPartNumber(`${'long '.repeat(100)}часть 12`)).toBe(`${'long '.repeat(99)}long`);
    expect(withoutPartNumber('Part 1.')).toBe('Part 1.');
    expect(withoutPartNumber('Moscow part 1234')).toBe('Moscow part 1234');
  });
});
