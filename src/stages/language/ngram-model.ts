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

/** N-grams are keyed by numbers: characters get small codes and an n-gram is its codes in base `base`. */
interface LanguageTables {
  /** n-gram key -> count, all orders in one map. */
  readonly counts: ReadonlyMap<number, number>;
  /** context key -> total count of its continuations. */
  readonly contextTotals: ReadonlyMap<number, number>;
  /** context key -> number of distinct continuations. */
  readonly contextTypes: ReadonlyMap<number, number>;
  readonly unigramTotal: number;
}

/** Characters a language's profile never saw still get this share of a pseudo-alphabet. */
const ALPHABET = 120;
/** Distinct words whose scores are remembered; news text repeats its words. */
const CACHE_LIMIT = 50_000;

interface Profile {
  readonly code: string;
  readonly lines: ReadonlyArray<readonly [string, number]>;
}

function parseProfiles(profiles: Readonly<Record<string, unknown>>): { parsed: Profile[]; order: number } {
  const parsed: Profile[] = [];
  let order = 0;
  for (const [code, value] of Object.entries(profiles)) {
    if (!Array.isArray(value)) continue;
    const orders = value.filter((v): v is string => typeof v === 'string');
    order = Math.max(order, orders.length);
    const lines: Array<[string, number]> = [];
    for (const block of orders) {
      for (const line of block.split('\n')) {
        const tab = line.lastIndexOf('\t');
        if (tab > 0) lines.push([line.slice(0, tab), Number(line.slice(tab + 1))]);
      }
    }
    parsed.push({ code, lines });
  }
  return { parsed, order };
}

class Encoder {
  readonly codes = new Map<string, number>();
  constructor(profiles: readonly Profile[]) {
    for (const p of profiles) {
      for (const [gram] of p.lines) for (const ch of gram) if (!this.codes.has(ch)) this.codes.set(ch, this.codes.size + 1);
    }
  }
  /** One more than the largest code, which stands for every character no profile has. */
  get base(): number {
    return this.codes.size + 2;
  }
  encode(text: string): number[] {
    const unknown = this.codes.size + 1;
    return Array.from(text, (ch) => this.codes.get(ch) ?? unknown);
  }
  key(gram: string): number {
    const base = this.base;
    const unknown = this.codes.size + 1;
    let key = 0;
    for (const ch of gram) key = key * base + (this.codes.get(ch) ?? unknown);
    return key;
  }
}

function tables(profile: Profile, encoder: Encoder): LanguageTables {
  const counts = new Map<number, number>();
  const contextTotals = new Map<number, number>();
  const contextTypes = new Map<number, number>();
  let unigramTotal = 0;
  for (const [gram, count] of profile.lines) {
    const key = encoder.key(gram);
    counts.set(key, count);
    if (key < encoder.base) {
      unigramTotal += count;
      continue;
    }
    const context = Math.floor(key / encoder.base);
    contextTotals.set(context, (contextTotals.get(context) ?? 0) + count);
    contextTypes.set(context, (contextTypes.get(context) ?? 0) + 1);
  }
  return { counts, contextTotals, contextTypes, unigramTotal };
}

/** Keys of the contexts (shortest first) and of the n-grams that predict each character after the first. */
function positionKeys(codes: readonly number[], order: number, base: number): Array<{ unigram: number; steps: number[] }> {
  const out: Array<{ unigram: number; steps: number[] }> = [];
  for (let i = 1; i < codes.length; i++) {
    const steps: number[] = [];
    let context = 0;
    let scale = 1;
    for (let n = 2; n <= order && i - n + 1 >= 0; n++) {
      context += codes[i - n + 1]! * scale;
      scale *= base;
      steps.push(context, context * base + codes[i]!);
    }
    out.push({ unigram: codes[i]!, steps });
  }
  return out;
}

function logProb(t: LanguageTables, positions: ReadonlyArray<{ unigram: number; steps: readonly number[] }>): number {
  let total = 0;
  for (const { unigram, steps } of positions) {
    let p = ((t.counts.get(unigram) ?? 0) + 1) / (t.unigramTotal + ALPHABET);
    for (let s = 0; s < steps.length; s += 2) {
      const sum = t.contextTotals.get(steps[s]!);
      if (sum === undefined) break;
      const distinct = t.contextTypes.get(steps[s]!)!;
      p = ((t.counts.get(steps[s + 1]!) ?? 0) + distinct * p) / (sum + distinct);
    }
    total += Math.log(p);
  }
  return total;
}

/** `profiles`: language code -> one "ngram<TAB>count" line list per order, as build-profiles.mjs writes. */
export function buildModel(profiles: Readonly<Record<string, unknown>>): NgramModel {
  const { parsed, order } = parseProfiles(profiles);
  const encoder = new Encoder(parsed);
  const byLanguage = new Map(parsed.map((p) => [p.code, tables(p, encoder)] as const));
  const cache = new Map<string, number[]>();
  return {
    languages: new Set(byLanguage.keys()),
    scoreWord(word, languages) {
      const key = `${languages.join(',')}\u0000${word}`;
      const hit = cache.get(key);
      if (hit) return hit;
      const positions = positionKeys(encoder.encode(` ${word} `), order, encoder.base);
      const scores = languages.map((code) => {
        const t = byLanguage.get(code);
        return t ? logProb(t, positions) : Number.NEGATIVE_INFINITY;
      });
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(key, scores);
      return scores;
    },
  };
}
