import type { CompiledLanguage } from './language.js';
import type { RawQuote } from './scan.js';

const WORDS = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
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

/**
 * Titles, names, slogans and one- or two-word scare quotes are quoted but are not speech. A short
 * run attributed at once (`“No,” he said.`, `Он добавил: «Работа продолжается».`) still counts.
 */
export function rejectQuote(text: string, q: RawQuote, lang: CompiledLanguage, attributedAtOnce: boolean): Rejection {
  if (q.dialogue) return null;
  const content = text.slice(q.start, q.end);
  if (!HAS_LETTER.test(content)) return 'no-words';
  const words = firstWords(content, MAX_TITLE_WORDS + 1);
  const speechLike = SPEECH_END.test(content.trimEnd().slice(-1));
  if (words.length <= 2 && !attributedAtOnce) return 'scare-quote';
  if (!speechLike && words.length <= MAX_TITLE_WORDS && isTitleCase(words)) return 'title-case';
    // Names start with a capital; `назвала законопроект «ударом по бизнесу»` is a partial quotation.
  const capitalized = /^[\p{Lu}\p{N}]/u.test(content);
  if (!speechLike && words.length <= 8 && afterTitleNoun(text, q, lang, capitalized)) return 'after-title-noun';
  return null;
}

/** The first `limit` words: no rule looks further, and quotes can be long. */
function firstWords(content: string, limit: number): string[] {
  const words: string[] = [];
  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(content); m !== null && words.length < limit; m = WORDS.exec(content)) words.push(m[0]);
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
