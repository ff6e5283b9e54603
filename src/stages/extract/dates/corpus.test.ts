/**
 * One generic test runs every corpus (Duckling's style): each example must yield exactly one
 * date with the expected span, value, relative flag and mod; negative examples yield none.
 */
import { describe, expect, it } from 'vitest';
import { type CorpusGroup, parseExample, REFERENCE_DAY } from './corpus.js';
import { EN_CORPUS } from './en.corpus.js';
import { datesExtractor } from './index.js';
import { NEGATIVE_CORPUS } from './negative.corpus.js';
import { RU_CORPUS } from './ru.corpus.js';
import { paragraphInput } from '../paragraph.fixture.js';

const input = (text: string, language: string, published: string | null = REFERENCE_DAY) => paragraphInput(text, language, published);

function runCorpus(name: string, language: string, corpus: readonly CorpusGroup[]): void {
  describe(name, () => {
    it('has at least 150 examples', () => {
      expect(corpus.reduce((n, g) => n + g.examples.length, 0)).toBeGreaterThanOrEqual(150);
    });
    for (const group of corpus) {
      for (const example of group.examples) {
        it(`${example} → ${group.value}`, () => {
          const { text, span } = parseExample(example);
          const found = datesExtractor.extract(input(text, language), {});
          const expected = { ...span, value: group.value, relative: group.relative, ...(group.mod ? { mod: group.mod } : {}) };
          expect(found).toEqual([expected]);
        });
      }
    }
  });
}

runCorpus('English corpus', 'eng', EN_CORPUS);
runCorpus('Russian corpus', 'rus', RU_CORPUS);

describe('negative corpus', () => {
  for (const [language, examples] of Object.entries(NEGATIVE_CORPUS)) {
    for (const text of examples) {
      it(`${language}: ${text}`, () => {
        expect(datesExtractor.extract(input(text, language), {})).toEqual([]);
      });
    }
  }
});

describe('relative dates without a published day', () => {
  it('are still extracted, with a null value', () => {
    expect(datesExtractor.extract(input('a week ago and last Monday', 'eng', null), {})).toEqual([
      { start: 0, end: 10, value: null, relative: true },
      { start: 15, end: 26, value: null, relative: true },
    ]);
  });
});

describe('years listed beside a date', () => {
  it('are dates; a lone count is not', () => {
    const text = 'in 2017 and 2019, 2020 or 2021; 600 китайских и 1000 российских';
    const found = datesExtractor.extract(input(text, 'eng'), {});
    expect(found.map((d) => text.slice(d.start, d.end))).toEqual(['2017', '2019', '2020', '2021']);
  });
  it('between two years and from one to the other', () => {
    const text = 'between 2010 and 2015, from 1992 to 1996';
    expect(datesExtractor.extract(input(text, 'eng'), {}).map((d) => d.value)).toEqual(['2010', '2015', '1992', '1996']);
  });
});

describe('segments', () => {
  it('only dates inside the given segments are reported, each with its own language', () => {
    const text = 'in 2015, here\nв 2016 году там\nin 2017 outside';
    const found = datesExtractor.extract(
      {
        text,
        language: 'eng',
        published: null,
        segments: [
          { index: 0, start: 0, end: 13, kind: 'paragraph', language: 'eng', sentences: [[0, 13]] },
          { index: 1, start: 14, end: 29, kind: 'paragraph', language: 'rus', sentences: [[14, 29]] },
        ],
      },
      {},
    );
    expect(found.map((d) => text.slice(d.start, d.end))).toEqual(['2015', '2016 году']);
  });
});
