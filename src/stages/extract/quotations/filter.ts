import { codePointLength, lengthIfClass, LETTER, NUMBER } from '../../../text/characters.js';
import type { CompiledLanguage } from './language.js';
import type { RawQuote } from './scan.js';

/** Short words a title keeps in lower case (`On Countering America’s Enemies through Sanctions`). */
const TITLE_SMALL_WORDS = new Set([
  'a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'through', 'from', 'vs',
  'и', 'в', 'во', 'на', 'с', 'со', 'по', 'для', 'о', 'об', 'за', 'из', 'к', 'от',
]);
/** Titles and names in quotes are at most this long. */
const MAX_TITLE_WORDS = 12;
/** Punctuation speech ends with inside its marks (checked on the last visible character). */
const SPEECH_END = /[,.!?…;:]/u;
const HAS_LETTER = /\p{L}/u;
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

function shapeOf(text: string, q: RawQuote): Shape {
  let shape = shapes.get(q);
  if (shape === undefined) {
    const content = text.slice(q.start, q.end);
    shape = {
      hasLetter: HAS_LETTER.test(content),
      words: firstWords(content, MAX_TITLE_WORDS + 1),
      speechLike: SPEECH_END.test(content.trimEnd().slice(-1)),
      // Names start with a capital; `назвала законопроект «ударом по бизнесу»` is a partial quotation.
      capitalized: /^[\p{Lu}\p{N}]/u.test(content),
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

/** End of the letters and digits from `i`. */
function wordCharsEnd(content: string, i: number): number {
  let p = i;
  for (let step = lengthIfClass(content, p, WORD_CHAR); step > 0; step = lengthIfClass(content, p, WORD_CHAR)) p += step;
  return p;
}

/**
 * The first `limit` words (`[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*`): no rule looks further, and quotes can be
 * long.
 */
function firstWords(content: string, limit: number): string[] {
  const words: string[] = [];
  let i = 0;
  while (i < content.length && words.length < limit) {
    if (lengthIfClass(content, i, WORD_CHAR) === 0) {
      i += codePointLength(content, i);
      continue;
    }
    let end = wordCharsEnd(content, i);
    while (isJoiner(content.charCodeAt(end)) && lengthIfClass(content, end + 1, WORD_CHAR) > 0) end = wordCharsEnd(content, end + 1);
    words.push(content.slice(i, end));
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
