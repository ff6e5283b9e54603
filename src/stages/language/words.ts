import vocabulary from './web-names.json' with { type: 'json' };
import { isWhiteSpaceCode } from '../../text/characters.js';

/**
 * A lower-cased run of letters (apostrophes inside kept: Ukrainian м'ята, French l'homme). Words are
 * interned: while a word is remembered, every occurrence of it is the same object.
 */
export interface LanguageWord {
  readonly text: string;
  readonly script: 'Cyrillic' | 'Latin' | 'Other';
  /** Letters in the word, apostrophes excluded. */
  readonly letters: number;
  /** What identify.ts has scored this word as, by candidate set: a repeated word is scored once. */
  readonly scores: Array<readonly number[] | undefined>;
}

const TLDS = new Set(vocabulary.tlds);
const SCHEME = /^(?:[a-z][a-z0-9+.-]{0,15}:\/\/|www\.)/i;
// Labels are separated by dots, which the label class excludes, so matching stays linear.
const DOTTED = /^[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*\.(?<tld>\p{L}{2,})$/u;
const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;
const COUNTRY_CODE = /^[a-z]{2}$/;
const NOT_WORD = /[^\p{L}\p{M}']+/u;
const APOSTROPHES = /[’ʼ`]/g;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

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

const FULL_STOP = 0x2e;
const COLON = 0x3a;
const AT = 0x40;

/** URLs, e-mail addresses and domain names (realnoevremya.ru) are written the same in every language. */
export function isWebName(token: string): boolean {
  // Every web name has one of these (a scheme's colon, www's dot, @): most tokens are done here.
  if (!token.includes('.') && !token.includes('@') && !token.includes(':')) return false;
  if (token.includes('@') || SCHEME.test(token)) return true;
  // A domain's last dot is followed by the first letter of its top-level domain (a-z or a letter of one
  // in TLDS, never an apostrophe): a token whose dots are all followed by a known non-letter or an
  // apostrophe (`end.`, `1.5`, `word.)`) is none, and is done without the Unicode regexes below.
  if (!hasDotBeforeLetter(token)) return false;
  const bare = token.replace(EDGE_PUNCTUATION, '');
  const match = DOTTED.exec(bare);
  if (!match?.groups) return false;
  const tld = match.groups['tld']!.toLowerCase();
  return TLDS.has(tld) || COUNTRY_CODE.test(tld);
}

/** A dot followed by a letter, or by a code unit the table leaves to the general path. */
function hasDotBeforeLetter(token: string): boolean {
  for (let dot = token.indexOf('.'); dot >= 0 && dot + 1 < token.length; dot = token.indexOf('.', dot + 1)) {
    const next = token.charCodeAt(dot + 1);
    if (next >= KINDS.length || KINDS[next] === SLOW || KINDS[next] === LETTER) return true;
  }
  return false;
}

function scriptOf(word: string): LanguageWord['script'] {
  const first = word.replace(/'/g, '')[0] ?? '';
  if (CYRILLIC.test(first)) return 'Cyrillic';
  if (LATIN.test(first)) return 'Latin';
  return 'Other';
}

const SCRIPTS: ReadonlyArray<LanguageWord['script']> = Array.from(KINDS, (_, code) => scriptOf(String.fromCharCode(code)));

/**
 * Distinct words remembered; news text repeats its words. Past the limit the table starts afresh (the
 * words already handed out stay valid: they are only no longer shared with later occurrences).
 */
const INTERN_LIMIT = 30_000;
/** A power of two at least twice the limit, so that probes for absent words stop soon. */
const TABLE_SIZE = 1 << 16;
const table: Array<LanguageWord | undefined> = new Array<LanguageWord | undefined>(TABLE_SIZE).fill(undefined);
const tableHashes = new Int32Array(TABLE_SIZE);
let interned = 0;

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const QUOTE = 0x27;

function describe(text: string): LanguageWord {
  const first = text.charCodeAt(0);
  let letters = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== QUOTE) letters++;
  return { text, script: first < SCRIPTS.length ? SCRIPTS[first]! : scriptOf(text), letters, scores: [] };
}

/** Code unit i of a word as it is stored: lower-cased, apostrophes (found in the original: they have no case) as '. */
function normalizedAt(text: string, lower: string, i: number): number {
  return KINDS[text.charCodeAt(i)] === APOSTROPHE ? QUOTE : lower.charCodeAt(i);
}

function hashOf(word: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
  return hash;
}

/**
 * The word lower[start, end) with its apostrophes as ' (`hash` is its hash, see hashOf), looked up without
 * building its string unless it is new. An already normalized word is looked up as
 * internWord(hashOf(word), word, word, 0, word.length, 0).
 */
function internWord(hash: number, text: string, lower: string, start: number, end: number, apostrophes: number): LanguageWord {
  let slot = hash & (TABLE_SIZE - 1);
  for (let word = table[slot]; word !== undefined; word = table[slot]) {
    if (tableHashes[slot] === hash && spells(word.text, text, lower, start, end, apostrophes)) return word;
    slot = (slot + 1) & (TABLE_SIZE - 1);
  }
  const lowered = lower.slice(start, end);
  const word = describe(apostrophes > 0 ? lowered.replace(APOSTROPHES, "'") : lowered);
  if (interned >= INTERN_LIMIT) {
    table.fill(undefined);
    interned = 0;
    slot = hash & (TABLE_SIZE - 1);
  }
  table[slot] = word;
  tableHashes[slot] = hash;
  interned++;
  return word;
}

function spells(stored: string, text: string, lower: string, start: number, end: number, apostrophes: number): boolean {
  if (stored.length !== end - start) return false;
  if (apostrophes === 0) {
    for (let i = start; i < end; i++) if (stored.charCodeAt(i - start) !== lower.charCodeAt(i)) return false;
  } else {
    for (let i = start; i < end; i++) if (stored.charCodeAt(i - start) !== normalizedAt(text, lower, i)) return false;
  }
  return true;
}

/** The general path: any script, any normalization form. */
function slowWords(token: string, out: LanguageWord[]): void {
  const normalized = token.normalize('NFC').toLowerCase().replace(APOSTROPHES, "'");
  for (const piece of normalized.split(NOT_WORD)) {
    const word = piece.replace(/^'+|'+$/g, '');
    if (word) out.push(internWord(hashOf(word), word, word, 0, word.length, 0));
  }
}

/**
 * The words that carry language: web names dropped, letters lower-cased, NFC, one apostrophe form.
 * Tokens (runs between white space) made only of code units with a known kind (see KINDS) are cut into
 * words in the same pass that finds their end, each word hashed as it is read; a token that turns out to
 * be a web name, or to need the general path, takes its words back.
 */
export function languageWords(text: string): LanguageWord[] {
  const out: LanguageWord[] = [];
  // Lower-casing is context-free for the letters the fast path takes, so one call serves every word.
  // Only İ changes length (to i + combining dot): then offsets would drift, and every token takes the
  // general path (which the fast one only shortcuts).
  const lower = text.toLowerCase();
  const aligned = lower.length === text.length;
  for (let i = 0; i < text.length; ) {
    while (i < text.length && isWhiteSpaceCode(text.charCodeAt(i))) i++;
    if (i === text.length) break;
    const start = i;
    const first = out.length;
    let fast = aligned;
    let webMark = false;
    // The word being read: its start (-1: none), end, hash, apostrophes inside and apostrophes after its last letter.
    let wordStart = -1;
    let wordEnd = 0;
    let hash = 0;
    let apostrophes = 0;
    let pending = 0;
    for (; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const kind = code < KINDS.length ? KINDS[code]! : SLOW;
      if (kind === LETTER) {
        if (wordStart < 0) {
          wordStart = i;
          hash = FNV_OFFSET;
          apostrophes = 0;
        } else {
          for (; pending > 0; pending--, apostrophes++) hash = Math.imul(hash ^ QUOTE, FNV_PRIME);
        }
        hash = Math.imul(hash ^ lower.charCodeAt(i), FNV_PRIME);
        wordEnd = i + 1;
        continue;
      }
      if (kind === APOSTROPHE) {
        if (wordStart >= 0) pending++;
        continue;
      }
      if (isWhiteSpaceCode(code)) break;
      if (wordStart >= 0 && fast) out.push(internWord(hash, text, lower, wordStart, wordEnd, apostrophes));
      wordStart = -1;
      pending = 0;
      if (kind === SLOW) fast = false;
      else if (code === FULL_STOP || code === AT || code === COLON) webMark = true;
    }
    if (wordStart >= 0 && fast) out.push(internWord(hash, text, lower, wordStart, wordEnd, apostrophes));
    if (webMark && isWebName(text.slice(start, i))) out.length = first;
    else if (!fast) {
      out.length = first;
      slowWords(text.slice(start, i), out);
    }
  }
  return out;
}
