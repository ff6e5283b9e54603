import { classAt, codePointLength, isHighSurrogate, isWhiteSpaceCode, LETTER, NUMBER, unitClass, UPPER } from '../../../text/characters.js';

const WORD = LETTER | NUMBER;

/** A word or a single punctuation character, with UTF-16 offsets into the document text. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

// A word is letters/digits, optionally joined by one hyphen, dash, apostrophe, dot or ampersand to more letters
// (Trans-Baikal, Russian–Chinese, People's, U.S, AT&T). Anything else that is not a space is a one-character
// token. Read character by character with the classes of chars.ts: a sticky regular expression per token cost
// more in its call than in its matching.
const isJoiner = (c: number): boolean =>
  c === 45 || c === 0x2013 || c === 0x2011 || c === 39 || c === 0x2019 || c === 46 || c === 38;

/** Is the code point at `p` a letter or digit? A BMP unit by table; a high surrogate with its pair. */
const wordStartsAt = (text: string, p: number, c: number): boolean =>
  (unitClass(c) & WORD) !== 0 || (isHighSurrogate(c) && (classAt(text, p) & WORD) !== 0);

/** End of the run of letters and digits starting at `p`; the loop is written out, it reads every character. */
function wordCharsEnd(text: string, p: number): number {
  let q = p;
  while (q < text.length) {
    const c = text.charCodeAt(q);
    // A surrogate's own class is 0: the pair is looked at only then.
    if ((unitClass(c) & WORD) !== 0) q += 1;
    else if (isHighSurrogate(c) && (classAt(text, q) & WORD) !== 0) q += 2;
    else break;
  }
  return q;
}

export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let p = from;
  while (p < to) {
    const c = text.charCodeAt(p);
    let next: number;
    // Most tokens are words: their test comes first (white space is never a letter or digit).
    if (wordStartsAt(text, p, c)) {
      next = wordCharsEnd(text, p);
      while (next + 1 < text.length && isJoiner(text.charCodeAt(next)) && wordStartsAt(text, next + 1, text.charCodeAt(next + 1))) {
        next = wordCharsEnd(text, next + 1);
      }
    } else if (isWhiteSpaceCode(c)) {
      p += 1;
      continue;
    } else {
      next = p + codePointLength(text, p);
    }
    // A token runs on past `to` as the text goes, and is cut there.
    const end = Math.min(next, to);
    tokens.push({ text: text.slice(p, end), start: p, end });
    p = next;
  }
  return tokens;
}

/** Upper-case first letter. */
export const isCapitalized = (word: string): boolean => (classAt(word, 0) & UPPER) !== 0;
/** Upper-case letter or digit first: the shape of a name word. */
export const startsName = (word: string): boolean => (classAt(word, 0) & (UPPER | NUMBER)) !== 0;
export const isAllCaps = (word: string): boolean => /^[\p{Lu}\p{N}&.-]{2,}$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);

/** Characters `toLowerCase` leaves as they are, by code: ASCII other than capitals, and lower-case Cyrillic. */
const keepsCase = (c: number): boolean => (c < 128 ? c < 65 || c > 90 : c >= 0x430 && c <= 0x45f);

/**
 * `word.toLowerCase()`, without making a new string for a word already in lower case (most words of Russian
 * text, whose case mapping is not free).
 */
export function lowerCase(word: string): string {
  for (let k = 0; k < word.length; k += 1) if (!keepsCase(word.charCodeAt(k))) return word.toLowerCase();
  return word;
}

/** Apostrophes and dashes vary between sources; names are compared with one form of each. */
export function foldPunctuation(word: string): string {
  // Most words hold neither: a look at each character spares the replacements on the hot path.
  for (let k = 0; k < word.length; k += 1) {
    const c = word.charCodeAt(k);
    // All three lie at or above U+2011: one comparison clears every other character.
    if (c >= 0x2011 && (c === 0x2019 || c === 0x2013 || c === 0x2011)) return word.replace(/’/g, "'").replace(/[–‑]/g, '-');
  }
  return word;
}

/** `Group's` → `Group`, `Group’s` → `Group`. */
export function isPossessive(word: string): boolean {
  if (word.length <= 2 || word.charCodeAt(word.length - 1) !== 115) return false;
  // By code, not by `charAt`: a one-character string above U+00FF is a new string each time.
  const apostrophe = word.charCodeAt(word.length - 2);
  return apostrophe === 39 || apostrophe === 0x2019;
}
/** `Group's` → `Group`; other words unchanged. */
export const withoutPossessive = (word: string): string => (isPossessive(word) ? word.slice(0, -2) : word);
