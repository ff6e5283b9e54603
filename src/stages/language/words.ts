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
  if (token.includes('@') || SCHEME.test(token)) return true;
  const bare = token.replace(EDGE_PUNCTUATION, '');
  const match = DOTTED.exec(bare);
  if (!match?.groups) return false;
  const tld = match.groups['tld']!.toLowerCase();
  return TLDS.has(tld) || /^[a-z]{2}$/.test(tld);
}

function scriptOf(word: string): LanguageWord['script'] {
  const first = word.replace(/'/g, '')[0] ?? '';
  if (CYRILLIC.test(first)) return 'Cyrillic';
  if (LATIN.test(first)) return 'Latin';
  return 'Other';
}

/** The words that carry language: web names dropped, letters lower-cased, NFC, one apostrophe form. */
export function languageWords(text: string): LanguageWord[] {
  const out: LanguageWord[] = [];
  for (const token of text.split(/\s+/)) {
    if (!token || isWebName(token)) continue;
    const normalized = token.normalize('NFC').toLowerCase().replace(APOSTROPHES, "'");
    for (const piece of normalized.split(NOT_WORD)) {
      const word = piece.replace(/^'+|'+$/g, '');
      if (!word) continue;
      out.push({ text: word, script: scriptOf(word), letters: word.replace(/'/g, '').length });
    }
  }
  return out;
}
