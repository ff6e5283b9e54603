/**
 * About 1 MB of hostile text (digit runs, dots, slashes, dashes, month and weekday names, Cyrillic
 * endings, tense cues and quarter references) must be scanned to the end with sane output. No
 * timing assertion: machines are shared.
 */
import { describe, expect, it } from 'vitest';
import { datesExtractor, findPublishedDate } from './index.js';
import { paragraphInput } from '../paragraph.fixture.js';

const PIECES = [
  '1111111111', '12.12.12.12.', '2025/', '//', '--', '1999-', '-2000', ' May ', 'Monday', 'the ', 'end of ',
  'января', 'году', ' г.', '1990-х', 'XXI', ' века ', 'Q3', ' in ', ' в ', '2013-14', '1.2.', ' last ', 'week', ' ago ',
  'nineteen ', 'ninety-', '  ', '.', ',', '’s', '(', ')', '\n',
  'the quarter', 'year-ago ', ' a year ago', 'upcoming ', ' the 15th', 'weekend', ' said ', ' will ', 'Sept. ', '$1 ',
];

/** Deterministic pseudo-random text, so a failure can be reproduced. */
function hostileText(size: number): string {
  let seed = 42;
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const piece = PIECES[seed % PIECES.length]!;
    parts.push(piece);
    length += piece.length;
  }
  return parts.join('');
}

const single = (text: string, language: string) => paragraphInput(text, language, '2025-08-22');

describe('adversarial input', () => {
  for (const language of ['eng', 'rus']) {
    it(`scans ~1 MB of mixed digits, separators and date words (${language})`, () => {
      const text = hostileText(1_000_000);
      const found = datesExtractor.extract(single(text, language), {});
      expect(found.length).toBeGreaterThan(0);
      let last = -1;
      for (const d of found) {
        expect(d.start).toBeGreaterThanOrEqual(last);
        expect(d.end).toBeGreaterThan(d.start);
        expect(d.end - d.start).toBeLessThan(200);
        last = d.end;
      }
    });
  }
  it('scans one long line of digits and dots', () => {
    const text = '1.'.repeat(300_000) + ' 2025-08-22';
    expect(datesExtractor.extract(single(text, 'eng'), {}).map((d) => d.value)).toContain('2025-08-22');
  });
  it('finds no published date in a hostile single line', () => {
    const text = hostileText(200_000).replace(/\n/g, ' ');
    expect(() => findPublishedDate({ text, language: 'eng', segments: [{ start: 0, end: text.length, kind: 'paragraph' }] })).not.toThrow();
  });
});
