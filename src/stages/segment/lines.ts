/**
 * Line-level tests the segmenter's rules share. Every pattern is anchored and has bounded
 * repetition, so each runs in time linear in the line.
 */
import { vocabulary } from './vocabulary/index.js';

/** Site furniture is short: longer lines skip the vocabulary checks (they are prose). */
export const MAX_FURNITURE_LENGTH = 200;

/** Lower case, punctuation at both ends trimmed, inner white space folded. */
export function plainForm(line: string): string {
  // Several rules ask for the same line's plain form in a row; the last answer is kept.
  if (line !== lastPlain.line) lastPlain = { line, plain: trimWhile(line.toLowerCase().replace(/\s+/gu, ' '), (char) => !isWordCharacter(char)) };
  return lastPlain.plain;
}

let lastPlain = { line: '', plain: '' };

/** A letter or a digit of any script; ASCII is decided without a regular expression. */
function isWordCharacter(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return /[\p{L}\p{N}]/u.test(char);
}

/**
 * Strips characters from both ends while `strip` holds. A loop, not `/^x+|x+$/`: that pattern
 * retries the whole run of x from every position inside it, quadratic on a long run mid-line.
 */
export function trimWhile(line: string, strip: (char: string) => boolean, ends: 'both' | 'end' = 'both'): string {
  let start = 0;
  let end = line.length;
  while (ends === 'both' && start < end && strip(line[start]!)) start++;
  while (end > start && strip(line[end - 1]!)) end--;
  return line.slice(start, end);
}

/** Letters and digits only: two lines with the same key differ only in white space and punctuation. */
export function duplicateKey(line: string): string {
  return line.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

export function wordCount(line: string): number {
  return line.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Share of letters and digits among the non-space characters: low for decoration (`* * *`, `=====`). */
export function wordCharacterShare(line: string): number {
  let wordCharacters = 0;
  let nonSpace = 0;
  for (const char of line) {
    if (char === ' ' || char.trim() === '') continue;
    nonSpace++;
    if (isWordCharacter(char)) wordCharacters++;
  }
  return nonSpace === 0 ? 0 : wordCharacters / nonSpace;
}

/** `(no votes)`, `(0 votes)`, `12 votes`, `33 (31%)`, `нет голосов`: counters under polls and ratings. */
export function isVoteCount(line: string): boolean {
  if (/^\d{1,9}\s?\(\d{1,3}(?:[.,]\d{1,2})?\s?%\)$/u.test(line.trim())) return true;
  const plain = plainForm(line);
  const match = /^(?:\d{1,9}|no|нет)\s(?<word>\p{L}{1,12})$/u.exec(plain);
  return match !== null && vocabulary.voteWords.has(match.groups!.word!);
}

export function isChrome(line: string): boolean {
  const plain = plainForm(line);
  if (vocabulary.chrome.has(plain)) return true;
  return vocabulary.chromePhrases.some((phrase) => plain.includes(phrase));
}

export function isPollHeader(line: string): boolean {
  return vocabulary.pollHeaders.has(plainForm(line));
}

/** `Label: rest` with the label lower-cased, for lines like `Photo: …`, `Last Updated: …`, `Автор: …`. */
export function labelOf(line: string): { label: string; rest: string } | null {
  const match = /^[^\p{L}]{0,3}(?<label>\p{L}[\p{L} ]{0,24}?)\s?[:：]\s?(?<rest>.*)$/su.exec(line);
  if (!match) return null;
  return { label: match.groups!.label!.toLowerCase(), rest: match.groups!.rest!.trim() };
}

const NAME = /^\p{Lu}[\p{L}'’.-]{0,30}(?:\s\p{Lu}[\p{L}'’.-]{0,30}){0,3}$/u;
const DOMAIN = /^(?:[\p{L}\p{N}-]{1,63}\.){1,4}\p{L}{2,24}$/u;
/** Photo agencies that sign credits in place of a site: `REUTERS/Kim Kyung-Hoon`, `Иван Петров / ТАСС`. */
const AGENCIES = new Set([
  'reuters', 'ap', 'ap photo', 'afp', 'getty images', 'epa', 'tass', 'itar-tass', 'ria novosti', 'sputnik', 'bloomberg',
  'xinhua', 'shutterstock', 'тасс', 'итар-тасс', 'риа новости', 'интерфакс', 'коммерсантъ',
]);

/** `Артем Дергунов / realnoevremya.ru`, `REUTERS/Kim Kyung-Hoon`, `Photo by John Smith`. */
export function isCredit(line: string): boolean {
  if (line.length > 120) return false;
  const credit = line.trim().replace(/^©\s?/u, '').replace(/\.$/u, '');
  const byline = /^(?:photo by|фото)\s(?<rest>.+)$/iu.exec(credit);
  const parts = (byline?.groups!.rest ?? credit).split(/\s?\/\s?/u);
  const isSource = (part: string) => DOMAIN.test(part) || AGENCIES.has(part.toLowerCase());
  if (parts.length === 1) return byline !== null && NAME.test(parts[0]!);
  if (parts.length !== 2) return false;
  const [left, right] = parts as [string, string];
  return (NAME.test(left) && isSource(right)) || (AGENCIES.has(left.toLowerCase()) && NAME.test(right));
}

/**
 * Cuts photo credits off the end of a line (`… businesses. Artem Dergunov / realnoevremya.ru.
 * Артем Дергунов / realnoevremya.ru`) and returns what is left and whether anything was cut.
 */
export function withoutTrailingCredits(line: string): { rest: string; credits: number } {
  let rest = line.trimEnd();
  let credits = 0;
  for (;;) {
    const boundary = lastSentenceBoundary(rest);
    const tail = rest.slice(boundary).trim();
    if (tail === '' || !isCredit(tail)) return { rest, credits };
    rest = rest.slice(0, boundary).trimEnd();
    credits++;
  }
}

/** Index after the last `. `, `! `, `? ` (or a closing quote after them) in the line, or 0. */
function lastSentenceBoundary(line: string): number {
  for (let i = line.length - 2; i > 0; i--) {
    if (line[i] === ' ' && SENTENCE_END.has(line[i - 1]!)) return i + 1;
  }
  return 0;
}

const SENTENCE_END = new Set(['.', '!', '?', '"', '”', '»']);

/** `John Smith`, `Vladimir V. Petrovsky`, `Иван Петров`: 2–4 capitalised name tokens and nothing else. */
export function isPersonName(line: string): boolean {
  const tokens = line.trim().replace(/^(?:by|автор:?)\s/iu, '').split(/\s+/u);
  if (tokens.length < 2 || tokens.length > 4) return false;
  return tokens.every((token) => /^\p{Lu}(?:\p{Ll}[\p{Ll}'’-]{0,30}|\.)$/u.test(token));
}

export function hasRoleWord(line: string): boolean {
  return plainForm(line)
    .split(/[^\p{L}]+/u)
    .some((word) => vocabulary.roleWords.has(word));
}

/** A file link with its size: `Strategic Planning …, 791 kb`, `Отчет.pdf (2,4 Мб)`. */
export function isAttachment(line: string): boolean {
  // Only the line's end can name a file size or type; testing the tail keeps long lines cheap.
  return /(?:\b\d{1,6}(?:[.,]\d{1,3})?\s?(?:kb|mb|gb|кб|мб|гб)\)?|\.(?:pdf|docx?|xlsx?|pptx?|zip))$/iu.test(line.trim().slice(-24));
}

const DATE_ONLY = /^(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}\s\p{L}{3,10}\.?\s\d{4}|\p{L}{3,10}\.?\s\d{1,2},?\s\d{4})(?:[,\s]{1,3}\d{1,2}:\d{2}(?::\d{2})?)?(?:\s?(?:г\.?|года))?$/iu;

/** A line that is a date (and maybe a time) and nothing else: `22.08.2025`, `August 22, 2025 10:15`. */
export function isDateOnly(line: string): boolean {
  return DATE_ONLY.test(plainForm(line)) || DATE_ONLY.test(line.trim());
}

/** `Moscow believes … Part 1.` → `Moscow believes …`: the part number of a serial headline. */
export function withoutPartNumber(line: string): string {
  return line.replace(/\s(?:part|часть)\s\d{1,3}\.?$/iu, '');
}

/** Plain-text list markers: `1.`, `2)`, `a)`, `(3)`, `•`, and a dash before a lower-case word. */
export function hasListMarker(line: string): boolean {
  return /^(?:\d{1,2}[.)]|\(\d{1,2}\)|[a-zа-я][.)]|[•▪●◦·*])\s/u.test(line) || /^[-–—]\s?\p{Ll}/u.test(line);
}
