/** A word or a single punctuation character, with UTF-16 offsets into the document text. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

// A word is letters/digits, optionally joined by one hyphen, dash, apostrophe, dot or ampersand to more letters
// (Trans-Baikal, Russian–Chinese, People's, U.S, AT&T). The joiner is mandatory inside the repetition, so the
// pattern stays linear. Anything else that is not a space is a one-character token. Sticky, and run with `test`
// at each non-space position: no match array is allocated per token.
const TOKEN = /[\p{L}\p{N}]+(?:[-–‑'’.&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/uy;

/** The characters `\s` matches (ECMAScript WhiteSpace and LineTerminator), by code. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let p = from;
  while (p < to) {
    if (isSpace(text.charCodeAt(p))) {
      p += 1;
      continue;
    }
    TOKEN.lastIndex = p;
    // Every non-space character starts a token, so the test always succeeds; the guard keeps the loop finite.
    const end = TOKEN.test(text) ? Math.min(TOKEN.lastIndex, to) : p + 1;
    tokens.push({ text: text.slice(p, end), start: p, end });
    p = TOKEN.lastIndex > p ? TOKEN.lastIndex : p + 1;
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
