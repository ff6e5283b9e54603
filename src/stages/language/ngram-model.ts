/**
 * Character n-gram language models compiled into `model.json` by build-profiles.mjs: per language,
 * Witten-Bell interpolated probabilities of the next character given up to order-1 previous ones, over
 * lower-cased words padded with a space on each side. Unlike franc's 300 ranked trigrams per language
 * this gives usable evidence for a single word.
 *
 * The estimates are precomputed, and a language is held as a trie over its n-grams in typed arrays: the
 * compiled entries are sorted by key (a key is its context's key times the base plus its last letter), so
 * they are already in breadth-first order, each context's continuations side by side. Scoring walks one
 * step per letter and order from the n-grams that ended at the previous letter, instead of hashing every
 * context and n-gram afresh, and the trie needs no key column and no empty slots: about 4 MB per process
 * for all languages.
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

/** One language's n-grams (entries, in key order) as a trie. */
interface LanguageTrie {
  /** Letter code -> its unigram entry, -1 for a letter the language never saw. */
  readonly unigrams: Int32Array;
  /** Each entry's last letter; a context's continuations are sorted by it. */
  readonly letters: Uint8Array;
  /** log P(last letter | the letters before it); NaN for a context that is no n-gram of its own. */
  readonly logp: Float32Array;
  /** For entries below the top order: log of the probability share the context leaves to shorter ones; NaN when no context. */
  readonly logbow: Float32Array;
  /** For entries below the top order: entry e's continuations are the entries [children[e], children[e + 1]). */
  readonly children: Uint32Array;
  /** log P of a letter the language never saw. */
  readonly unseen: number;
}

/** No entry: a letter or n-gram the language has not got. */
const NONE = -1;

/** The continuation of entry `context` by `letter`, or NONE. */
function child(t: LanguageTrie, context: number, letter: number): number {
  let low = t.children[context]!;
  let high = t.children[context + 1]!;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const found = t.letters[middle]!;
    if (found < letter) low = middle + 1;
    else if (found > letter) high = middle;
    else return middle;
  }
  return NONE;
}

function decode<T extends Uint32Array | Float32Array>(base64: string, make: (buffer: ArrayBuffer, offset: number, length: number) => T): T {
  const bytes = Buffer.from(base64, 'base64');
  // A view when aligned (large buffers are not pooled, so they start at 0), else a copy.
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes);
  return make(aligned.buffer as ArrayBuffer, aligned.byteOffset, aligned.length / 4);
}

/**
 * Links one language's sorted entries into a trie. An n-gram's context is its key divided by the base,
 * and contexts come in the same order as their continuations, so one forward pass finds them all. Every
 * n-gram's context is an entry of its own with a back-off weight (build-profiles.mjs makes each n-gram's
 * prefix a context), which is what lets a walk from the contexts find every n-gram a lookup by key would.
 */
function languageTrie(keys: Uint32Array, logp: Float32Array, logbow: Float32Array, unseen: number, base: number, order: number): LanguageTrie {
  const contexts = keys.findIndex((key) => key >= base ** (order - 1));
  const below = contexts < 0 ? keys.length : contexts;
  const bigrams = keys.findIndex((key) => key >= base);
  const firstChild = bigrams < 0 ? keys.length : bigrams;
  const unigrams = new Int32Array(base).fill(NONE);
  const letters = new Uint8Array(keys.length);
  const counts = new Uint32Array(below + 1);
  let parent = 0;
  for (let entry = 0; entry < keys.length; entry++) {
    const key = keys[entry]!;
    if (entry > 0 && key <= keys[entry - 1]!) throw new Error('model.json: n-gram keys are not sorted');
    letters[entry] = key % base;
    if (entry < firstChild) {
      unigrams[key] = entry;
      continue;
    }
    const context = Math.floor(key / base);
    while (keys[parent]! < context) parent++;
    if (keys[parent] !== context || Number.isNaN(logbow[parent]!)) throw new Error('model.json: an n-gram without its context');
    counts[parent + 1]!++;
  }
  const children = counts;
  children[0] = firstChild;
  for (let entry = 0; entry < below; entry++) children[entry + 1]! += children[entry]!;
  return { unigrams, letters, logp, logbow: logbow.slice(0, below), children, unseen };
}

/**
 * log P of the letter at each position after the first, summed. At each order the context must exist
 * (else the longer ones cannot either); a seen n-gram gives its interpolated estimate outright, an unseen
 * one the context's back-off weight times the estimate of the order below. `ending[n]` holds the entry
 * of the n-gram that ends at the current letter (NONE if the language has none): the contexts of the next
 * letter. It is kept for every order, also past the order where the estimate stopped, as a lookup by
 * key would find it.
 */
function logProb(t: LanguageTrie, codes: Uint16Array, length: number, order: number, scratch: readonly [Int32Array, Int32Array]): number {
  let [ending, next] = scratch;
  ending.fill(NONE);
  ending[1] = t.unigrams[codes[0]!]!;
  let total = 0;
  for (let i = 1; i < length; i++) {
    const letter = codes[i]!;
    const unigram = t.unigrams[letter]!;
    next[1] = unigram;
    let lp = unigram < 0 ? t.unseen : t.logp[unigram]!;
    let open = true;
    for (let n = 2; n <= order; n++) {
      const context = ending[n - 1]!;
      const gram = context < 0 ? NONE : child(t, context, letter);
      next[n] = gram;
      if (!open) continue;
      const backoff = context < 0 ? Number.NaN : t.logbow[context]!;
      if (Number.isNaN(backoff)) {
        open = false;
        continue;
      }
      const seen = gram < 0 ? Number.NaN : t.logp[gram]!;
      lp = Number.isNaN(seen) ? lp + backoff : seen;
    }
    total += lp;
    const done = ending;
    ending = next;
    next = done;
  }
  return total;
}

export function loadModel(compiled: CompiledModel): NgramModel {
  const points = Array.from(compiled.characters, (ch) => ch.codePointAt(0)!);
  const unknown = points.length + 1;
  const base = points.length + 2;
  // Letters are stored in a byte: a model with more characters needs a wider `letters` column.
  if (base > 0x100) throw new Error(`model.json: ${points.length} characters do not fit one-byte letter codes`);
  /** Code point -> letter code (1-based index in `characters`); 0 for a character no profile has. */
  const letterCodes = new Uint8Array(Math.max(...points) + 1);
  points.forEach((point, index) => (letterCodes[point] = index + 1));
  const codeOf = (point: number): number => (point < letterCodes.length ? letterCodes[point]! : 0) || unknown;
  const space = codeOf(0x20);
  const keys = decode(compiled.keys, (b, o, n) => new Uint32Array(b, o, n));
  const logp = decode(compiled.logp, (b, o, n) => new Float32Array(b, o, n));
  const logbow = decode(compiled.logbow, (b, o, n) => new Float32Array(b, o, n));
  const order = compiled.order;
  const byLanguage = new Map<string, LanguageTrie>();
  let start = 0;
  for (const [code, { size, unseen }] of Object.entries(compiled.languages)) {
    const end = start + size;
    byLanguage.set(code, languageTrie(keys.subarray(start, end), logp.subarray(start, end), logbow.subarray(start, end), unseen, base, order));
    start = end;
  }
  // Scratch space reused by every call: scoring allocates nothing per letter.
  let padded = new Uint16Array(64);
  const scratch = [new Int32Array(order + 1), new Int32Array(order + 1)] as const;
  /** ` word ` as letter codes in `padded`, one per code point; returns their number. */
  const encode = (word: string): number => {
    if (padded.length < word.length + 2) padded = new Uint16Array(word.length + 2);
    padded[0] = space;
    let length = 1;
    for (let i = 0; i < word.length; i++) {
      const point = word.codePointAt(i)!;
      if (point > 0xffff) i++;
      padded[length++] = codeOf(point);
    }
    padded[length++] = space;
    return length;
  };
  return {
    languages: new Set(byLanguage.keys()),
    scoreWord(word, languages) {
      const length = encode(word);
      return languages.map((code) => {
        const t = byLanguage.get(code);
        return t ? logProb(t, padded, length, order, scratch) : Number.NEGATIVE_INFINITY;
      });
    },
  };
}
