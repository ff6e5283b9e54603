import { readFileSync } from 'node:fs';
import { francAll } from 'franc';
import alphabets from './scripts.json' with { type: 'json' };
import { loadModel, type CompiledModel, type NgramModel } from './ngram-model.js';
import { languageWords, type LanguageWord } from './words.js';

export interface IdentifyOptions {
  /** ISO 639-3 codes to choose from, in order of preference for ties. */
  readonly languages: readonly string[];
  /**
   * Letters below which a text is short: the prior gets its say and the confidence is scaled down. Languages
   * without a character profile can only be found by franc, and only in text at least this long.
   */
  readonly minLength: number;
  /** Language of the enclosing document, preferred when a short segment leaves the choice open. */
  readonly prior?: string;
}

export interface LanguageGuess {
  /** ISO 639-3 as franc reports it, or `und` when the text has no letters an allowed language writes with. */
  readonly code: string;
  /** Probability of `code` among the candidates, scaled down for text shorter than minLength; 0 for `und`. */
  readonly confidence: number;
}

interface Alphabet {
  readonly script: readonly string[];
  readonly letters: string;
  readonly transliteration?: Readonly<Record<string, string>>;
}

/**
 * Named in a type only so that tsc copies model.json into the build beside this module; it is read with
 * readFileSync rather than imported because an imported JSON module keeps its parsed object (megabytes of
 * base64) alive for the life of the process, in every worker thread.
 */
type ModelFile = typeof import('./model.json', { with: { type: 'json' } });

let cachedModel: NgramModel | undefined;
/** Loaded on first use: importing the stage should not cost the tables' memory. */
function model(): NgramModel {
  cachedModel ??= loadModel(JSON.parse(readFileSync(new URL('./model.json', import.meta.url), 'utf8')) as ModelFile satisfies CompiledModel);
  return cachedModel;
}
const ALPHABETS: ReadonlyMap<string, Alphabet> = new Map(Object.entries<Alphabet>(alphabets.languages));
const LETTER_SETS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  [...ALPHABETS].map(([code, a]) => [code, new Set(a.letters)]),
);
const UNDETERMINED: LanguageGuess = { code: 'und', confidence: 0 };

/** Scoring stops after this many letters: enough for a confident call, bounded cost per segment. */
const MAX_SCORED_LETTERS = 1000;
/** Longer letter runs are not words (base64, repeated characters): only their start is scored. */
const MAX_WORD_LENGTH = 40;
/** Log-odds charged per letter outside a language's alphabet, on top of the model's own estimate. */
const FOREIGN_LETTER_COST = 4;
/**
 * Log-odds given to the document language for a short segment: a short line in a Russian document is
 * Russian unless its letters clearly say otherwise (і, ї, є, ґ, ў, ә, ѓ, ќ, ј...). When the line is in
 * another script than the document (a Cyrillic photo credit in an English article), the first configured
 * language of the line's script stands in for the document language: the config's order is its preference.
 */
const PRIOR_BONUS = 5;

/** A language we know no alphabet of may be written in any script; franc will judge it. */
function writes(code: string, script: string): boolean {
  const alphabet = ALPHABETS.get(code);
  return alphabet ? alphabet.script.includes(script) : script !== 'Other';
}

function dominantScript(words: readonly LanguageWord[], allowed: readonly string[]): string | undefined {
  const letters = new Map<string, number>();
  for (const w of words) {
    if (allowed.some((code) => writes(code, w.script))) letters.set(w.script, (letters.get(w.script) ?? 0) + w.letters);
  }
  let best: string | undefined;
  for (const [script, count] of letters) if (!best || count > letters.get(best)!) best = script;
  return best;
}

/** Words of the dominant script, up to the scoring budget. */
function scoredWords(words: readonly LanguageWord[], script: string): LanguageWord[] {
  const out: LanguageWord[] = [];
  let letters = 0;
  for (const w of words) {
    if (w.script !== script) continue;
    const word = w.text.length > MAX_WORD_LENGTH ? { ...w, text: w.text.slice(0, MAX_WORD_LENGTH), letters: MAX_WORD_LENGTH } : w;
    out.push(word);
    letters += word.letters;
    if (letters >= MAX_SCORED_LETTERS) break;
  }
  return out;
}

function foreignLetters(word: string, letters: ReadonlySet<string> | undefined): number {
  if (!letters) return 0;
  let count = 0;
  for (const ch of word) if (ch !== "'" && !letters.has(ch)) count++;
  return count;
}

/** Longest-first replacement; a letter the table lacks stays as it is (and counts as foreign). */
function transliterate(word: string, table: Readonly<Record<string, string>>): string {
  let out = '';
  for (let i = 0; i < word.length; ) {
    const pair = table[word.slice(i, i + 2)];
    if (pair !== undefined) {
      out += pair;
      i += 2;
    } else {
      out += table[word[i]!] ?? word[i]!;
      i += 1;
    }
  }
  return out;
}

function needsTransliteration(code: string, script: string): boolean {
  const alphabet = ALPHABETS.get(code);
  return alphabet?.transliteration !== undefined && alphabet.script[0] !== script;
}

/** The candidates whose profile is in another script than `script`, with the table that bridges it. */
function transliterated(candidates: readonly string[], script: string): Map<string, Readonly<Record<string, string>>> {
  const out = new Map<string, Readonly<Record<string, string>>>();
  for (const code of candidates) {
    const table = ALPHABETS.get(code)?.transliteration;
    if (table && needsTransliteration(code, script)) out.set(code, table);
  }
  return out;
}

/** Distinct words whose scores are remembered (all candidate sets together); news text repeats its words. */
const CACHE_LIMIT = 30_000;
/** candidate set and script -> word -> score per candidate (model minus foreign letters). */
const wordCache = new Map<string, Map<string, readonly number[]>>();
let cachedWords = 0;

function wordScores(word: string, candidates: readonly string[], bridged: ReadonlyMap<string, Readonly<Record<string, string>>>): number[] {
  const direct = candidates.filter((code) => !bridged.has(code));
  const scores = new Map<string, number>();
  model().scoreWord(word, direct).forEach((s, i) => scores.set(direct[i]!, s));
  for (const [code, table] of bridged) scores.set(code, model().scoreWord(transliterate(word, table), [code])[0]!);
  return candidates.map((code) => scores.get(code)! - FOREIGN_LETTER_COST * foreignLetters(word, LETTER_SETS.get(code)));
}

function modelScores(words: readonly LanguageWord[], candidates: readonly string[], script: string): number[] {
  const bridged = transliterated(candidates, script);
  const setKey = `${script} ${candidates.join(' ')}`;
  let cache = wordCache.get(setKey);
  if (!cache) wordCache.set(setKey, (cache = new Map()));
  const totals = candidates.map(() => 0);
  for (const w of words) {
    let scores = cache.get(w.text);
    if (!scores) {
      scores = wordScores(w.text, candidates, bridged);
      if (cachedWords >= CACHE_LIMIT) {
        for (const words of wordCache.values()) words.clear();
        cachedWords = 0;
      }
      cache.set(w.text, scores);
      cachedWords++;
    }
    for (let i = 0; i < totals.length; i++) totals[i]! += scores[i]!;
  }
  return totals;
}

function argmax(scores: readonly number[]): number {
  let best = 0;
  scores.forEach((s, i) => {
    if (s > scores[best]!) best = i;
  });
  return best;
}

/** Softmax probability of entry `index`: the model's posterior under equal priors. */
function posterior(scores: readonly number[], index: number): number {
  const top = Math.max(...scores);
  const sum = scores.reduce((acc, s) => acc + Math.exp(s - top), 0);
  return Math.exp(scores[index]! - top) / sum;
}

/** franc's scores are 1 for its best language and lower for the rest: the margin is its confidence. */
function francGuess(words: readonly LanguageWord[], candidates: readonly string[]): LanguageGuess {
  const ranked = francAll(words.map((w) => w.text).join(' '), { only: [...candidates], minLength: 1 });
  const [first, second] = ranked;
  if (!first || first[0] === 'und') return UNDETERMINED;
  return { code: first[0], confidence: second ? 1 - second[1] : 1 };
}

export function identifyLanguage(text: string, options: IdentifyOptions): LanguageGuess {
  const words = languageWords(text);
  const script = dominantScript(words, options.languages);
  if (!script) return UNDETERMINED;
  const scored = scoredWords(words, script);
  const letters = scored.reduce((acc, w) => acc + w.letters, 0);
  const short = letters < options.minLength;
  // A few Latin letters spelled into Serbian Cyrillic look Serbian too often (Polish, English words):
  // a language is heard in its second script only in text long enough to tell, or as the document's.
  const writers = options.languages.filter((code) => writes(code, script));
  const native = writers.filter((code) => code === options.prior || !needsTransliteration(code, script));
  const candidates = short && native.length > 0 ? native : writers;
  const profiled = candidates.filter((code) => model().languages.has(code));
  const damping = Math.min(1, letters / Math.max(1, options.minLength));
  if (profiled.length === 0 || (!short && profiled.length < candidates.length)) {
    const guess = francGuess(scored, candidates);
    return { code: guess.code, confidence: guess.confidence * damping };
  }
  // A lone candidate is certain up to the length damping: nothing to score (short Latin lines with the
  // default config, where Serbian Latin is heard only in longer text).
  if (profiled.length === 1) return { code: profiled[0]!, confidence: damping };
  const likelihoods = modelScores(scored, profiled, script);
  const preferred = options.prior === undefined || profiled.includes(options.prior) ? options.prior : profiled[0];
  const scores = profiled.map((code, i) => {
    const bonus = short && code === preferred ? PRIOR_BONUS : 0;
    // Earlier languages win exact ties, as the config promises.
    return likelihoods[i]! + bonus - i * 1e-9;
  });
  const best = argmax(scores);
  return { code: profiled[best]!, confidence: posterior(scores, best) * damping };
}
