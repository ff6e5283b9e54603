import { isWordUnitAt } from '../../text/characters.js';
import { FNV_OFFSET, fnv1a, fnvStep } from '../../text/hash.js';
import type { SegmentKind } from './classify.js';
import { loweredWordCharacterHash, sameWordCharacters, wordCharacterHash, wordsIn, type TrailingCredits } from './lines.js';

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
  const sources = lines.map((line, i) => credits[i]!.rest || line);
  // Most lines are hashed without lower-casing them: they are lower-cased when compared.
  const lowered: Array<string | undefined> = new Array(lines.length);
  const lowerOf = (i: number): string => (lowered[i] ??= sources[i]!.toLowerCase());
  // Lines with equal hashes, one per distinct text: a hash match is confirmed by comparing the texts.
  const distinctByHash = new Map<number, number[]>();
  const wordSets = new Map<number, Set<string>>();
  const wordsOf = (i: number) => {
    let words = wordSets.get(i);
    if (!words) wordSets.set(i, (words = wordsIn(lowerOf(i))));
    return words;
  };
  let filters: WordFilters | undefined;
  const filtersOf = () => (filters ??= new WordFilters(sources.length, lowerOf));
  return sources.map((source, i) => {
    let hash = loweredWordCharacterHash(source);
    if (hash === undefined) hash = wordCharacterHash(lowerOf(i));
    if (hash === null) return null;
    const sameHash = distinctByHash.get(hash);
    const exact = sameHash?.find((earlier) => sameWordCharacters(lowerOf(earlier), lowerOf(i)));
    if (exact !== undefined) return exact;
    if (sameHash) sameHash.push(i);
    else distinctByHash.set(hash, [i]);
    return kinds[i] === 'caption' ? rewordedOrigin(i, wordsOf, filtersOf) : null;
  });
}

/**
 * Word sets are built only when a caption needs comparing: most documents have few captions. Most
 * earlier lines share few of a caption's words, and their word filters tell so without a word set.
 */
function rewordedOrigin(index: number, wordsOf: (i: number) => Set<string>, filtersOf: () => WordFilters): number | null {
  const words = wordsOf(index);
  if (words.size < MIN_CAPTION_WORDS) return null;
  const filters = filtersOf();
  const hashes = Array.from(words, fnv1a);
  let best: number | null = null;
  let bestOverlap = MIN_CAPTION_OVERLAP;
  for (let j = Math.max(0, index - CAPTION_LOOKBACK); j < index; j++) {
    // A word the filter lacks is not in the line, so the words it may hold bound the overlap from above.
    if (filters.mayHold(j, hashes) / words.size < bestOverlap) continue;
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

/** 512 bits per line: a paragraph's few hundred distinct words leave most of a caption's unset. */
const FILTER_INTS = 16;

/**
 * Per line, a one-hash Bloom filter of its words (the runs wordsIn finds, hashed as fnv1a hashes
 * them): it can say a word is absent but not that it is present. Built on first use of each line,
 * without cutting the line into strings.
 */
class WordFilters {
  private readonly bits: Int32Array;
  private readonly built: Uint8Array;

  constructor(
    count: number,
    private readonly lineOf: (i: number) => string,
  ) {
    this.bits = new Int32Array(count * FILTER_INTS);
    this.built = new Uint8Array(count);
  }

  /** How many of the hashed words line `i` may hold. */
  mayHold(i: number, hashes: readonly number[]): number {
    if (this.built[i] === 0) this.build(i);
    const base = i * FILTER_INTS;
    let count = 0;
    for (const hash of hashes) if ((this.bits[base + ((hash >>> 5) & (FILTER_INTS - 1))]! & (1 << (hash & 31))) !== 0) count++;
    return count;
  }

  private build(i: number): void {
    const line = this.lineOf(i);
    const base = i * FILTER_INTS;
    let hash = FNV_OFFSET;
    let inWord = false;
    for (let k = 0; k <= line.length; k++) {
      if (k < line.length && isWordUnitAt(line, k)) {
        hash = fnvStep(inWord ? hash : FNV_OFFSET, line.charCodeAt(k));
        inWord = true;
      } else if (inWord) {
        this.bits[base + ((hash >>> 5) & (FILTER_INTS - 1))]! |= 1 << (hash & 31);
        inWord = false;
      }
    }
    this.built[i] = 1;
  }
}
