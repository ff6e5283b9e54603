/**
 * Character n-gram language models built from `profiles.json` (see build-profiles.mjs): per language,
 * Witten-Bell interpolated probabilities of the next character given up to order-1 previous ones, over
 * lower-cased words padded with a space on each side. Unlike franc's 300 ranked trigrams per language
 * this gives usable evidence for a single word.
 */
export interface NgramModel {
  readonly languages: ReadonlySet<string>;
  /** log P(word) under each of `languages` (codes without a profile get -Infinity), same order. */
  scoreWord(word: string, languages: readonly string[]): number[];
}

interface LanguageTables {
  /** n-gram -> count, all orders in one map. */
  readonly counts: ReadonlyMap<string, number>;
  /** context -> [total count of its continuations, number of distinct continuations]. */
  readonly contexts: ReadonlyMap<string, readonly [number, number]>;
  readonly unigramTotal: number;
}

/** Characters a language's profile never saw still get this share of a pseudo-alphabet. */
const ALPHABET = 120;
/** Distinct words whose scores are remembered; news text repeats its words. */
const CACHE_LIMIT = 50_000;

function tables(orders: readonly string[]): LanguageTables {
  const counts = new Map<string, number>();
  const contexts = new Map<string, [number, number]>();
  let unigramTotal = 0;
  orders.forEach((lines, index) => {
    for (const line of lines.split('\n')) {
      const tab = line.lastIndexOf('\t');
      if (tab <= 0) continue;
      const gram = line.slice(0, tab);
      const count = Number(line.slice(tab + 1));
      counts.set(gram, count);
      if (index === 0) {
        unigramTotal += count;
        continue;
      }
      const context = gram.slice(0, -1);
      const entry = contexts.get(context) ?? [0, 0];
      entry[0] += count;
      entry[1] += 1;
      contexts.set(context, entry);
    }
  });
  return { counts, contexts, unigramTotal };
}

/** For each predicted position, its contexts (shortest first) and the n-grams ending there. */
function grams(padded: string, order: number): Array<Array<[string, string]>> {
  const out: Array<Array<[string, string]>> = [];
  for (let i = 1; i < padded.length; i++) {
    const steps: Array<[string, string]> = [];
    for (let n = 2; n <= order && i - n + 1 >= 0; n++) {
      steps.push([padded.slice(i - n + 1, i), padded.slice(i - n + 1, i + 1)]);
    }
    out.push(steps);
  }
  return out;
}

function logProb(t: LanguageTables, padded: string, steps: ReadonlyArray<ReadonlyArray<[string, string]>>): number {
  let total = 0;
  steps.forEach((position, index) => {
    let p = ((t.counts.get(padded[index + 1]!) ?? 0) + 1) / (t.unigramTotal + ALPHABET);
    for (const [context, gram] of position) {
      const stats = t.contexts.get(context);
      if (!stats) break;
      const [sum, distinct] = stats;
      p = ((t.counts.get(gram) ?? 0) + distinct * p) / (sum + distinct);
    }
    total += Math.log(p);
  });
  return total;
}

/** `profiles`: language code -> one "ngram<TAB>count" line list per order, as build-profiles.mjs writes. */
export function buildModel(profiles: Readonly<Record<string, unknown>>): NgramModel {
  const byLanguage = new Map<string, LanguageTables>();
  let order = 0;
  for (const [code, value] of Object.entries(profiles)) {
    if (!Array.isArray(value)) continue;
    const orders = value.filter((v): v is string => typeof v === 'string');
    order = Math.max(order, orders.length);
    byLanguage.set(code, tables(orders));
  }
  const cache = new Map<string, number[]>();
  return {
    languages: new Set(byLanguage.keys()),
    scoreWord(word, languages) {
      const key = `${languages.join(',')}\u0000${word}`;
      const hit = cache.get(key);
      if (hit) return hit;
      const padded = ` ${word} `;
      const steps = grams(padded, order);
      const scores = languages.map((code) => {
        const t = byLanguage.get(code);
        return t ? logProb(t, padded, steps) : Number.NEGATIVE_INFINITY;
      });
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(key, scores);
      return scores;
    },
  };
}
