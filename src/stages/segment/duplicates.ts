import type { SegmentKind } from './classify.js';
import { duplicateKey, withoutTrailingCredits } from './lines.js';

/** Share of a caption's words an earlier segment must contain for the caption to reword it. */
const MIN_CAPTION_OVERLAP = 0.8;
/** Captions shorter than this (in distinct words) are credits, too short to call a rewording. */
const MIN_CAPTION_WORDS = 8;

/**
 * For every segment, the index of the earlier segment it repeats, or null. A repeat is the same
 * text up to white space and punctuation once trailing photo credits are cut off (web copies
 * repeat a paragraph as the caption of the photo below it); a caption also repeats an earlier
 * segment that contains nearly all of its words (captions reword the paragraph they illustrate).
 */
export function findDuplicates(lines: readonly string[], kinds: readonly SegmentKind[]): Array<number | null> {
  const firstByKey = new Map<string, number>();
  const wordSets: Array<Set<string>> = [];
  return lines.map((line, i) => {
    // A credit on its own line is its own content: a repeated credit is a repeat.
    const content = withoutTrailingCredits(line).rest || line;
    const key = duplicateKey(content);
    const words = new Set(content.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
    wordSets.push(words);
    if (key === '') return null;
    const exact = firstByKey.get(key);
    if (exact !== undefined) return exact;
    firstByKey.set(key, i);
    return kinds[i] === 'caption' ? rewordedOrigin(words, wordSets, i) : null;
  });
}

function rewordedOrigin(words: Set<string>, earlier: ReadonlyArray<Set<string>>, index: number): number | null {
  if (words.size < MIN_CAPTION_WORDS) return null;
  let best: number | null = null;
  let bestOverlap = MIN_CAPTION_OVERLAP;
  for (let j = 0; j < index; j++) {
    let shared = 0;
    for (const word of words) if (earlier[j]!.has(word)) shared++;
    const overlap = shared / words.size;
    if (overlap >= bestOverlap && (best === null || overlap > bestOverlap)) {
      best = j;
      bestOverlap = overlap;
    }
  }
  return best;
}
