import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, resolveConfig } from '../src/config/index.js';
import { processDocument } from '../src/pipeline.js';
import { describeErrors, validateDocument } from '../src/schema/index.js';
import { codePointSlice } from '../src/text/offsets.js';

const resolved = (() => {
  const result = resolveConfig(DEFAULT_CONFIG);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.resolved;
})();

/** Pieces of news text the rules react to, mixed with arbitrary Unicode (astral planes, lone surrogates, controls). */
const token = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('$', '5', '2,700', '6,8', '31.5%', '1996', 'г.', 'млрд', 'billion', 'Ministry', 'of', 'the', 'Institute', 'said', 'сказал', 'Alikhanov', '«', '»', '“', '”', '"', "'", '—', '–', '(EEF)', 'EEF', 'January', 'января', 'last year', 'next week', 'Photo:', '/ site.ru', 'Share this article', '33 (31%)', '1.', '— ', 'U.S.', 'Corp.', '😀', '\u00a0') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);
const separator = fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', '. ', ', ');
const documentText = fc.array(fc.tuple(token, separator), { maxLength: 80 }).map((parts) => parts.map(([a, b]) => a + b).join(''));

describe('the pipeline on random text', () => {
  it('never throws, always validates, and every span is its code-point slice', () => {
    fc.assert(
      fc.property(documentText, fc.constantFrom('2025-08-22', null), (text, published) => {
        const record = processDocument({ id: 'random', path: 'random.jsonl', format: 'text', bytes: new TextEncoder().encode(text), text, published }, resolved);
        expect(validateDocument(record), describeErrors(validateDocument.errors).join('\n')).toBe(true);
        const length = [...record.text].length;
        for (const segment of record.segments) {
          expect(segment.end).toBeLessThanOrEqual(length);
          for (const [start, end] of segment.sentences) expect(start >= segment.start && end <= segment.end && start < end).toBe(true);
        }
        const mentions = [...record.numbers, ...record.dates, ...record.organizations, ...record.quotations];
        for (const mention of mentions) expect(codePointSlice(record.text, mention.start, mention.end)).toBe(mention.text);
      }),
      { numRuns: 300, seed: 20261123 },
    );
  });

  it('validates the record of random Markdown', () => {
    fc.assert(
      fc.property(documentText, (text) => {
        const input = { id: 'md', path: 'md.md', format: 'markdown' as const, bytes: new TextEncoder().encode(text) };
        expect(validateDocument(processDocument(input, resolved))).toBe(true);
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});
