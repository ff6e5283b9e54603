import vocabulary from './web-names.json' with { type: 'json' };
import { isWhiteSpaceCode } from '../../text/characters.js';
import { FNV_OFFSET, fnv1a, fnvStep } from '../../text/hash.js';

/** Scoring reads at most this many letters of a script: enough for a confident call, bounded cost per text. */
export const MAX_SCORED_LETTERS = 1000;
/** Longer letter runs are not words (base64, repeated characters): only their start is scored. */
export const MAX_WORD_LENGTH = 40;

export type Script = 'Cyrillic' | 'Latin' | 'Other';
/** Scripts by their index, the number a word carries (see wordScript). */
export const SCRIPTS: readonly Script[] = ['Cyrillic', 'Latin', 'Other'];
const CYRILLIC_INDEX = 0;
const LATIN_INDEX = 1;
const OTHER_INDEX = 2;

/**
 * A text cut into words: lower-cased runs of letters (apostrophes inside kept: Ukrainian м'ята, French
 * l'homme), each interned under a number (wordText, wordScript, wordLetters read it). Only the words
 * scoring can read are kept: those of each script until its scored letters reach MAX_SCORED_LETTERS (a
 * word counts its letters, but no more than MAX_WORD_LENGTH); the rest only add to their script's
 * letters. Word numbers are valid while `epoch` is currentEpoch().
 */
export interface LineWords {
  /**
   * The kept words in text order, each as a reference: its number, script and scored letters packed
   * into one small integer (see wordOf, refScript, refScoredLetters), so that scoring reads them here
   * rather than from the table of words.
   */
  readonly words: readonly number[];
  /** Letters per script index, every word counted. */
  readonly letters: readonly number[];
  /** Script indexes in the order their first word appears. */
  readonly scripts: readonly number[];
  readonly epoch: number;
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

/**
 * Kinds of code unit. SLOW: might change under NFC, is a combining mark or lower-cases to more than one
 * unit (İ), so the token takes the general path.
 */
const SLOW = 0;
const QUOTE = 0x27;
const OTHER = 1;
const LETTER = 2;
const APOSTROPHE = 3;
/** White space: ends a token. White space past the table is SLOW there and found by isWhiteSpaceCode. */
const SPACE = 4;

/**
 * Kinds of the code units news text is mostly made of (Latin, Cyrillic, general punctuation), worked out
 * once from the same Unicode properties the general path uses. None of them changes under NFC or
 * composes with a neighbour, and lower-casing maps each to one unit whatever its neighbours (only
 * Greek sigma looks at them), so a token made only of them can be cut into words unit by unit.
 */
const KINDS = ((): Uint8Array => {
  const kinds = new Uint8Array(0x2070);
  for (let code = 0; code < kinds.length; code++) {
    const ch = String.fromCharCode(code);
    const outside = (code >= 0x0300 && code < 0x0400) || (code >= 0x0483 && code < 0x048a) || (code >= 0x0530 && code < 0x2010);
    if (isWhiteSpaceCode(code)) kinds[code] = SPACE;
    else if (outside || ch.normalize('NFC') !== ch || /\p{M}/u.test(ch) || ch.toLowerCase().length !== 1) kinds[code] = SLOW;
    else if ("'’ʼ`".includes(ch)) kinds[code] = APOSTROPHE;
    else kinds[code] = /\p{L}/u.test(ch) ? LETTER : OTHER;
  }
  return kinds;
})();

/** What a letter or apostrophe of KINDS is in a word as stored: lower-cased, and ' for every apostrophe. */
const NORMAL = Uint16Array.from(KINDS, (kind, code) => (kind === APOSTROPHE ? QUOTE : String.fromCharCode(code).toLowerCase().charCodeAt(0)));

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

/** The script index of one code unit (a lone surrogate is Other). */
function unitScript(code: number): number {
  const ch = String.fromCharCode(code);
  if (CYRILLIC.test(ch)) return CYRILLIC_INDEX;
  if (LATIN.test(ch)) return LATIN_INDEX;
  return OTHER_INDEX;
}

const UNIT_SCRIPTS = Uint8Array.from(KINDS, (_, code) => unitScript(code));

/** A normalized word's script is that of its first code unit (words never start with an apostrophe). */
function scriptStarting(first: number): number {
  return first < UNIT_SCRIPTS.length ? UNIT_SCRIPTS[first]! : unitScript(first);
}

/*
 * The interned words, in typed arrays rather than objects: every occurrence of a word in news text is
 * looked up, and a lookup that reads one slot and compares against one array of characters touches two
 * cache lines where objects and strings scattered over the heap touched many.
 * Words get numbers 0, 1, ... in the order they are first seen. When INTERN_LIMIT words or
 * ARENA_LIMIT characters are remembered, the next call starts afresh (a new epoch): numbers handed out
 * before then no longer stand for their words.
 */
export const INTERN_LIMIT = 30_000;
/** A call keeps at most MAX_SCORED_LETTERS words per script (each adds at least one scored letter). */
export const WORD_CAPACITY = INTERN_LIMIT + SCRIPTS.length * MAX_SCORED_LETTERS;
/** A power of two about twice WORD_CAPACITY, so that probes for absent words stop soon. */
const TABLE_SIZE = 1 << 16;
/** Characters of the remembered words; one call may go past it (one long word), the next starts afresh. */
const ARENA_LIMIT = 1 << 19;
/**
 * Per slot: the word's hash, its number + 1 (0: empty), where its characters start in `arena` and its
 * length: a lookup reads one slot and the characters it compares.
 */
const SLOT_FIELDS = 4;
const slots = new Int32Array(TABLE_SIZE * SLOT_FIELDS);
/** Per word: where its characters start in `arena`, its length, its letters and its script index. */
const INFO_FIELDS = 4;
const info = new Int32Array(WORD_CAPACITY * INFO_FIELDS);
let arena = new Uint16Array(ARENA_LIMIT);
let arenaUsed = 0;
let interned = 0;
let epoch = 1;

/** The epoch whose word numbers are valid now. */
export function currentEpoch(): number {
  return epoch;
}

/** Whether the numbers in `line` still stand for its words. */
export function isCurrent(line: LineWords): boolean {
  return line.epoch === epoch;
}

function wordLength(word: number): number {
  return info[word * INFO_FIELDS + 1]!;
}

/** Letters in the word, apostrophes excluded. */
export function wordLetters(word: number): number {
  return info[word * INFO_FIELDS + 2]!;
}

export function wordScript(word: number): number {
  return info[word * INFO_FIELDS + 3]!;
}

/** What scoring counts of a word against MAX_SCORED_LETTERS, given its length and letters. */
function scoredLetters(length: number, letters: number): number {
  return length > MAX_WORD_LENGTH ? MAX_WORD_LENGTH : letters;
}

/** A reference: bits 8 and up the word's number, 2-7 its scored letters (at most MAX_WORD_LENGTH), 0-1 its script. */
function reference(word: number, script: number, scored: number): number {
  return (word << 8) | (scored << 2) | script;
}

export function wordOf(reference: number): number {
  return reference >> 8;
}

export function refScript(reference: number): number {
  return reference & 3;
}

export function refScoredLetters(reference: number): number {
  return (reference >> 2) & 63;
}

/** The word's first `limit` code units (all of it by default). */
export function wordText(word: number, limit = Number.POSITIVE_INFINITY): string {
  const start = info[word * INFO_FIELDS]!;
  const length = Math.min(wordLength(word), limit);
  let out = '';
  for (let i = 0; i < length; i += 4096) out += String.fromCharCode(...arena.subarray(start + i, start + Math.min(length, i + 4096)));
  return out;
}

/** The word as scoring reads it: runs longer than MAX_WORD_LENGTH are cut. */
export function scoredText(word: number): string {
  return wordText(word, MAX_WORD_LENGTH);
}

function startAfresh(): void {
  slots.fill(0);
  if (arena.length > ARENA_LIMIT) arena = new Uint16Array(ARENA_LIMIT);
  arenaUsed = 0;
  interned = 0;
  epoch++;
}

/**
 * The number of the word source[start, end), looked up without building its string. `mapped`: the units
 * are those of a fast-path token, read through NORMAL (`hash` is then the hash of what they map to, see
 * fnv1a); else the word is already normalized.
 */
function internWord(hash: number, source: string, start: number, end: number, mapped: boolean): number {
  let slot = hash & (TABLE_SIZE - 1);
  for (let stored = slots[slot * SLOT_FIELDS + 1]!; stored !== 0; stored = slots[slot * SLOT_FIELDS + 1]!) {
    if (slots[slot * SLOT_FIELDS] === hash && spells(slot, source, start, end, mapped)) return stored - 1;
    slot = (slot + 1) & (TABLE_SIZE - 1);
  }
  const length = end - start;
  if (arenaUsed + length > arena.length) {
    const grown = new Uint16Array(Math.max(arena.length * 2, arenaUsed + length));
    grown.set(arena.subarray(0, arenaUsed));
    arena = grown;
  }
  let letters = 0;
  for (let i = start; i < end; i++) {
    const unit = mapped ? NORMAL[source.charCodeAt(i)]! : source.charCodeAt(i);
    arena[arenaUsed + i - start] = unit;
    if (unit !== QUOTE) letters++;
  }
  const word = interned++;
  const fields = word * INFO_FIELDS;
  info[fields] = arenaUsed;
  info[fields + 1] = length;
  info[fields + 2] = letters;
  info[fields + 3] = scriptStarting(arena[arenaUsed]!);
  const at = slot * SLOT_FIELDS;
  slots[at] = hash;
  slots[at + 1] = word + 1;
  slots[at + 2] = arenaUsed;
  slots[at + 3] = length;
  arenaUsed += length;
  return word;
}

/** Whether the word in `slot` is source[start, end) (see internWord). */
function spells(slot: number, source: string, start: number, end: number, mapped: boolean): boolean {
  if (slots[slot * SLOT_FIELDS + 3] !== end - start) return false;
  const offset = slots[slot * SLOT_FIELDS + 2]! - start;
  if (mapped) {
    for (let i = start; i < end; i++) if (arena[offset + i] !== NORMAL[source.charCodeAt(i)]) return false;
  } else {
    for (let i = start; i < end; i++) if (arena[offset + i] !== source.charCodeAt(i)) return false;
  }
  return true;
}

/** A LineWords being read. Tokens that turn out to be web names take their words back (see `mark`, `restore`). */
class LineReader {
  readonly words: number[] = [];
  readonly letters = [0, 0, 0];
  readonly scripts: number[] = [];
  /** Per script: letters of its kept words as scoring counts them. */
  private readonly scored = [0, 0, 0];
  private readonly saved = [0, 0, 0, 0, 0, 0, 0, 0];

  /** Whether a word of this script would be kept. */
  keeps(script: number): boolean {
    return this.scored[script]! < MAX_SCORED_LETTERS;
  }

  /** A word that is not kept (see keeps): only its letters count. */
  count(script: number, letters: number): void {
    if (this.letters[script] === 0) this.scripts.push(script);
    this.letters[script]! += letters;
  }

  /** A kept word of `letters` letters and `length` units. */
  keep(word: number, script: number, letters: number, length: number): void {
    const scored = scoredLetters(length, letters);
    this.count(script, letters);
    this.scored[script]! += scored;
    this.words.push(reference(word, script, scored));
  }

  /** Remembers where the line stands, for `restore`. */
  mark(): void {
    const saved = this.saved;
    saved[0] = this.words.length;
    saved[1] = this.scripts.length;
    for (let s = 0; s < 3; s++) {
      saved[2 + s] = this.letters[s]!;
      saved[5 + s] = this.scored[s]!;
    }
  }

  /** Forgets the words since `mark`. */
  restore(): void {
    const saved = this.saved;
    this.words.length = saved[0]!;
    this.scripts.length = saved[1]!;
    for (let s = 0; s < 3; s++) {
      this.letters[s] = saved[2 + s]!;
      this.scored[s] = saved[5 + s]!;
    }
  }

  /** An already normalized word. */
  add(word: string): void {
    const script = scriptStarting(word.charCodeAt(0));
    const letters = word.length - (word.match(/'/g)?.length ?? 0);
    if (this.keeps(script)) this.keep(internWord(fnv1a(word), word, 0, word.length, false), script, letters, word.length);
    else this.count(script, letters);
  }

  done(): LineWords {
    return { words: this.words, letters: this.letters, scripts: this.scripts, epoch };
  }
}

/** The general path: any script, any normalization form. */
function slowWords(token: string, line: LineReader): void {
  const normalized = token.normalize('NFC').toLowerCase().replace(APOSTROPHES, "'");
  for (const piece of normalized.split(NOT_WORD)) {
    const word = piece.replace(/^'+|'+$/g, '');
    if (word) line.add(word);
  }
}

/**
 * The words that carry language in text[start, end): web names dropped, letters lower-cased, NFC, one
 * apostrophe form. Tokens (runs between white space) made only of code units with a known kind (see
 * KINDS) are cut into words in the same pass that finds their end, each word hashed as it is read; a
 * token that turns out to be a web name, or to need the general path, takes its words back.
 */
export function languageWords(text: string, start = 0, end = text.length): LineWords {
  if (interned >= INTERN_LIMIT || arenaUsed >= ARENA_LIMIT) startAfresh();
  const line = new LineReader();
  for (let i = start; i < end; ) {
    while (i < end && isWhiteSpaceCode(text.charCodeAt(i))) i++;
    if (i === end) break;
    const tokenStart = i;
    let fast = true;
    let webMark = false;
    // The word being read: its start (-1: none), end, hash, apostrophes inside and apostrophes after its last letter.
    let wordStart = -1;
    let wordEnd = 0;
    let hash = 0;
    let apostrophes = 0;
    let pending = 0;
    // The token's last word read, not yet added: most tokens are one word, added once the token is known
    // to be kept, so that only tokens of several words mark the line to take them back.
    let heldStart = -1;
    let heldEnd = 0;
    let heldHash = 0;
    let heldApostrophes = 0;
    let marked = false;
    for (; i < end; i++) {
      const code = text.charCodeAt(i);
      const kind = code < KINDS.length ? KINDS[code]! : SLOW;
      if (kind === LETTER) {
        if (wordStart < 0) {
          if (heldStart >= 0) {
            if (!marked) line.mark();
            marked = true;
            fastWord(line, heldHash, text, heldStart, heldEnd, heldApostrophes);
            heldStart = -1;
          }
          wordStart = i;
          hash = FNV_OFFSET;
          apostrophes = 0;
        } else {
          for (; pending > 0; pending--, apostrophes++) hash = fnvStep(hash, QUOTE);
        }
        hash = fnvStep(hash, NORMAL[code]!);
        wordEnd = i + 1;
        continue;
      }
      if (kind === APOSTROPHE) {
        if (wordStart >= 0) pending++;
        continue;
      }
      if (kind === SPACE || (kind === SLOW && isWhiteSpaceCode(code))) break;
      if (wordStart >= 0 && fast) {
        heldStart = wordStart;
        heldEnd = wordEnd;
        heldHash = hash;
        heldApostrophes = apostrophes;
      }
      wordStart = -1;
      pending = 0;
      if (kind === SLOW) {
        fast = false;
        heldStart = -1;
      } else if (code === FULL_STOP || code === AT || code === COLON) webMark = true;
    }
    if (webMark && isWebName(text.slice(tokenStart, i))) {
      if (marked) line.restore();
    } else if (!fast) {
      if (marked) line.restore();
      slowWords(text.slice(tokenStart, i), line);
    } else if (wordStart >= 0) fastWord(line, hash, text, wordStart, wordEnd, apostrophes);
    else if (heldStart >= 0) fastWord(line, heldHash, text, heldStart, heldEnd, heldApostrophes);
  }
  return line.done();
}

/** A word of the fast path: its letters are the units that are not apostrophes, its script that of its first letter. */
function fastWord(line: LineReader, hash: number, text: string, start: number, end: number, apostrophes: number): void {
  const script = scriptStarting(NORMAL[text.charCodeAt(start)]!);
  if (line.keeps(script)) line.keep(internWord(hash, text, start, end, true), script, end - start - apostrophes, end - start);
  else line.count(script, end - start - apostrophes);
}
