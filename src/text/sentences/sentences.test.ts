import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englishCorpus } from './corpus/eng.corpus.js';
import { russianCorpus } from './corpus/rus.corpus.js';
import type { SentenceCase } from './corpus/types.js';
import { english } from './data/eng.js';
import { russian } from './data/rus.js';
import { splitSentences } from './index.js';
import type { LanguageData } from './types.js';

const split = (text: string, language: string): string[] =>
  splitSentences(text, language).map(([start, end]) => text.slice(start, end));

function runCorpus(language: string, corpus: readonly SentenceCase[]): void {
  for (const example of corpus) {
    const text = example.text ?? example.sentences.join(' ');
    const test = example.backlog === undefined ? it : it.fails;
    test(JSON.stringify(text), () => {
      expect(split(text, language)).toEqual(example.sentences);
    });
  }
}

describe('English corpus', () => runCorpus('eng', englishCorpus));
describe('Russian corpus', () => runCorpus('rus', russianCorpus));

describe('other languages use both vocabularies', () => {
  it('splits Ukrainian after a year abbreviation', () => {
    expect(split('Завод збудували у 1975 р. Він працює досі.', 'ukr')).toEqual([
      'Завод збудували у 1975 р.',
      'Він працює досі.',
    ]);
  });
  it('keeps a German title before a name', () => {
    expect(split('Dr. Weber sprach zuerst. Danach kam die Abstimmung.', 'deu')).toEqual([
      'Dr. Weber sprach zuerst.',
      'Danach kam die Abstimmung.',
    ]);
  });
});

describe('vocabulary data', () => {
  const check = (name: string, data: LanguageData): void => {
    it(`${name}: every abbreviation has one class and the written form`, () => {
      const all = Object.values(data.abbreviations).flat();
      expect(all.length).toBe(new Set(all).size);
      for (const form of all) expect(form).toBe(form.toLowerCase().replace(/\s/gu, ''));
      for (const form of all) expect(form.endsWith('.')).toBe(false);
    });
  };
  check('eng', english);
  check('rus', russian);
});

describe('invariants', () => {
  const alphabet = ['a', 'B', 'Я', 'ж', ' ', '\n', '.', '?', '!', '…', '"', "'", '«', '»', '“', '”', '(', ')', '1', '-', '—', 'Mr', 'т', 'U.S.', 'www.'];
  const arbitraryText = fc.array(fc.constantFrom(...alphabet), { maxLength: 80 }).map((parts) => parts.join(''));

  it('returns trimmed, ordered, non-overlapping spans covering all non-space text', () => {
    fc.assert(
      fc.property(arbitraryText, fc.constantFrom('eng', 'rus', 'und'), (text, language) => {
        const spans = splitSentences(text, language);
        let covered = 0;
        let previousEnd = 0;
        for (const [start, end] of spans) {
          expect(start).toBeGreaterThanOrEqual(previousEnd);
          expect(end).toBeGreaterThan(start);
          expect(text.slice(start, end)).toBe(text.slice(start, end).trim());
          expect(text.slice(previousEnd, start).trim()).toBe('');
          covered += text.slice(start, end).replace(/\s/gu, '').length;
          previousEnd = end;
        }
        expect(text.slice(previousEnd).trim()).toBe('');
        expect(covered).toBe(text.replace(/\s/gu, '').length);
      }),
      { numRuns: 500 },
    );
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('', 'eng')).toEqual([]);
    expect(splitSentences(' \n\t ', 'rus')).toEqual([]);
  });
});

describe('adversarial input of about 1 MB finishes with sane output', () => {
  const MB = 1_000_000;
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['periods', '.'.repeat(MB)],
    ['spaced periods', '. '.repeat(MB / 2)],
    ['glued periods', 'a.'.repeat(MB / 2)],
    ['abbreviations', 'Mr. U.S. т. д. e.g. '.repeat(MB / 20)],
    ['initials', 'J. '.repeat(MB / 3)],
    ['straight quotes', '"'.repeat(MB)],
    ['mixed quotes', '"«“‘\'('.repeat(MB / 6)],
    ['list markers', 'a) 1. (i) '.repeat(MB / 10)],
    ['one long word', `${'a'.repeat(MB)}.`],
    ['e-mail lookalikes', 'a@'.repeat(MB / 2)],
    ['a long URL', `https://${'a'.repeat(MB)}. The end.`],
    ['sentences', 'He said "Stop." The end... Really?! '.repeat(MB / 36)],
  ];
  for (const [name, text] of cases) {
    it(name, () => {
      const spans = splitSentences(text, 'eng');
      expect(spans.length).toBeGreaterThan(0);
      for (const [start, end] of spans) expect(end).toBeGreaterThan(start);
      expect(spans.at(-1)![1]).toBeLessThanOrEqual(text.length);
    });
  }
});
