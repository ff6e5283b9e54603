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

/** Why a quoted run is not a quotation, or null when it is one. */
export type Rejection = 'no-words' | 'scare-quote' | 'title-case' | 'after-title-noun' | null;

/** What the rules read from a quoted run's own text; a run is judged up to three times, its text read once. */
interface Shape {
  readonly hasLetter: boolean;
  /** The first words, up to one more than a title has. */
  readonly words: readonly string[];
  readonly speechLike: boolean;
  readonly capitalized: boolean;
}

const shapes = new WeakMap<RawQuote, Shape>();

/**
 * The run's text is read in place, never copied (quotes can be paragraphs long): every test below answers
 * what the `/u` pattern in its comment answers on `text.slice(q.start, q.end)`, where a surrogate pair cut by
 * the run's end is a lone surrogate.
 */
function shapeOf(text: string, q: RawQuote): Shape {
  let shape = shapes.get(q);
  if (shape === undefined) {
    shape = {
      // `/\p{L}/u`
      hasLetter: hasLetterIn(text, q.start, q.end),
      words: firstWords(text, q.start, q.end, MAX_TITLE_WORDS + 1),
      // Punctuation speech ends with inside its marks, on the last visible character: `/[,.!?…;:]/u` after `trimEnd()`.
      speechLike: isClosingPunctuation(lastVisibleCode(text, q.start, q.end)),
      // Names start with a capital; `назвала законопроект «ударом по бизнесу»` is a partial quotation: `/^[\p{Lu}\p{N}]/u`.
      capitalized: classLengthIn(text, q.start, q.end, UPPER | NUMBER) > 0,
    };
    shapes.set(q, shape);
  }
  return shape;
}

/**
 * Titles, names, slogans and one- or two-word scare quotes are quoted but are not speech. A short
 * run attributed at once (`“No,” he said.`, `Он добавил: «Работа продолжается».`) still counts.
 */
export function rejectQuote(text: string, q: RawQuote, lang: CompiledLanguage, attributedAtOnce: boolean): Rejection {
  if (q.dialogue) return null;
  const { hasLetter, words, speechLike, capitalized } = shapeOf(text, q);
  if (!hasLetter) return 'no-words';
  if (words.length <= 2 && !attributedAtOnce) return 'scare-quote';
  if (!speechLike && words.length <= MAX_TITLE_WORDS && isTitleCase(words)) return 'title-case';
  if (!speechLike && words.length <= 8 && afterTitleNoun(text, q, lang, capitalized)) return 'after-title-noun';
  return null;
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
 * The first `limit` words of `text[from, to)` (`[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*`): no rule looks further,
 * and quotes can be long.
 */
function firstWords(text: string, from: number, to: number, limit: number): string[] {
  const words: string[] = [];
  let i = from;
  while (i < to && words.length < limit) {
    if (classLengthIn(text, i, to, WORD_CHAR) === 0) {
      i += i + 1 < to ? codePointLength(text, i) : 1;
      continue;
    }
    let end = wordCharsEnd(text, i, to);
    while (end < to && isJoiner(text.charCodeAt(end)) && classLengthIn(text, end + 1, to, WORD_CHAR) > 0) end = wordCharsEnd(text, end + 1, to);
    words.push(text.slice(i, end));
    i = end;
  }
  return words;
}

function isTitleCase(words: readonly string[]): boolean {
  const significant = words.filter((w) => !TITLE_SMALL_WORDS.has(w.toLowerCase()));
  return significant.length > 0 && significant.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

/** `the law “On …”`, `стратегию «трех прорывов»`, `the so-called “…”`. */
function afterTitleNoun(text: string, q: RawQuote, lang: CompiledLanguage, capitalized: boolean): boolean {
  const before = text.slice(Math.max(0, q.open - 60), q.open);
  const word = PRECEDING_WORD.exec(before)?.groups?.word;
  return word !== undefined && (lang.isNameMarker(word) || (capitalized && lang.isTitleNoun(word)));
}
