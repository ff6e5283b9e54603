/** How many answers a memoized word function keeps before it starts over. */
const ANSWER_CACHE = 20_000;

/**
 * A pure function of a word that remembers its answers, up to a bound: names and capitalized words recur within a
 * document and across documents, and each answer costs case mapping and pattern tests.
 */
export function memoized<T>(compute: (word: string) => T): (word: string) => T {
  const answers = new Map<string, readonly [T]>();
  return (word) => {
    const known = answers.get(word);
    if (known !== undefined) return known[0];
    const answer = compute(word);
    if (answers.size >= ANSWER_CACHE) answers.clear();
    answers.set(word, [answer]);
    return answer;
  };
}
