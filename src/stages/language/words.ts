import vocabulary from './web-names.json' with { type: 'json' };

/** A lower-cased run of letters (apostrophes inside kept: Ukrainian м'ята, French l'homme). */
export interface LanguageWord {
  readonly text: string;
  readonly script: 'Cyrillic' | 'Latin' | 'Other';
  /** Letters in the word, apostrophes excluded. */
  readonly letters: number;
}

const TLDS = new Set(vocabulary.tlds);
const SCHEME = /^(?:[a-z][a-z0-9+.-]{0,15}:\/\/|www\.)/i;
// Labels are separated by dots, which the label class excludes, so matching stays linear.
const DOTTED = /^[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*\.(?<tld>\p{L}{2,})$/u;
const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;
const NOT_WORD = /[^\p{L}\p{M}']+/u;
const APOSTROPHES = /[’ʼ`]/g;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/** URLs, e-mail addresses and domain names (realnoevremya.ru) are written the same in every language. */
export function isWebName(token: string): boolean {
  // Every web name has one of these (a scheme's colon, www's dot, @): most tokens are done here.
  if (!token.includes('.') && !token.includes('@') && !token.includes(':')) return false;
  if (token.includes('@') || SCHEME.test(token)) return true;
  const bare = token.replace(EDGE_PUNCTUATION, '');
  const match = DOTTED.exec(bare);
  if (!match?.groups) return false;
  const tld = match.groups['tld']!.toLowerCase();
  return TLDS.has(tld) || /^[a-z]{2}$/.test(tld);
}

/** Kinds of code unit. SLOW: might change under NFC or is a combining mark, so the token takes the general path. */
const SLOW = 0;
const OTHER = 1;
const LETTER = 2;
const APOSTROPHE = 3;

/**
 * Kinds of the code units news text is mostly made of (Latin, Cyrillic, general punctuation), worked out
 * once from the same Unicode properties the general path uses. None of them changes under NFC or
 * composes with a neighbour, so a token made only of them can be cut into words without normalizing.
 */
const KINDS = ((): Uint8Array => {
  const kinds = new Uint8Array(0x2070);
  for (let code = 0; code < kinds.length; code++) {
    const ch = String.fromCharCode(code);
    const outside = (code >= 0x0300 && code < 0x0400) || (code >= 0x0483 && code < 0x048a) || (code >= 0x0530 && code < 0x2010);
    if (outside || ch.normalize('NFC') !== ch || /\p{M}/u.test(ch)) kinds[code] = SLOW;
    else if ("'’ʼ`".includes(ch)) kinds[code] = APOSTROPHE;
    else kinds[code] = /\p{L}/u.test(ch) ? LETTER : OTHER;
  }
  return kinds;
})();

function scriptOf(word: string): LanguageWord['script'] {
  const first = word.replace(/'/g, '')[0] ?? '';
  if (CYRILLIC.test(first)) return 'Cyrillic';
  if (LATIN.test(first)) return 'Latin';
  return 'Other';
}

const SCRIPTS: ReadonlyArray<LanguageWord['script']> = Array.from(KINDS, (_, code) => scriptOf(String.fromCharCode(code)));

function pushWord(out: LanguageWord[], piece: string): void {
  const word = piece.replace(/^'+|'+$/g, '');
  if (word) out.push({ text: word, script: scriptOf(word), letters: word.replace(/'/g, '').length });
}

/** The general path: any script, any normalization form. */
function slowWords(token: string, out: LanguageWord[]): void {
  const normalized = token.normalize('NFC').toLowerCase().replace(APOSTROPHES, "'");
  for (const piece of normalized.split(NOT_WORD)) pushWord(out, piece);
}

/** Words of a token whose code units all have a known kind (see KINDS); false when one has not. */
function fastWords(token: string, out: LanguageWord[]): boolean {
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (code >= KINDS.length || KINDS[code] === SLOW) return false;
  }
  for (let i = 0; i < token.length; ) {
    // A word: letters with apostrophes inside, none at its ends.
    while (i < token.length && KINDS[token.charCodeAt(i)] !== LETTER) i++;
    const start = i;
    let end = i;
    let apostrophes = 0;
    let pending = 0;
    for (; i < token.length; i++) {
      const kind = KINDS[token.charCodeAt(i)];
      if (kind === LETTER) {
        end = i + 1;
        apostrophes += pending;
        pending = 0;
      } else if (kind === APOSTROPHE) pending++;
      else break;
    }
    if (end > start) {
      const lower = token.slice(start, end).toLowerCase();
      const text = apostrophes > 0 ? lower.replace(APOSTROPHES, "'") : lower;
      const first = text.charCodeAt(0);
      out.push({ text, script: first < SCRIPTS.length ? SCRIPTS[first]! : scriptOf(text), letters: text.length - apostrophes });
    }
  }
  return true;
}

/** The words that carry language: web names dropped, letters lower-cased, NFC, one apostrophe form. */
export function languageWords(text: string): LanguageWord[] {
  const out: LanguageWord[] = [];
  for (const token of text.split(/\s+/)) {
    if (!token || isWebName(token)) continue;
    if (!fastWords(token, out)) slowWords(token, out);
  }
  return out;
}
