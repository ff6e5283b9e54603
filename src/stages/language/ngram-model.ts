/**
 * Character n-gram language models compiled into `model.json` by build-profiles.mjs: per language,
 * Witten-Bell interpolated probabilities of the next character given up to order-1 previous ones, over
 * lower-cased words padded with a space on each side. Unlike franc's 300 ranked trigrams per language
 * this gives usable evidence for a single word.
 *
 * The estimates are precomputed, so a language is three typed arrays (keys, log-probabilities, log
 * back-off weights) in an open-addressing hash table: a few megabytes per process instead of the
 * hundred-odd that maps of counts took, and a word costs a handful of array probes per letter.
 */
export interface NgramModel {
  readonly languages: ReadonlySet<string>;
  /** log P(word) under each of `languages` (codes without a profile get -Infinity), same order. */
  scoreWord(word: string, languages: readonly string[]): number[];
}

/** The shape build-profiles.mjs writes (see `compile` there for the encoding). */
export interface CompiledModel {
  readonly characters: string;
  readonly order: number;
  readonly languages: Readonly<Record<string, { readonly size: number; readonly unseen: number }>>;
  readonly keys: string;
  readonly logp: string;
  readonly logbow: string;
}

/** One language's n-grams and contexts, hashed by key; slots with key 0 are empty (keys are never 0). */
interface LanguageTable {
  readonly keys: Uint32Array;
  /** log P(last letter | the letters before it); NaN for a context that is no n-gram of its own. */
  readonly logp: Float32Array;
  /** log of the probability share a context leaves to shorter ones; NaN when the n-gram is no context. */
  readonly logbow: Float32Array;
  /** log P of a letter the language never saw. */
  readonly unseen: number;
}

/** Fibonacci hashing scaled to the table's size: consecutive keys spread over the whole table. */
function home(key: number, capacity: number): number {
  return Math.floor(((Math.imul(key, 0x9e3779b1) >>> 0) * capacity) / 0x1_0000_0000);
}

function slot(table: LanguageTable, key: number): number {
  const capacity = table.keys.length;
  for (let i = home(key, capacity); ; i = i + 1 === capacity ? 0 : i + 1) {
    const k = table.keys[i]!;
    if (k === key) return i;
    if (k === 0) return -1;
  }
}

function decode<T extends Uint32Array | Float32Array>(base64: string, make: (buffer: ArrayBuffer, offset: number, length: number) => T): T {
  const bytes = Buffer.from(base64, 'base64');
  // A view when aligned (large buffers are not pooled, so they start at 0), else a copy.
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes);
  return make(aligned.buffer as ArrayBuffer, aligned.byteOffset, aligned.length / 4);
}

/** Filled to at most this share, so that probes for absent n-grams (most of them) stop soon. */
const LOAD = 0.6;

function languageTable(keys: Uint32Array, logp: Float32Array, logbow: Float32Array, unseen: number): LanguageTable {
  const capacity = Math.ceil(keys.length / LOAD) + 1;
  const table = { keys: new Uint32Array(capacity), logp: new Float32Array(capacity), logbow: new Float32Array(capacity), unseen };
  keys.forEach((key, entry) => {
    let i = home(key, capacity);
    while (table.keys[i] !== 0) i = i + 1 === capacity ? 0 : i + 1;
    table.keys[i] = key;
    table.logp[i] = logp[entry]!;
    table.logbow[i] = logbow[entry]!;
  });
  return table;
}

/**
 * log P of the letter at each position after the first, summed. At each order the context must exist
 * (else the longer ones cannot either); a seen n-gram gives its interpolated estimate outright, an unseen
 * one the context's back-off weight times the estimate of the order below.
 */
function logProb(t: LanguageTable, codes: Uint16Array, order: number, base: number): number {
  let total = 0;
  for (let i = 1; i < codes.length; i++) {
    const letter = codes[i]!;
    const unigram = slot(t, letter);
    let lp = unigram < 0 ? t.unseen : t.logp[unigram]!;
    let context = 0;
    let scale = 1;
    for (let n = 2; n <= order && i - n + 1 >= 0; n++) {
      context += codes[i - n + 1]! * scale;
      scale *= base;
      const c = slot(t, context);
      const backoff = c < 0 ? Number.NaN : t.logbow[c]!;
      if (Number.isNaN(backoff)) break;
      const g = slot(t, context * base + letter);
      const seen = g < 0 ? Number.NaN : t.logp[g]!;
      lp = Number.isNaN(seen) ? lp + backoff : seen;
    }
    total += lp;
  }
  return total;
}

export function loadModel(compiled: CompiledModel): NgramModel {
  const codes = new Map<string, number>();
  for (const ch of compiled.characters) codes.set(ch, codes.size + 1);
  const unknown = codes.size + 1;
  const base = codes.size + 2;
  const keys = decode(compiled.keys, (b, o, n) => new Uint32Array(b, o, n));
  const logp = decode(compiled.logp, (b, o, n) => new Float32Array(b, o, n));
  const logbow = decode(compiled.logbow, (b, o, n) => new Float32Array(b, o, n));
  const order = compiled.order;
  const byLanguage = new Map<string, LanguageTable>();
  let start = 0;
  for (const [code, { size, unseen }] of Object.entries(compiled.languages)) {
    const end = start + size;
    byLanguage.set(code, languageTable(keys.subarray(start, end), logp.subarray(start, end), logbow.subarray(start, end), unseen));
    start = end;
  }
  const encode = (text: string): Uint16Array => Uint16Array.from(Array.from(text, (ch) => codes.get(ch) ?? unknown));
  return {
    languages: new Set(byLanguage.keys()),
    scoreWord(word, languages) {
      const padded = encode(` ${word} `);
      return languages.map((code) => {
        const t = byLanguage.get(code);
        return t ? logProb(t, padded, order, base) : Number.NEGATIVE_INFINITY;
      });
    },
  };
}
