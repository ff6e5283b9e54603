import { describe, expect, it } from 'vitest';
import type { CorpusGroup, NegativeCorpus, Surface } from './corpus.js';
import { EN_CORPUS, EN_NEGATIVE, EN_RANGES } from './en.corpus.js';
import { extractNumbers } from './index.js';
import { RU_CORPUS, RU_NEGATIVE, RU_RANGES } from './ru.corpus.js';

const split = (surface: Surface): readonly [string, string] => (typeof surface === 'string' ? [surface, surface] : surface);

function runCorpus(language: 'eng' | 'rus', corpus: readonly CorpusGroup[]): void {
  for (const { expected, surfaces } of corpus) {
    for (const surface of surfaces) {
      const [text, span] = split(surface);
      it(`${text} → ${expected.kind} ${expected.value} ${expected.unit ?? ''}`, () => {
        const found = extractNumbers(text, language);
        expect(found.map((n) => text.slice(n.start, n.end))).toEqual([span]);
        const [n] = found;
        expect(n?.kind).toBe(expected.kind);
        expect(n?.value).toBeCloseTo(expected.value, 6);
        expect(n?.unit).toBe(expected.unit ?? null);
        expect(n?.approximate).toBe(expected.approximate ?? false);
      });
    }
  }
}

function runRanges(language: 'eng' | 'rus', ranges: ReadonlyArray<readonly [string, ReadonlyArray<readonly [string, number, string | null]>]>): void {
  for (const [text, ends] of ranges) {
    it(`range ${text}`, () => {
      const found = extractNumbers(text, language).map((n) => [text.slice(n.start, n.end), n.value, n.unit]);
      expect(found).toEqual(ends);
    });
  }
}

function runNegative({ language, texts }: NegativeCorpus): void {
  for (const text of texts) {
    it(`no number in: ${text}`, () => expect(extractNumbers(text, language)).toEqual([]));
  }
}

const count = (corpus: readonly CorpusGroup[]): number => corpus.reduce((sum, g) => sum + g.surfaces.length, 0);

describe('numbers corpus', () => {
  it('has at least 150 examples per language', () => {
    expect(count(EN_CORPUS)).toBeGreaterThanOrEqual(150);
    expect(count(RU_CORPUS)).toBeGreaterThanOrEqual(150);
  });
  describe('English', () => runCorpus('eng', EN_CORPUS));
  describe('Russian', () => runCorpus('rus', RU_CORPUS));
  describe('English ranges', () => runRanges('eng', EN_RANGES));
  describe('Russian ranges', () => runRanges('rus', RU_RANGES));
  describe('English negatives', () => runNegative(EN_NEGATIVE));
  describe('Russian negatives', () => runNegative(RU_NEGATIVE));
});
