import { describe, expect, it } from 'vitest';
import type { FoundNumber } from '../types.js';
import { extractNumbers } from './index.js';

/** A deterministic stream of pieces (xorshift), so a failure can be reproduced. */
function noise(pieces: readonly string[], length: number, seed: number): string {
  let state = seed;
  const out: string[] = [];
  let size = 0;
  while (size < length) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    const piece = pieces[Math.abs(state) % pieces.length] ?? '';
    out.push(piece);
    size += piece.length;
  }
  return out.join('');
}

/** Mentions that break the output contract: overlapping, empty, out of bounds, or not finite. */
function insane(text: string, found: readonly FoundNumber[]): FoundNumber[] {
  let previousEnd = 0;
  return found.filter((n) => {
    const bad = n.start < previousEnd || n.end <= n.start || n.end > text.length || !Number.isFinite(n.value);
    previousEnd = n.end;
    return bad;
  });
}

const MB = 1 << 20;

describe('numbers on 1 MB of adversarial input', () => {
  const cases: ReadonlyArray<readonly [string, readonly string[], 'eng' | 'rus']> = [
    ['digits and separators', ['1', '2', '0', ',', '.', ' ', '\u00A0', '\u2009', '-', '+', '−', '%', '$', '/', 'e'], 'eng'],
    ['one endless digit run', ['9'], 'eng'],
    ['grouped digits', ['1,000', ',000', ' 000', '.5', '1 ', '1.000'], 'rus'],
    ['number words', ['one ', 'hundred ', 'and ', 'thousand ', 'a ', 'half ', 'twenty-', 'first ', 'million ', '$', 'dollars '], 'eng'],
    ['Russian words and abbreviations', ['два ', 'тысячи ', 'млн ', 'руб. ', 'с половиной ', 'от ', 'до ', '5', ',', '%', 'кв. м ', '-го '], 'rus'],
    ['fractions, ratios and spoken decimals', ['one ', 'over ', 'out of ', 'point ', 'five ', 'twenty-', 'firsts ', 'of a ', 'half ', 'a ', 'million ', '3 ', '1/2 ', '^', '-1 ', 'dz '], 'eng'],
    ['signs and spaces', ['-', '+', ' ', '-', '.', '1', '\n'], 'eng'],
  ];
  for (const [name, pieces, language] of cases) {
    it(`${name}: finishes with sane mentions`, () => {
      const text = noise(pieces, MB, 0x9e3779b9);
      const found = extractNumbers(text, language);
      expect(insane(text, found)).toEqual([]);
    });
  }
});
