import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, resolveConfig } from '../src/config/index.js';
import { processDocument } from '../src/pipeline.js';
import { validateDocument } from '../src/schema/index.js';

const resolved = (() => {
  const result = resolveConfig(DEFAULT_CONFIG);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.resolved;
})();

const MEGABYTE = 1_000_000;
const fill = (unit: string) => unit.repeat(Math.ceil(MEGABYTE / unit.length)).slice(0, MEGABYTE);

/**
 * A megabyte of what makes rule-based extractors backtrack, each on one line (one segment) and
 * broken into lines: the whole pipeline must finish (the test timeout is the only clock: no timing
 * assertions on shared machines) and still produce a valid record.
 */
const cases: Record<string, string> = {
  'digits and separators': fill('1,2.3 4 000,5-6/7 '),
  'digits without spaces': fill('1234567890.,'),
  'currency and scale words': fill('$ 1 billion million тыс. млрд % '),
  'quote marks': fill('«“„"‘\'”»"« '),
  'capitalised words': fill('Ministry Of The Institute Academy Bank Corp. Council '),
  'dots and abbreviations': fill('U.S. Corp. г. т.е. . . ... '),
  'month names and years': fill('January 2019 декабря 1997 г. 07/27/2016 the 1950s '),
  dashes: fill('— – - -- ---'),
};

describe('the pipeline on a megabyte of adversarial text', () => {
  it.each(Object.entries(cases))('%s, as one line and as many', (_, text) => {
    for (const document of [text, text.replace(/ /gu, (space, offset: number) => (offset % 97 === 0 ? '\n' : space))]) {
      const record = processDocument({ id: 'adversarial', path: 'a.txt', format: 'text', bytes: Buffer.from(document), text: document }, resolved);
      expect(validateDocument(record)).toBe(true);
    }
  }, 300_000);
});
