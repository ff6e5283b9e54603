/**
 * References to the reported quarter need the document: each example has its antecedent, so they
 * are tested here rather than in the one-date-per-example corpus.
 */
import { describe, expect, it } from 'vitest';
import { REFERENCE_DAY } from './corpus.js';
import { datesExtractor } from './index.js';
import { paragraphInput } from '../paragraph.fixture.js';

function found(text: string): Array<[string, string | null]> {
  return datesExtractor.extract(paragraphInput(text, 'eng', REFERENCE_DAY), {}).map((d) => [text.slice(d.start, d.end), d.value]);
}

describe('reported-quarter references', () => {
  it('the quarter and the latest quarter take the quarter stated before them', () => {
    expect(found('Second-quarter profit fell 8%. Revenue in the latest quarter rose, and costs for the quarter were flat.')).toEqual([
      ['Second-quarter', '2025-Q2'],
      ['the latest quarter', '2025-Q2'],
      ['the quarter', '2025-Q2'],
    ]);
  });
  it('the year-ago quarter and year-earlier figures are that quarter a year before', () => {
    expect(found('Net income for Q1 2024 was $5 million, against year-earlier profit of $4 million; in the year-ago period sales fell.')).toEqual([
      ['Q1 2024', '2024-Q1'],
      ['year-earlier', '2023-Q1'],
      ['the year-ago period', '2023-Q1'],
    ]);
  });
  it('a year ago comparing figures is the quarter a year before; elsewhere it is a year', () => {
    expect(found('Third-quarter sales rose to $8 million from $7.1 million a year ago. The chief executive joined a year ago.')).toEqual([
      ['Third-quarter', '2025-Q3'],
      ['a year ago', '2024-Q3'],
      ['a year ago', '2024'],
    ]);
  });
  it("last year's figures in a quarterly report are that quarter a year before", () => {
    expect(found("Fourth-quarter sales rose 9% from last year's $7 million. Last year was hard for the industry.")).toEqual([
      ['Fourth-quarter', '2024-Q4'],
      ['last year', '2023-Q4'],
      ['Last year', '2024'],
    ]);
  });
  it('the year-earlier third quarter states its quarter', () => {
    expect(found('In the year-earlier third quarter, the bank lost money.')).toEqual([['the year-earlier third quarter', '2024-Q3']]);
  });
  it('without a stated quarter, the quarter is no date', () => {
    expect(found('Costs for the quarter were flat, and a year ago they fell.')).toEqual([['a year ago', '2024']]);
  });
});
