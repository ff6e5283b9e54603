/** How many answers a memoized word function keeps before it starts over. */
const ANSWER_CACHE = 20_000;

/** Stands in the cache for an `undefined` answer, which `Map.get` could not tell from a miss. */
const UNDEFINED = Symbol('undefined answer');

/**
 * A copy of `text` that keeps nothing else alive. A word cut from a document with `slice` (or
 * returned unchanged by `toLowerCase`) is, in V8, a view of the whole document: a cache that keeps
 * such words keeps their documents. Kept across documents, they grew a pool thread's heap by ~13 MB
 * over 60 MB of input, until V8 was collecting (and discarding compiled code) every second. Prefixing a
 * character makes V8 copy the characters into a new string; the slice is a view of that copy.
 */
export function detached(text: string): string {
  return ` ${text}`.slice(1);
}

/**
 * A pure function of a word that remembers its answers, up to a bound: names and capitalized words recur within a
 * document and across documents, and each answer costs case mapping and pattern tests. Answers are stored as they
 * are, not boxed: a box would be one more object to fetch on every hit, and the cache is usually cold when a
 * document reaches this stage. Words and string answers are stored detached from their documents.
 */
export function memoized<T>(compute: (word: string) => T): (word: string) => T {
  const answers = new Map<string, T | typeof UNDEFINED>();
  return (word) => {
    const known = answers.get(word);
    if (known !== undefined) return known === UNDEFINED ? (undefined as T) : known;
    const answer = compute(word);
    if (answers.size >= ANSWER_CACHE) answers.clear();
    answers.set(detached(word), answer === undefined ? UNDEFINED : typeof answer === 'string' ? (detached(answer) as T) : answer);
    return answer;
  };
}
