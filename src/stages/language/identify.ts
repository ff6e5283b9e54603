import { readFileSync } from 'node:fs';
import { francAll } from 'franc';
import alphabets from './scripts.json' with { type: 'json' };
import { loadModel, type CompiledModel, type NgramModel } from './ngram-model.js';
import {
  currentEpoch,
  languageWords,
  MAX_SCORED_LETTERS,
  refScoredLetters,
  refScript,
  scoredText,
  SCRIPTS,
  WORD_CAPACITY,
  wordOf,
  type LineWords,
} from './words.js';

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
/** Per language, its letters as a table indexed by code point (1: a letter of it), as long as the largest one needs. */
const LETTER_TABLES: ReadonlyMap<string, Uint8Array> = new Map([...ALPHABETS].map(([code, a]) => [code, letterTable(a.letters)]));

function letterTable(letters: string): Uint8Array {
  const points = Array.from(letters, (ch) => ch.codePointAt(0)!);
  const table = new Uint8Array(Math.max(...points) + 1);
  for (const point of points) table[point] = 1;
  return table;
}

const UNDETERMINED: LanguageGuess = { code: 'und', confidence: 0 };

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

/** Per candidate list (the options' own array): whether some candidate writes each script, by script index. */
const writableScripts = new WeakMap<readonly string[], readonly boolean[]>();

/** The index of the script with most letters among those an allowed language writes; ties go to the one seen first. */
function dominantScript(lines: readonly LineWords[], allowed: readonly string[]): number | undefined {
  let writable = writableScripts.get(allowed);
  if (!writable) writableScripts.set(allowed, (writable = SCRIPTS.map((script) => allowed.some((code) => writes(code, script)))));
  const letters = [0, 0, 0];
  const seen: number[] = [];
  for (const line of lines) {
    for (const script of line.scripts) if (writable[script] && !seen.includes(script)) seen.push(script);
    for (let script = 0; script < letters.length; script++) letters[script]! += line.letters[script]!;
  }
  let best: number | undefined;
  for (const script of seen) if (best === undefined || letters[script]! > letters[best]!) best = script;
  return best;
}

const APOSTROPHE = 0x27;

function foreignLetters(word: string, letters: Uint8Array | undefined): number {
  if (!letters) return 0;
  let count = 0;
  for (let i = 0; i < word.length; i++) {
    const point = word.codePointAt(i)!;
    if (point > 0xffff) i++;
    if (point !== APOSTROPHE && letters[point] !== 1) count++;
  }
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

/** Scores words of one script against a set of profiled candidates, and keeps the scores by word number. */
interface WordScorer {
  readonly candidates: readonly string[];
  readonly bridged: ReadonlyMap<string, Readonly<Record<string, string>>>;
  /** The candidates scored on the word as written. */
  readonly direct: readonly string[];
  /** Word w's scores are scores[w * candidates.length, ...) when scoredIn[w] is the epoch they were worked out in. */
  scores: Float64Array;
  scoredIn: Int32Array;
}

/**
 * One scorer per script and candidate set, for the life of the process. Its tables of scores grow with
 * the word numbers in use, up to WORD_CAPACITY words.
 */
const scorers = new Map<string, WordScorer>();

function wordScorer(candidates: readonly string[], script: string): WordScorer {
  const setKey = `${script} ${candidates.join(' ')}`;
  let scorer = scorers.get(setKey);
  if (!scorer) {
    const bridged = transliterated(candidates, script);
    const direct = candidates.filter((code) => !bridged.has(code));
    scorer = { candidates, bridged, direct, scores: new Float64Array(0), scoredIn: new Int32Array(0) };
    scorers.set(setKey, scorer);
  }
  return scorer;
}

/** Per candidate: the model's log-likelihood of the word minus the charge for its foreign letters. */
function wordScores(word: string, { candidates, bridged, direct }: WordScorer): number[] {
  const scores = model().scoreWord(word, direct);
  let next = 0;
  return candidates.map((code) => {
    const table = bridged.get(code);
    const likelihood = table ? model().scoreWord(transliterate(word, table), [code])[0]! : scores[next++]!;
    return likelihood - FOREIGN_LETTER_COST * foreignLetters(word, LETTER_TABLES.get(code));
  });
}

/** Room in the scorer's tables for words numbered below `words`. */
function makeRoom(scorer: WordScorer, words: number): void {
  if (scorer.scoredIn.length >= words) return;
  const size = Math.min(WORD_CAPACITY, Math.max(words, scorer.scoredIn.length * 2, 4096));
  const scores = new Float64Array(size * scorer.candidates.length);
  scores.set(scorer.scores);
  const scoredIn = new Int32Array(size);
  scoredIn.set(scorer.scoredIn);
  scorer.scores = scores;
  scorer.scoredIn = scoredIn;
}

/** Summed scores of words[0, count), in order: each word scored once per epoch. */
function modelScores(words: readonly number[], count: number, scorer: WordScorer): number[] {
  const width = scorer.candidates.length;
  const totals = new Array<number>(width).fill(0);
  const epoch = currentEpoch();
  for (let w = 0; w < count; w++) {
    const word = words[w]!;
    if (word >= scorer.scoredIn.length) makeRoom(scorer, word + 1);
    const { scores, scoredIn } = scorer;
    const at = word * width;
    if (scoredIn[word] !== epoch) {
      scores.set(wordScores(scoredText(word), scorer), at);
      scoredIn[word] = epoch;
    }
    for (let i = 0; i < width; i++) totals[i]! += scores[at + i]!;
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
function francGuess(text: string, candidates: readonly string[]): LanguageGuess {
  const ranked = francAll(text, { only: [...candidates], minLength: 1 });
  const [first, second] = ranked;
  if (!first || first[0] === 'und') return UNDETERMINED;
  return { code: first[0], confidence: second ? 1 - second[1] : 1 };
}

/** What the options make of a text in one script: who may be heard and how; the same for every text alike. */
interface Plan {
  readonly candidates: readonly string[];
  /** The candidates with a character profile, in the config's order. */
  readonly profiled: readonly string[];
  /** franc judges: no candidate has a profile, or (in text long enough) some candidate has none. */
  readonly byFranc: boolean;
  /** The language a short text leans to. */
  readonly preferred: string | undefined;
  /** Set when more than one profiled candidate is left to score. */
  readonly scorer: WordScorer | undefined;
}

/**
 * Plans per candidate list (the options' own array: a config keeps one for its life), then per prior,
 * by script index and length (index * 2 + 1 when short).
 */
const plans = new WeakMap<readonly string[], Map<string | undefined, Array<Plan | undefined>>>();
/** Priors are caller-supplied strings: bound the plans one candidate list can gather. */
const PRIOR_LIMIT = 64;

function planFor(languages: readonly string[], script: number, short: boolean, prior: string | undefined): Plan {
  let byPrior = plans.get(languages);
  if (!byPrior) plans.set(languages, (byPrior = new Map()));
  let known = byPrior.get(prior);
  if (!known) {
    if (byPrior.size >= PRIOR_LIMIT) byPrior.clear();
    byPrior.set(prior, (known = []));
  }
  const slot = script * 2 + (short ? 1 : 0);
  return (known[slot] ??= makePlan(languages, SCRIPTS[script]!, short, prior));
}

function makePlan(languages: readonly string[], script: string, short: boolean, prior: string | undefined): Plan {
  // A few Latin letters spelled into Serbian Cyrillic look Serbian too often (Polish, English words):
  // a language is heard in its second script only in text long enough to tell, or as the document's.
  const writers = languages.filter((code) => writes(code, script));
  const native = writers.filter((code) => code === prior || !needsTransliteration(code, script));
  const candidates = short && native.length > 0 ? native : writers;
  const profiled = candidates.filter((code) => model().languages.has(code));
  const byFranc = profiled.length === 0 || (!short && profiled.length < candidates.length);
  const preferred = prior === undefined || profiled.includes(prior) ? prior : profiled[0];
  const scorer = !byFranc && profiled.length > 1 ? wordScorer(profiled, script) : undefined;
  return { candidates, profiled, byFranc, preferred, scorer };
}

export function identifyLanguage(text: string, options: IdentifyOptions): LanguageGuess {
  return identifyWords([languageWords(text)], options);
}

/** The words scoring reads, reused by every call (scoring is never re-entered). */
const scored: number[] = [];

/**
 * identifyLanguage of a text already cut into words by languageWords: the words of its lines, in order.
 * The lines must be current (see isCurrent in words.ts).
 */
export function identifyWords(lines: readonly LineWords[], options: IdentifyOptions): LanguageGuess {
  const script = dominantScript(lines, options.languages);
  if (script === undefined) return UNDETERMINED;
  // Scoring reads words of the dominant script up to the budget (each line keeps at least as many).
  let letters = 0;
  let count = 0;
  for (const { words, epoch } of lines) {
    if (epoch !== currentEpoch()) throw new Error('identifyWords: words cut before the interned words started afresh');
    for (let w = 0; w < words.length && letters < MAX_SCORED_LETTERS; w++) {
      const reference = words[w]!;
      if (refScript(reference) !== script) continue;
      scored[count++] = wordOf(reference);
      letters += refScoredLetters(reference);
    }
  }
  const short = letters < options.minLength;
  const plan = planFor(options.languages, script, short, options.prior);
  const damping = Math.min(1, letters / Math.max(1, options.minLength));
  if (plan.byFranc) {
    const guess = francGuess(scored.slice(0, count).map(scoredText).join(' '), plan.candidates);
    return { code: guess.code, confidence: guess.confidence * damping };
  }
  // A lone candidate is certain up to the length damping: nothing to score (short Latin lines with the
  // default config, where Serbian Latin is heard only in longer text).
  if (plan.profiled.length === 1) return { code: plan.profiled[0]!, confidence: damping };
  const scores = modelScores(scored, count, plan.scorer!);
  plan.profiled.forEach((code, i) => {
    const bonus = short && code === plan.preferred ? PRIOR_BONUS : 0;
    // Earlier languages win exact ties, as the config promises.
    scores[i] = scores[i]! + bonus - i * 1e-9;
  });
  const best = argmax(scores);
  return { code: plan.profiled[best]!, confidence: posterior(scores, best) * damping };
}
