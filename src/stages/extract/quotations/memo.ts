/** How many answers a memoized word function keeps before it starts over. */
const ANSWER_CACHE = 20_000;

/** Stands in the cache for an `undefined` answer, which `Map.get` could not tell from a miss. */
const UNDEFINED = Symbol('undefined answer');

/**
 * A pure function of a word that remembers its answers, up to a bound: names and capitalized words recur within a
 * document and across documents, and each answer costs case mapping and pattern tests. Answers are stored as they
 * are, not boxed: a box would be one more object to fetch on every hit, and the cache is usually cold when a
 * document reaches this stage.
 */
export function memoized<T>(compute: (word: string) => T): (word: string) => T {
  const answers = new Map<string, T | typeof UNDEFINED>();
  return (word) => {
    const known = answers.get(word);
    if (known !== undefined) return known === UNDEFINED ? (undefined as T) : known;
    const answer = compute(word);
    if (answers.size >= ANSWER_CACHE) answers.clear();
    answers.set(word, answer === undefined ? UNDEFINED : answer);
    return answer;
  };
}
