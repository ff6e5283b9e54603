import { describe, expect, it } from 'vitest';
import { foldPunctuation, isCapitalized, lowerCase, startsName, tokenize } from './tokens.js';
import { wordSet } from './word-set.js';

// The token grammar as a sticky regular expression: the reference the hand-written reader must agree with.
const TOKEN = /[\p{L}\p{N}]+(?:[-–‑'’.&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/uy;
function reference(text: string, from: number, to: number): Array<{ text: string; start: number; end: number }> {
  const tokens = [];
  let p = from;
  while (p < to) {
    if (/\s/u.test(text.charAt(p))) {
      p += 1;
      continue;
    }
    TOKEN.lastIndex = p;
    const end = TOKEN.test(text) ? Math.min(TOKEN.lastIndex, to) : p + 1;
    tokens.push({ text: text.slice(p, end), start: p, end });
    p = TOKEN.lastIndex > p ? TOKEN.lastIndex : p + 1;
  }
  return tokens;
}

const samples = [
  "AT&T's U.S. Trans-Baikal Russian–Chinese People’s (ABC) 2-1 x--y a.",
  'Газпрома «Роснефть» МИДа — 12,5% ООО «Ромашка»\u00a0Ltd.\u2003end',
  'emoji 😀 and 𝐀𝐁𝐂 math letters, 𝟏𝟐 digits, a lone \ud800 high and \udc00 low surrogate',
  'combining é (e + U+0301), ҂ sign, ǅ titlecase, Ⅻ numeral, \ufeffBOM\u2028line',
  'edge-', "'quoted'", '-', 'a-b-c.d&e', 'Ω',
];

describe('tokenize', () => {
  it.each(samples)('agrees with the token grammar: %s', (text) => {
    expect(tokenize(text, 0, text.length)).toEqual(reference(text, 0, text.length));
  });

  it('cuts a token that runs past the end of the range', () => {
    const text = 'Gazprom Neft-Vostok said';
    expect(tokenize(text, 0, 10)).toEqual(reference(text, 0, 10));
    expect(tokenize(text, 8, 15).at(-1)).toEqual({ text: 'Neft-Vo', start: 8, end: 15 });
  });
});

describe('words', () => {
  it('tell capitalised words and name starts', () => {
    expect(['Газпром', 'Émile', '𝐀x', '1st', 'plc', 'ǅ'].map(isCapitalized)).toEqual([true, true, true, false, false, false]);
    expect(['Газпром', '1st', 'Ⅻ', 'газ', '(', ''].map(startsName)).toEqual([true, true, true, false, false, false]);
  });

  it('lower-case as toLowerCase does', () => {
    for (const w of ['министерства', 'Газпром', 'ЁЖИК', 'ёж', 'ЀЍ', 'ѐѝџ', 'plain', 'AT&T', 'İstanbul', 'ΟΔΟΣ', 'Straße', '«»—…', '1-2', '']) {
      expect(lowerCase(w)).toBe(w.toLowerCase());
    }
  });

  it('fold apostrophes and dashes', () => {
    expect(foldPunctuation('People’s Russian–Chinese non‑stop')).toBe("People's Russian-Chinese non-stop");
    expect(foldPunctuation("plain's")).toBe("plain's");
  });
});

describe('wordSet', () => {
  it('answers as the set of its words does', () => {
    const words = ['news', 'chief', '(', ',', 'Shares', 'a', 'Газпром', 'x'.repeat(40), ''];
    const set = wordSet(words);
    for (const w of [...words, 'new', 'newsy', 'Chief', 'chiefs', ')', 'Газпрома', 'x'.repeat(39), 'x'.repeat(41), 'b']) {
      expect(set.has(w)).toBe(words.includes(w));
    }
  });
});
