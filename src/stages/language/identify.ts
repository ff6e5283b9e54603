import { francAll } from 'franc';
import profiles from './profiles.json' with { type: 'json' };
import alphabets from './scripts.json' with { type: 'json' };
import { buildModel } from './ngram-model.js';
import { languageWords, type LanguageWord } from './words.js';

export interface IdentifyOptions {
  /** ISO 639-3 codes to choose from, in order of preference for ties. */
  readonly languages: readonly string[];
  /** Below this many letters the text is short: the prior may decide and franc is not consulted. */
  readonly minLength: number;
  /** Language of the enclosing document, preferred when a short segment leaves the choice open. */
  readonly prior?: string;
}

export interface LanguageGuess {
  /** ISO 639-3 as franc reports it, or `und` when the text has no letters of an allowed language. */
  readonly code: string;
  /** Posterior probability of `code` among the candidates, damped for text shorter than minLength. */
  readonly confidence: number;
}

interface Alphabet {
  readonly script: readonly string[];
  readonly letters: string;
}

const MODEL = buildModel(profiles);
const ALPHABETS: ReadonlyMap<string, Alphabet> = new Map(Object.entries(alphabets.languages));
const LETTER_SETS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  [...ALPHABETS].map(([code, a]) => [code, new Set(a.letters)]),
);
const UNDETERMINED: LanguageGuess = { code: 'und', confidence: 0 };

/** Scoring stops after this many letters: enough for a confident call, bounded cost per segment. */
const MAX_SCORED_LETTERS = 1000;
/** Log-odds charged per letter outside a language's alphabet, on top of the model's own estimate. */
const FOREIGN_LETTER_COST = 4;
/** Log-odds given to the document language for a short segment. */
const PRIOR_BONUS = 2;
/** Weight of franc's normalized trigram score (0..1) per scored letter, for long text. */
const FRANC_WEIGHT = 0;

function dominantScript(words: readonly LanguageWord[], allowed: readonly string[]): string | undefined {
  const usable = new Set(allowed.flatMap((code) => ALPHABETS.get(code)?.script ?? []));
  const letters = new Map<string, number>();
  for (const w of words) {
    if (usable.has(w.script)) letters.set(w.script, (letters.get(w.script) ?? 0) + w.letters);
  }
  let best: string | undefined;
  for (const [script, count] of letters) if (!best || count > letters.get(best)!) best = script;
  return best;
}

function foreignLetters(word: string, letters: ReadonlySet<string> | undefined): number {
  if (!letters) return 0;
  let count = 0;
  for (const ch of word) if (!letters.has(ch)) count++;
  return count;
}

function modelScores(words: readonly LanguageWord[], candidates: readonly string[]): number[] {
  return candidates.map((code) => {
    const letters = LETTER_SETS.get(code);
    let score = 0;
    for (const w of words) score += MODEL.logProb(w.text, code) - FOREIGN_LETTER_COST * foreignLetters(w.text, letters);
    return score;
  });
}

function francScores(words: readonly LanguageWord[], candidates: readonly string[]): number[] {
  const ranked = new Map(francAll(words.map((w) => w.text).join(' '), { only: [...candidates], minLength: 1 }));
  return candidates.map((code) => ranked.get(code) ?? 0);
}

/** Words of the dominant script, up to the scoring budget. */
function scoredWords(words: readonly LanguageWord[], script: string): LanguageWord[] {
  const out: LanguageWord[] = [];
  let letters = 0;
  for (const w of words) {
    if (w.script !== script) continue;
    out.push(w);
    letters += w.letters;
    if (letters >= MAX_SCORED_LETTERS) break;
  }
  return out;
}

function softmaxAt(scores: readonly number[], index: number): number {
  const max = Math.max(...scores);
  const sum = scores.reduce((acc, s) => acc + Math.exp(s - max), 0);
  return Math.exp(scores[index]! - max) / sum;
}

export function identifyLanguage(text: string, options: IdentifyOptions): LanguageGuess {
  const words = languageWords(text);
  const script = dominantScript(words, options.languages);
  if (!script) return UNDETERMINED;
  const candidates = options.languages.filter((code) => ALPHABETS.get(code)?.script.includes(script));
  const scored = scoredWords(words, script);
  const letters = scored.reduce((acc, w) => acc + w.letters, 0);
  const short = letters < options.minLength;
  const model = modelScores(scored, candidates);
  const franc = !short && FRANC_WEIGHT > 0 ? francScores(scored, candidates) : undefined;
  const scores = candidates.map((code, i) => {
    const prior = short && code === options.prior ? PRIOR_BONUS : 0;
    // Earlier languages win exact ties, as the config promises.
    return model[i]! + (franc ? FRANC_WEIGHT * letters * franc[i]! : 0) + prior - i * 1e-9;
  });
  let best = 0;
  scores.forEach((s, i) => {
    if (s > scores[best]!) best = i;
  });
  const damping = Math.min(1, letters / Math.max(1, options.minLength));
  return { code: candidates[best]!, confidence: softmaxAt(scores, best) * damping };
}
