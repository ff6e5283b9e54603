import { describe, expect, it } from 'vitest';
import type { SegmentKind } from './classify.js';
import { findDuplicates } from './duplicates.js';
import { withoutTrailingCredits } from './lines.js';

describe('repeated segments', () => {
  it('finds repeats up to case, white space and punctuation, repeated credits, and reworded captions', () => {
    const lines = [
      'The council approved the new budget for schools and hospitals on Monday evening.',
      'Photo: Reuters',
      'THE COUNCIL approved the new budget — for schools and hospitals on Monday evening',
      'Artem Dergunov / realnoevremya.ru',
      'The council approved a budget for schools and hospitals on Monday',
      '...',
      'Artem Dergunov / realnoevremya.ru',
      'Ёлка и \u{1d400}',
    ];
    const kinds: SegmentKind[] = ['paragraph', 'caption', 'paragraph', 'caption', 'caption', 'boilerplate', 'caption', 'paragraph'];
    // As the segmenter found them with lower-cased letter-and-digit keys and regex word sets.
    expect(findDuplicates(lines, kinds, lines.map(withoutTrailingCredits))).toEqual([null, null, 0, null, 0, null, 3, null]);
  });
});
