/**
 * Line-level tests the segmenter's rules share. Every pattern is anchored and has bounded
 * repetition, so each runs in time linear in the line.
 */
import { isWhiteSpaceCode, isWordCodePoint, isWordUnitAt } from '../../text/characters.js';
import { FNV_OFFSET, fnvStep } from '../../text/hash.js';
import { vocabulary } from './vocabulary/index.js';

/** Site furniture is short: longer lines skip the vocabulary checks (they are prose). */
export const MAX_FURNITURE_LENGTH = 200;

/** Lower case, punctuation at both ends trimmed, inner white space folded. */
export function plainForm(line: string): string {
  // Several rules ask for the same line's plain form in a row; the last answer is kept. Trimming
  // before folding gives the same string (the ends trimmed are white space or punctuation anyway).
  if (line !== lastPlain.line) lastPlain = { line, plain: foldWhiteSpace(trimWhile(line.toLowerCase(), (char) => !isWordCodePoint(char.charCodeAt(0)))) };
  return lastPlain.plain;
}

let lastPlain = { line: '', plain: '' };

/** Every run of white space as one space; most lines have none to fold, and skip the regular expression. */
function foldWhiteSpace(line: string): string {
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (isWhiteSpaceCode(code) && (code !== 0x20 || isWhiteSpaceCode(line.charCodeAt(i + 1)))) return line.replace(/\s+/gu, ' ');
  }
  return line;
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

/**
 * A hash of the letters and digits of a lower-cased line, or null when it has none: lines that
 * differ only in white space and punctuation hash alike (`sameWordCharacters` tells collisions apart).
 */
export function wordCharacterHash(lower: string): number | null {
  let hash = FNV_OFFSET;
  let found = false;
  for (let i = 0; i < lower.length; i++) {
    if (!isWordUnitAt(lower, i)) continue;
    hash = fnvStep(hash, lower.charCodeAt(i));
    found = true;
  }
  return found ? hash : null;
}

/**
 * wordCharacterHash of the lower-cased line, without lower-casing it; undefined when the line has a
 * code unit LOWER_WORD_UNITS leaves to the caller (who then lower-cases the line).
 */
export function loweredWordCharacterHash(line: string): number | null | undefined {
  let hash = FNV_OFFSET;
  let found = false;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    const lower = code < LOWER_WORD_UNITS.length ? LOWER_WORD_UNITS[code]! : -1;
    if (lower <= 0) {
      if (lower < 0) return undefined;
      continue;
    }
    hash = fnvStep(hash, lower);
    found = true;
  }
  return found ? hash : null;
}

/**
 * Per code unit of the scripts news text is mostly written in (Latin, Greek, Cyrillic, general
 * punctuation): what it lower-cases to when that is a letter or digit, 0 when it is neither, -1 when a
 * line holding it is lower-cased as a whole: its lower case takes two units (İ) or depends on its
 * neighbours (Σ). Every other unit lower-cases on its own, so a line of them lower-cases unit by unit.
 */
const LOWER_WORD_UNITS = Int32Array.from({ length: 0x2070 }, (_, code) => {
  const lower = String.fromCharCode(code).toLowerCase();
  if (lower.length !== 1 || code === 0x3a3) return -1;
  return isWordUnitAt(lower, 0) ? lower.charCodeAt(0) : 0;
});

/** Whether two lines have the same letters and digits in the same order. */
export function sameWordCharacters(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && !isWordUnitAt(a, i)) i++;
    while (j < b.length && !isWordUnitAt(b, j)) j++;
    if (i === a.length || j === b.length) return i === a.length && j === b.length;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
    i++;
    j++;
  }
}

/** The distinct runs of letters and digits in a line, as `/[\p{L}\p{N}]+/gu` matches them. */
export function wordsIn(line: string): Set<string> {
  const words = new Set<string>();
  let start = -1;
  for (let i = 0; i <= line.length; i++) {
    if (i < line.length && isWordUnitAt(line, i)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.add(line.slice(start, i));
      start = -1;
    }
  }
  return words;
}

/**
 * White-space separated tokens that hold a letter or a digit. Counting stops at `limit`: callers
 * that only compare with a small bound need not walk a whole paragraph.
 */
export function wordCount(line: string, limit = Infinity): number {
  let words = 0;
  let inCountedWord = false;
  for (let i = 0; i < line.length && words < limit; i++) {
    if (isWhiteSpaceCode(line.charCodeAt(i))) inCountedWord = false;
    else if (!inCountedWord && isWordUnitAt(line, i)) {
      words++;
      inCountedWord = true;
    }
  }
  return words;
}

/**
 * Whether letters and digits make less than `minShare` of the non-space characters: decoration
 * (`* * *`, `=====`). Prose is decided early, once even a rest of punctuation could not lower its share enough.
 */
export function hasLowWordCharacterShare(line: string, minShare: number): boolean {
  let wordCharacters = 0;
  let nonSpace = 0;
  for (let i = 0; i < line.length; i++) {
    const codePoint = line.codePointAt(i)!;
    if (codePoint > 0xffff) i++;
    if (!isWhiteSpaceCode(codePoint)) {
      nonSpace++;
      if (isWordCodePoint(codePoint)) wordCharacters++;
    }
    // Each code unit left adds at most one non-space character; checked now and then, it costs little.
    if ((i & 15) === 15 && wordCharacters / (nonSpace + line.length - 1 - i) >= minShare) return false;
  }
  return nonSpace === 0 || wordCharacters / nonSpace < minShare;
}

/** `(no votes)`, `(0 votes)`, `12 votes`, `33 (31%)`, `нет голосов`: counters under polls and ratings. */
export function isVoteCount(line: string): boolean {
  if (/^\d{1,9}\s?\(\d{1,3}(?:[.,]\d{1,2})?\s?%\)$/u.test(line.trim())) return true;
  if (hasMoreBmpWordUnits(line, MAX_VOTE_COUNT_WORD_UNITS)) return false;
  const plain = plainForm(line);
  const match = /^(?:\d{1,9}|no|нет)\s(?<word>\p{L}{1,12})$/u.exec(plain);
  return match !== null && vocabulary.voteWords.has(match.groups!.word!);
}

/**
 * A vote counter's plain form holds at most 9 digits and 12 letters, and lower-casing never loses a
 * BMP letter or digit (lines.test.ts checks this for every code unit), so a line with more of them
 * is no counter: paragraphs skip building their plain form.
 */
const MAX_VOTE_COUNT_WORD_UNITS = 21;

function hasMoreBmpWordUnits(line: string, limit: number): boolean {
  let count = 0;
  for (let i = 0; i < line.length; i++) if (isWordCodePoint(line.charCodeAt(i)) && ++count > limit) return true;
  return false;
}

export function isChrome(line: string): boolean {
  const plain = plainForm(line);
  if (vocabulary.chrome.has(plain)) return true;
  return CHROME_PHRASE.test(plain);
}

/** Any of the chrome phrases, as one search: a literal alternation is faster than a search per phrase. */
const CHROME_PHRASE = new RegExp(vocabulary.chromePhrases.map((phrase) => phrase.replace(/[\\^$.*+?()[\]{}|]/gu, '\\$&')).join('|'));

export function isPollHeader(line: string): boolean {
  return vocabulary.pollHeaders.has(plainForm(line));
}

/** `Label: rest` with the label lower-cased, for lines like `Photo: …`, `Last Updated: …`, `Автор: …`. */
export function labelOf(line: string): { label: string; rest: string } | null {
  if (!hasLabelColon(line)) return null;
  const match = /^[^\p{L}]{0,3}(?<label>\p{L}[\p{L} ]{0,24}?)\s?[:：]\s?(?<rest>.*)$/su.exec(line);
  if (!match) return null;
  return { label: match.groups!.label!.toLowerCase(), rest: match.groups!.rest!.trim() };
}

/**
 * The label pattern puts its colon after at most 3 + 1 + 24 code points and one space: within the
 * first 58 code units. Most lines have none there and skip the pattern, which reads to the line's end.
 */
const LABEL_COLON_REACH = 58;

function hasLabelColon(line: string): boolean {
  const reach = Math.min(line.length, LABEL_COLON_REACH);
  for (let i = 0; i < reach; i++) {
    const code = line.charCodeAt(i);
    if (code === 0x3a || code === 0xff1a) return true;
  }
  return false;
}

const NAME = /^\p{Lu}[\p{L}'’.-]{0,30}(?:\s\p{Lu}[\p{L}'’.-]{0,30}){0,3}$/u;
const DOMAIN = /^(?:[\p{L}\p{N}-]{1,63}\.){1,4}\p{L}{2,24}$/u;
/** Photo agencies that sign credits in place of a site: `REUTERS/Kim Kyung-Hoon`, `Иван Петров / ТАСС`. */
const AGENCIES = new Set([
  'reuters', 'ap', 'ap photo', 'afp', 'getty images', 'epa', 'tass', 'itar-tass', 'ria novosti', 'sputnik', 'bloomberg',
  'xinhua', 'shutterstock', 'тасс', 'итар-тасс', 'риа новости', 'интерфакс', 'коммерсантъ',
]);

/** Longest credit, trimmed, in UTF-16 code units. */
const MAX_CREDIT_LENGTH = 120;

/** `Артем Дергунов / realnoevremya.ru`, `REUTERS/Kim Kyung-Hoon`, `Photo by John Smith`. */
export function isCredit(line: string): boolean {
  if (line.length > MAX_CREDIT_LENGTH) return false;
  const credit = line.trim().replace(/^©\s?/u, '').replace(/\.$/u, '');
  const byline = /^(?:photo by|фото)\s(?<rest>.+)$/iu.exec(credit);
  const signed = byline?.groups!.rest ?? credit;
  // Most lines have no slash: they are one part, and the split pattern need not run.
  const parts = signed.includes('/') ? signed.split(/\s?\/\s?/u) : [signed];
  const isSource = (part: string) => DOMAIN.test(part) || AGENCIES.has(part.toLowerCase());
  if (parts.length === 1) return byline !== null && NAME.test(parts[0]!);
  if (parts.length !== 2) return false;
  const [left, right] = parts as [string, string];
  return (NAME.test(left) && isSource(right)) || (AGENCIES.has(left.toLowerCase()) && NAME.test(right));
}

export interface TrailingCredits {
  readonly rest: string;
  /** How many credits were cut. */
  readonly credits: number;
}

/**
 * Cuts photo credits off the end of a line (`… businesses. Artem Dergunov / realnoevremya.ru.
 * Артем Дергунов / realnoevremya.ru`) and returns what is left and whether anything was cut.
 */
export function withoutTrailingCredits(line: string): TrailingCredits {
  let rest = line.trimEnd();
  let credits = 0;
  for (;;) {
    const boundary = lastSentenceBoundary(rest);
    if (boundary < 0) return { rest, credits };
    const tail = rest.slice(boundary).trim();
    if (tail === '' || !isCredit(tail)) return { rest, credits };
    rest = rest.slice(0, boundary).trimEnd();
    credits++;
  }
}

/**
 * Index after the last `. `, `! `, `? ` (or a closing quote after them) in the line (which ends in a
 * non-space), or 0; -1 once what follows it could not be a credit. The search stops at the first
 * non-space more than MAX_CREDIT_LENGTH units from the end: a tail cut anywhere before it still holds
 * it, and trimmed it is too long (white space here is what trim removes), so most paragraphs read only
 * their last sentence's end.
 */
function lastSentenceBoundary(line: string): number {
  const reach = line.length - MAX_CREDIT_LENGTH;
  for (let i = line.length - 2; i > 0; i--) {
    const code = line.charCodeAt(i);
    if (code === 0x20) {
      if (isSentenceEnd(line.charCodeAt(i - 1))) return i + 1;
    } else if (i < reach && !isWhiteSpaceCode(code)) return -1;
  }
  return 0;
}

/** `.`, `!`, `?`, `"`, `”`, `»`. */
const isSentenceEnd = (code: number): boolean =>
  code === 0x2e || code === 0x21 || code === 0x3f || code === 0x22 || code === 0x201d || code === 0xbb;

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
  // The number ends the line and takes at most 11 code units: only the tail is searched.
  const tailStart = Math.max(0, line.length - PART_NUMBER_REACH);
  const match = /\s(?:part|часть)\s\d{1,3}\.?$/iu.exec(line.slice(tailStart));
  return match ? line.slice(0, tailStart + match.index) : line;
}

const PART_NUMBER_REACH = 12;

/** Plain-text list markers: `1.`, `2)`, `a)`, `(3)`, `•`, and a dash before a lower-case word. */
export function hasListMarker(line: string): boolean {
  return /^(?:\d{1,2}[.)]|\(\d{1,2}\)|[a-zа-я][.)]|[•▪●◦·*])\s/u.test(line) || /^[-–—]\s?\p{Ll}/u.test(line);
}
