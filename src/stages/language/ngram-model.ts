/**
 * Character n-gram language models built from `profiles.json` (see build-profiles.mjs): per language,
 * Witten-Bell interpolated probabilities of the next character given up to three previous ones, over
 * lower-cased words padded with a space on each side. Unlike franc's 300 ranked trigrams this gives
 * usable evidence for a single word.
 */
export interface NgramModel {
  readonly order: number;
  /** log P(word) for each language code, over the padded word. */
  logProb(word: string, language: string): number;
  readonly languages: readonly string[];
}

interface LanguageTables {
  /** n-gram -> count, all orders in one map. */
  readonly counts: Map<string, number>;
  /** context -> [total count of continuations, distinct continuations]. */
  readonly contexts: Map<string, [number, number]>;
  readonly unigramTotal: number;
}

/** Characters a language's profile never saw still get this share of a pseudo-alphabet. */
const ALPHABET = 120;

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

function charLogProbs(t: LanguageTables, padded: string, order: number): number {
  let total = 0;
  // Position 0 is the leading space: it is context, not predicted.
  for (let i = 1; i < padded.length; i++) {
    const ch = padded[i]!;
    let p = ((t.counts.get(ch) ?? 0) + 1) / (t.unigramTotal + ALPHABET);
    for (let n = 2; n <= order && i - n + 1 >= 0; n++) {
      const context = padded.slice(i - n + 1, i);
      const stats = t.contexts.get(context);
      if (!stats) break;
      const [sum, distinct] = stats;
      const c = t.counts.get(context + ch) ?? 0;
      p = (c + distinct * p) / (sum + distinct);
    }
    total += Math.log(p);
  }
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
  return {
    order,
    languages: [...byLanguage.keys()],
    logProb(word, language) {
      const t = byLanguage.get(language);
      return t ? charLogProbs(t, ` ${word} `, order) : Number.NEGATIVE_INFINITY;
    },
  };
}
