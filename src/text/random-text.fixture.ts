/**
 * Random texts over a small alphabet with a random range in each, for tests that compare a
 * hand-written reader with the regular expression it replaces. Seeded, so a failure repeats.
 */
export function* randomSlices(alphabet: readonly string[], maxPieces: number, rounds: number, seed: number): Generator<{ text: string; from: number; to: number }> {
  let state = seed;
  const random = (n: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  for (let round = 0; round < rounds; round += 1) {
    let text = '';
    for (let k = random(maxPieces); k >= 0; k -= 1) text += alphabet[random(alphabet.length)];
    const from = random(text.length + 1);
    yield { text, from, to: from + random(text.length - from + 1) };
  }
}
