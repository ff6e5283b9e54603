/**
 * A set of words asked about every token. Tokens are fresh strings, so a `Set` lookup first hashes the whole word;
 * the first and last characters and the length rule out nearly every word that is not listed before that, from a
 * table of 4096 bit masks.
 */
export interface WordSet {
  has(word: string): boolean;
  /** False when no member has the word's length and first and last characters; then `has` is false too. */
  mayHave(word: string): boolean;
}

const shapeOf = (word: string): number => ((word.charCodeAt(0) & 63) << 6) | (word.charCodeAt(word.length - 1) & 63);
const lengthBit = (word: string): number => 1 << Math.min(word.length, 31);

export function wordSet(words: Iterable<string>): WordSet {
  const members = new Set(words);
  const shapes = new Uint32Array(4096);
  for (const w of members) shapes[shapeOf(w)] = (shapes[shapeOf(w)] ?? 0) | lengthBit(w);
  const mayHave = (word: string): boolean => ((shapes[shapeOf(word)] ?? 0) & lengthBit(word)) !== 0;
  return {
    has: (word) => mayHave(word) && members.has(word),
    mayHave,
  };
}
