/** A word or a single punctuation character, with UTF-16 offsets into the document text. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

// A word is letters/digits, optionally joined by one hyphen, dash, apostrophe, dot or ampersand to more letters
// (Trans-Baikal, Russian–Chinese, People's, U.S, AT&T). The joiner is mandatory inside the repetition, so the
// pattern stays linear. Anything else that is not a space is a one-character token.
const TOKEN = /[\p{L}\p{N}]+(?:[-–‑'’.&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m !== null && m.index < to; m = TOKEN.exec(text)) {
    const end = Math.min(m.index + m[0].length, to);
    tokens.push({ text: text.slice(m.index, end), start: m.index, end });
  }
  return tokens;
}

/** Upper-case first letter; ASCII is decided by its code, the pattern only runs on other scripts. */
export const isCapitalized = (word: string): boolean => {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(word);
};
/** Upper-case letter or digit first: the shape of a name word. */
export const startsName = (word: string): boolean => {
  const c = word.charCodeAt(0);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : /^[\p{Lu}\p{N}]/u.test(word);
};
export const isAllCaps = (word: string): boolean => /^[\p{Lu}\p{N}&.-]{2,}$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);
export const isWord = (token: Token): boolean => /^[\p{L}\p{N}]/u.test(token.text);

const FOLDED = /[’–‑]/;
/** Apostrophes and dashes vary between sources; names are compared with one form of each. */
export const foldPunctuation = (word: string): string =>
  // Most words hold neither; the test spares two replacements per token on the hot path.
  FOLDED.test(word) ? word.replace(/’/g, "'").replace(/[–‑]/g, '-') : word;

/** `Group's` → `Group`, `Group’s` → `Group`. */
export const isPossessive = (word: string): boolean =>
  word.length > 2 && word.charCodeAt(word.length - 1) === 115 && (word.charAt(word.length - 2) === "'" || word.charAt(word.length - 2) === '’');
/** `Group's` → `Group`; other words unchanged. */
export const withoutPossessive = (word: string): string => (isPossessive(word) ? word.slice(0, -2) : word);
