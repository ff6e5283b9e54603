import { describe, expect, it } from 'vitest';
import { digitReader } from './common.js';
import { extractNumbers } from './index.js';
import { foldWord, isLetterAt, isWordCharAt, phraseTable, wordEnd, wordTable } from './phrases.js';

describe('letter runs', () => {
  it('read astral letters as whole surrogate pairs, lone surrogates as no letter', () => {
    const text = 'a𝐀b\uD835 c';
    expect(isLetterAt(text, 1)).toBe(true);
    expect(isWordCharAt(text, 1)).toBe(true);
    expect(isLetterAt(text, 2)).toBe(false);
    expect(wordEnd(text, 0)).toBe(4);
    expect(isLetterAt(text, 4)).toBe(false);
  });
});

describe('phrase tables', () => {
  // Children of one node spread over ASCII, Cyrillic and a far sign: some fall outside the dense window.
  const table = phraseTable<string>([
    ['€', 'euro sign'], ['eur', 'eur'], ['евро', 'евро'], ['$', 'dollar sign'], ['долл.', 'долл'], ['kb', 'kb'], ['per cent', 'percent'],
  ]);

  it('find phrases whatever script their first character is in', () => {
    const cases: ReadonlyArray<readonly [string, string]> = [['€5', 'euro sign'], ['eur 5', 'eur'], ['евро.', 'евро'], ['$1', 'dollar sign'], ['долл. США', 'долл']];
    for (const [text, meaning] of cases) {
      expect(table.match(text, 0)?.meaning).toBe(meaning);
    }
  });

  it('fold non-ASCII upper case and ё, and read any run of spaces as one', () => {
    expect(table.match('ЕВРО', 0)).toEqual({ end: 4, meaning: 'евро' });
    expect(table.match('PER \u00A0 CENT', 0)).toEqual({ end: 10, meaning: 'percent' });
    expect(phraseTable([['ещё', 1]]).match('ЕЩЁ', 0)?.meaning).toBe(1);
  });

  it('keep word boundaries and match backwards', () => {
    expect(table.match('kb2', 0)).toBeNull();
    expect(table.matchBefore('5 per  cent', 11)).toEqual({ start: 2, meaning: 'percent' });
    expect(table.match('x', 5)).toBeNull();
  });
});

describe('word tables', () => {
  const words = new Map([['два', 2], ['three', 3], ['полтора', 1.5], ['i\u0307ki', 9]]);
  const table = wordTable(words);
  const lookUp = (text: string): number | undefined => table.get(text, 0, wordEnd(text, 0));

  it('look a word up as a map would after folding it', () => {
    for (const text of ['два', 'ДВА', 'Three', 'THREE', 'полтора', 'ПолТора', 'thre', 'threes', 'İki', 'x']) {
      expect(lookUp(text)).toBe(words.get(foldWord(text.slice(0, wordEnd(text, 0)))));
    }
  });

  it('match a word only whole', () => {
    expect(table.get('двадцать', 0, 3)).toBe(2);
    expect(table.get('двадцать', 0, 8)).toBeUndefined();
  });
});

describe('digit runs', () => {
  const read = digitReader([{ pattern: /^\d{1,3}(?:,\d{3})+(?!\d)/, decimal: '.', group: /,/g }]);

  it('read plain digits of any length as Number does', () => {
    for (const digits of ['0', '007', '1996', '123456789012345', '1234567890123456789', '9'.repeat(40)]) {
      expect(read(`${digits} x`, 0)).toEqual({ end: digits.length, value: Number(digits), precise: false, plain: true });
    }
    expect(read('9'.repeat(41), 0)).toBeNull();
  });

  it('try formats only on runs with separators', () => {
    expect(read('1,674,200 x', 0)).toEqual({ end: 9, value: 1674200, precise: true, plain: false });
    expect(read('.08 x', 0)).toEqual({ end: 3, value: 0.08, precise: true, plain: false });
    expect(read('10^6', 0)).toEqual({ end: 4, value: 1e6, precise: true, plain: false });
  });
});

describe('words leading a currency', () => {
  it('start a mention only where the currency is written', () => {
    const text = "Singapore's S$5 and it's us US$7";
    expect(extractNumbers(text, 'eng').map((n) => [text.slice(n.start, n.end), n.unit])).toEqual([['S$5', 'SGD'], ['US$7', 'USD']]);
  });
});
