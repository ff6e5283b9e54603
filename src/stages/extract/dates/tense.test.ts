/** Tense cues that are dates themselves (`yesterday`, `tomorrow`) need two dates in one text. */
import { describe, expect, it } from 'vitest';
import { REFERENCE_DAY } from './corpus.js';
import { datesExtractor } from './index.js';
import { paragraphInput } from '../paragraph.fixture.js';

function found(text: string): Array<[string, string | null]> {
  return datesExtractor.extract(paragraphInput(text, 'eng', REFERENCE_DAY), {}).map((d) => [text.slice(d.start, d.end), d.value]);
}

describe('day words as tense cues', () => {
  it('yesterday earlier in the clause makes a weekday past', () => {
    expect(found('The index slid 2% yesterday in London, after a drop in New York trading on Wednesday.')).toEqual([
      ['yesterday', '2025-08-21'],
      ['Wednesday', '2025-08-20'],
    ]);
  });
  it('tomorrow makes it future', () => {
    expect(found('Officials said ministers arrive tomorrow, and the vote is on Wednesday.')).toEqual([
      ['tomorrow', '2025-08-23'],
      ['Wednesday', '2025-08-27'],
    ]);
  });
});
