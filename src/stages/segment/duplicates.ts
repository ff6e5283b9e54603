import type { SegmentKind } from './classify.js';
import { sameWordCharacters, wordCharacterHash, wordsIn, type TrailingCredits } from './lines.js';

/** Share of a caption's words an earlier segment must contain for the caption to reword it. */
const MIN_CAPTION_OVERLAP = 0.8;
/** Captions shorter than this (in distinct words) are credits, too short to call a rewording. */
const MIN_CAPTION_WORDS = 8;
/** How far back a caption's original is looked for: keeps a document of many captions linear. */
const CAPTION_LOOKBACK = 200;

/**
 * For every segment, the index of the earlier segment it repeats, or null. A repeat is the same
 * text up to white space and punctuation once trailing photo credits are cut off (web copies
 * repeat a paragraph as the caption of the photo below it); a caption also repeats an earlier
 * segment that contains nearly all of its words (captions reword the paragraph they illustrate).
 */
export function findDuplicates(lines: readonly string[], kinds: readonly SegmentKind[], credits: readonly TrailingCredits[]): Array<number | null> {
  // A credit on its own line is its own content: a repeated credit is a repeat.
  const lowered = lines.map((line, i) => (credits[i]!.rest || line).toLowerCase());
  // Lines with equal hashes, one per distinct text: a hash match is confirmed by comparing the texts.
  const distinctByHash = new Map<number, number[]>();
  const wordSets = new Map<number, Set<string>>();
  const wordsOf = (i: number) => {
    let words = wordSets.get(i);
    if (!words) wordSets.set(i, (words = wordsIn(lowered[i]!)));
    return words;
  };
  return lowered.map((lower, i) => {
    const hash = wordCharacterHash(lower);
    if (hash === null) return null;
    const sameHash = distinctByHash.get(hash);
    const exact = sameHash?.find((earlier) => sameWordCharacters(lowered[earlier]!, lower));
    if (exact !== undefined) return exact;
    if (sameHash) sameHash.push(i);
    else distinctByHash.set(hash, [i]);
    return kinds[i] === 'caption' ? rewordedOrigin(i, wordsOf) : null;
  });
}

/** Word sets are built only when a caption needs comparing: most documents have few captions. */
function rewordedOrigin(index: number, wordsOf: (i: number) => Set<string>): number | null {
  const words = wordsOf(index);
  if (words.size < MIN_CAPTION_WORDS) return null;
  let best: number | null = null;
  let bestOverlap = MIN_CAPTION_OVERLAP;
  for (let j = Math.max(0, index - CAPTION_LOOKBACK); j < index; j++) {
    const earlier = wordsOf(j);
    let shared = 0;
    for (const word of words) if (earlier.has(word)) shared++;
    const overlap = shared / words.size;
    if (overlap >= bestOverlap && (best === null || overlap > bestOverlap)) {
      best = j;
      bestOverlap = overlap;
    }
  }
  return best;
}
