import { codePointLength, isWhiteSpaceCode, lengthIfClass, LETTER, NUMBER, UPPER } from '../../../text/characters.js';
import { isClosingPunctuation } from './marks.js';
import type { CompiledLanguage } from './language.js';
import type { RawQuote } from './scan.js';

/** Short words a title keeps in lower case (`On Countering America’s Enemies through Sanctions`). */
const TITLE_SMALL_WORDS = new Set([
  'a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'through', 'from', 'vs',
  'и', 'в', 'во', 'на', 'с', 'со', 'по', 'для', 'о', 'об', 'за', 'из', 'к', 'от',
]);
/** Titles and names in quotes are at most this long. */
const MAX_TITLE_WORDS = 12;
const PRECEDING_WORD = /(?<word>[\p{L}\p{M}-]+)\s*$/u;

/** Why a quoted run is not a quotation whatever its cue, or null when it may be one. */
export type Rejection = 'no-words' | 'title-case' | 'after-title-noun' | null;

/** What the rules say of a quoted run, judged once from its own text and the word before it. */
export interface Verdict {
  readonly rejection: Rejection;
  /** One or two words: a scare quote unless a cue attributes it at once (`“No,” he said.`, `Он добавил: «Работа продолжается».`). */
  readonly short: boolean;
}

const MAY_BE_SPEECH: Verdict = { rejection: null, short: false };
const NO_WORDS: Verdict = { rejection: 'no-words', short: false };

/**
 * Titles, names, slogans and one- or two-word scare quotes are quoted but are not speech.
 *
 * The run's text is read in place, never copied (quotes can be paragraphs long): every test below answers
 * what the `/u` pattern in its comment answers on `text.slice(q.start, q.end)`, where a surrogate pair cut by
 * the run's end is a lone surrogate.
 */
export function judgeQuote(text: string, q: RawQuote, lang: CompiledLanguage): Verdict {
  if (q.dialogue) return MAY_BE_SPEECH;
  // `/\p{L}/u`
  if (!hasLetterIn(text, q.start, q.end)) return NO_WORDS;
  // The first words, up to one more than a title has: offsets, as the words are read only for a title.
  const words = firstWords(text, q.start, q.end, MAX_TITLE_WORDS + 1);
  const count = words.length / 2;
  // Punctuation speech ends with inside its marks, on the last visible character: `/[,.!?…;:]/u` after `trimEnd()`.
  const speechLike = isClosingPunctuation(lastVisibleCode(text, q.start, q.end));
  let rejection: Rejection = null;
  if (!speechLike && count <= MAX_TITLE_WORDS && isTitleCase(text, words)) rejection = 'title-case';
  else if (!speechLike && count <= 8 && afterTitleNoun(text, q, lang)) rejection = 'after-title-noun';
  return { rejection, short: count <= 2 };
}

const WORD_CHAR = LETTER | NUMBER;
const isJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 45;

/** `lengthIfClass` inside `text[from, to)`: a surrogate pair cut by `to` is a lone surrogate, of no class. */
function classLengthIn(text: string, i: number, to: number, mask: number): number {
  if (i >= to) return 0;
  const step = lengthIfClass(text, i, mask);
  return i + step <= to ? step : 0;
}

function hasLetterIn(text: string, from: number, to: number): boolean {
  // A trailing surrogate is no letter by itself: stepping by code units finds what stepping by code points finds.
  for (let i = from; i < to; i++) if (classLengthIn(text, i, to, LETTER) > 0) return true;
  return false;
}

/** The last code unit of `text[from, to)` that is not white space; NaN when there is none. */
function lastVisibleCode(text: string, from: number, to: number): number {
  let i = to - 1;
  while (i >= from && isWhiteSpaceCode(text.charCodeAt(i))) i--;
  return i >= from ? text.charCodeAt(i) : NaN;
}

/** End of the letters and digits from `i`. */
function wordCharsEnd(text: string, i: number, to: number): number {
  let p = i;
  for (let step = classLengthIn(text, p, to, WORD_CHAR); step > 0; step = classLengthIn(text, p, to, WORD_CHAR)) p += step;
  return p;
}

/**
 * Start and end offsets of the first `limit` words of `text[from, to)` (`[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*`),
 * `[start0, end0, start1, end1, …]`: no rule looks further, and quotes can be long.
 */
function firstWords(text: string, from: number, to: number, limit: number): number[] {
  const words: number[] = [];
  let i = from;
  while (i < to && words.length < 2 * limit) {
    if (classLengthIn(text, i, to, WORD_CHAR) === 0) {
      i += i + 1 < to ? codePointLength(text, i) : 1;
      continue;
    }
    let end = wordCharsEnd(text, i, to);
    while (end < to && isJoiner(text.charCodeAt(end)) && classLengthIn(text, end + 1, to, WORD_CHAR) > 0) end = wordCharsEnd(text, end + 1, to);
    words.push(i, end);
    i = end;
  }
  return words;
}

/** Every word that is not a small word starts with a capital or a digit (`/^[\p{Lu}\p{N}]/u`), and there is one. */
function isTitleCase(text: string, words: readonly number[]): boolean {
  let significant = 0;
  for (let k = 0; k + 1 < words.length; k += 2) {
    const start = words[k] ?? 0;
    const end = words[k + 1] ?? 0;
    if (TITLE_SMALL_WORDS.has(text.slice(start, end).toLowerCase())) continue;
    if (classLengthIn(text, start, end, UPPER | NUMBER) === 0) return false;
    significant += 1;
  }
  return significant > 0;
}

/** `the law “On …”`, `стратегию «трех прорывов»`, `the so-called “…”`. */
function afterTitleNoun(text: string, q: RawQuote, lang: CompiledLanguage): boolean {
  const before = text.slice(Math.max(0, q.open - 60), q.open);
  const word = PRECEDING_WORD.exec(before)?.groups?.word;
  // Names start with a capital; `назвала законопроект «ударом по бизнесу»` is a partial quotation: `/^[\p{Lu}\p{N}]/u`.
  return word !== undefined && (lang.isNameMarker(word) || (classLengthIn(text, q.start, q.end, UPPER | NUMBER) > 0 && lang.isTitleNoun(word)));
}
