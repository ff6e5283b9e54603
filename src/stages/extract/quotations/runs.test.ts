import { describe, expect, it } from 'vitest';
import { randomSlices } from '../../../text/random-text.fixture.js';
import { capitalizedRuns } from './runs.js';

// The grammar as a pattern, run on the slice as the name finder ran it: the reference for the hand-written reader.
const WORD = "\\p{Lu}[\\p{L}\\p{M}'’-]*";
const PARTICLES = 'von|van|der|den|de|da|di|du|del|dos|bin|ibn|al|el|la|le|ter';
const RUN = new RegExp(
  `(?<![\\p{L}\\p{N}])${WORD}(?:[ \\u00a0](?:(?:${PARTICLES})[ \\u00a0])?(?:(?:\\p{Lu}\\.){1,3}(?=[ \\u00a0]\\p{Lu})|${WORD}))*`,
  'gu',
);
function reference(text: string, from: number, to: number): number[] {
  const runs: number[] = [];
  for (const m of text.slice(from, to).matchAll(RUN)) runs.push(from + m.index, from + m.index + m[0].length);
  return runs;
}

const samples = [
  'Ursula von der Leyen met Walter F. Williams and J.L. Edmonson, then A.B.C.D. Smith left.',
  "Putin's aide O’Neill-Smith- said; Abu al-Hassan and Jean de la Fontaine, Ludwig van Beethoven.",
  'Мария Захарова и Дмитрий Песков заявили, что «Газпром» и Сбербанк… Зубков-Иванов',
  'x5Mr Brown 4Ever a.B C. D E.F.G.H. I J.\u00a0K. L\u00a0M de\u00a0Niro del Toro dos Santos',
  'Émile Zola, Ångström, ǅemal, 𝐀𝐁 Smith, 😀 Smith, e\u0301Tienne É\u0301tienne Ⅻ Roman',
  'A. B. C. The End. X.',
  'von Trapp Von Trapp de Gaulle',
];

describe('capitalizedRuns', () => {
  it.each(samples)('agrees with the pattern over the whole text: %s', (text) => {
    expect(capitalizedRuns(text, 0, text.length)).toEqual(reference(text, 0, text.length));
  });

  it('agrees with the pattern on every sub-range of the samples', () => {
    for (const text of samples) {
      for (let from = 0; from < text.length; from += 3) {
        for (let to = from; to <= text.length; to += 5) expect([from, to, ...capitalizedRuns(text, from, to)]).toEqual([from, to, ...reference(text, from, to)]);
      }
    }
  });

  it('agrees with the pattern on random text', () => {
    const alphabet = ['A', 'B', 'Ж', 'É', 'a', 'ж', 'é', '.', ' ', ' ', '\u00a0', "'", '’', '-', '5', 'de', 'von', 'l', '\u0301', '𝐀', '\ud835', '\udc00', ','];
    for (const { text, from, to } of randomSlices(alphabet, 30, 3000, 7)) {
      expect([text, from, to, ...capitalizedRuns(text, from, to)]).toEqual([text, from, to, ...reference(text, from, to)]);
    }
  });
});
