/**
 * Character classes and phrase tables for the scan. Phrase tables are tries walked one character at
 * a time: a lookup costs at most the length of the longest phrase, needs no regular expression, and
 * building one costs nothing at load time (an alternation of a thousand phrases with Unicode
 * lookaheads took V8 over half a second to compile, and a sticky search ran at every position).
 */
import { classAt, isWhiteSpaceCode, lengthIfClass, LETTER, unitClass, WORD } from '../../../text/characters.js';

/* ------------------------------------------------------------------ characters */

/** Whether one UTF-16 code unit is a letter on its own (a lone surrogate is not); false for -1 or NaN. */
export const isLetterUnit = (code: number): boolean => (unitClass(code) & LETTER) !== 0;

/** Whether one UTF-16 code unit is a letter or a number on its own; false for -1 or NaN. */
export const isWordCharUnit = (code: number): boolean => (unitClass(code) & WORD) !== 0;

/** Whether the character at `pos` is a letter (`\p{L}`); false outside the text. */
export const isLetterAt = (text: string, pos: number): boolean => (classAt(text, pos) & LETTER) !== 0;

/** Whether the character at `pos` is a letter or a number (`[\p{L}\p{N}]`); false outside the text. */
export const isWordCharAt = (text: string, pos: number): boolean => (classAt(text, pos) & WORD) !== 0;

/** The end of the run of letters (`\p{L}+`, astral letters included) starting at `pos`. */
export function wordEnd(text: string, pos: number): number {
  let p = pos;
  for (let step = lengthIfClass(text, p, LETTER); step > 0; step = lengthIfClass(text, p, LETTER)) p += step;
  return p;
}

/* ------------------------------------------------------------------ phrase tables */

/** A compiled list of phrases: finds the longest phrase starting at a position. */
export interface PhraseTable<T> {
  match(text: string, pos: number): { end: number; meaning: T } | null;
  /** The phrase ending exactly at `end` (preceded by a non-letter), for cues before a number. */
  matchBefore(text: string, end: number): { start: number; meaning: T } | null;
  /**
   * A cheap filter before `match`: false when no phrase can start at `pos`. A phrase led by letters
   * can only start where the whole word at `pos` is its leading word (`us` of `us$`, `USD`).
   */
  canStart(text: string, pos: number): boolean;
}

/**
 * What may not follow a phrase that ends in a letter: a letter or digit (`kb` is not in `kb2`), or
 * only a letter for words glued to an amount after them (`GBP3.01`, `Rs20`).
 */
export type Boundary = 'word' | 'letter';

interface TrieNode<T> {
  /** Children by UTF-16 code unit of the folded character, while the trie is built. */
  readonly next: Map<number, TrieNode<T>>;
  /**
   * Lookup of the finished trie, filled by `seal`: the children whose codes fall in `[denseBase,
   * denseBase + dense.length)` by `code - denseBase`, the others in `far`. An array read is several
   * times cheaper than `Map.get`, which was the hottest line of the stage; the window is the densest
   * run of the node's codes (one script), so it stays short.
   */
  denseBase: number;
  dense: Array<TrieNode<T> | undefined>;
  far: Map<number, TrieNode<T>> | null;
  meaning: T | undefined;
  /** The phrase ends in a letter or digit, so it must end a word. */
  endsInWord: boolean;
  /** The letters that lead some phrase end here (`us` of `us$`, `usd`): see `canStart`. */
  leadingWordEnd: boolean;
}

/** Folds a phrase to its key: lower case (unless case matters), `ё` → `е`, one space for any run. */
export function foldKey(s: string, caseSensitive: boolean): string {
  const spaced = s.replace(/\s+/gu, ' ');
  return (caseSensitive ? spaced : spaced.toLowerCase()).replace(/ё/g, 'е');
}

/** A word folded as keys are: cheaper than `foldKey`, as a word has no spaces. */
export function foldWord(word: string, caseSensitive = false): string {
  const lower = caseSensitive ? word : word.toLowerCase();
  return lower.includes('ё') ? lower.replace(/ё/g, 'е') : lower;
}

function foldChar(ch: string, caseSensitive: boolean): string {
  const lower = caseSensitive ? ch : ch.toLowerCase();
  return lower === 'ё' ? 'е' : lower;
}

const YO = 0x451;
const YE = 0x435;
/** Case-insensitive folds of BMP code units, filled on first sight: 0 unknown, the folded unit + 1, or -1 when the fold is longer than one unit. */
const foldedUnits = new Int32Array(0x10000);

/** The single code unit `code` folds to (case-insensitively), or -1 when its fold is longer. */
function foldedUnit(code: number): number {
  let f = foldedUnits[code] ?? 0;
  if (f === 0) {
    const folded = foldChar(String.fromCharCode(code), false);
    f = folded.length === 1 ? folded.charCodeAt(0) + 1 : -1;
    foldedUnits[code] = f;
  }
  return f > 0 ? f - 1 : -1;
}

// Every field set at creation: nodes share one hidden class, so the walks' property reads stay monomorphic.
const newNode = <T>(): TrieNode<T> => ({ next: new Map(), denseBase: 0, dense: [], far: null, meaning: undefined, endsInWord: false, leadingWordEnd: false });

/** The widest span of codes a node's dense window may cover. */
const DENSE_SPAN = 128;

/** Fills the dense windows of a finished trie (see `TrieNode.dense`). */
function seal<T>(root: TrieNode<T>): void {
  const pending = [root];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    const codes = [...node.next.keys()].sort((a, b) => a - b);
    // The window holding the most codes within DENSE_SPAN of its lowest one.
    let bestFrom = 0;
    let bestTo = 0;
    for (let from = 0, to = 0; from < codes.length; from++) {
      while (to < codes.length && (codes[to] ?? 0) - (codes[from] ?? 0) < DENSE_SPAN) to++;
      if (to - from > bestTo - bestFrom) {
        bestFrom = from;
        bestTo = to;
      }
    }
    const base = codes[bestFrom] ?? 0;
    const dense: Array<TrieNode<T> | undefined> = [];
    for (let k = bestFrom; k < bestTo; k++) {
      const code = codes[k] ?? 0;
      while (dense.length < code - base) dense.push(undefined);
      dense.push(node.next.get(code));
    }
    const outside = [...codes.slice(0, bestFrom), ...codes.slice(bestTo)];
    node.denseBase = base;
    node.dense = dense;
    node.far = outside.length === 0 ? null : new Map(outside.map((code) => [code, node.next.get(code) as TrieNode<T>]));
    pending.push(...node.next.values());
  }
}

/** The child of `node` for one folded code unit. */
function childByCode<T>(node: TrieNode<T>, code: number): TrieNode<T> | undefined {
  const i = code - node.denseBase;
  if (i >= 0 && i < node.dense.length) return node.dense[i];
  return node.far === null ? undefined : node.far.get(code);
}

function insert<T>(root: TrieNode<T>, chars: readonly string[], meaning: T, endsInWord: boolean, leadingLength = -1): void {
  let node = root;
  for (const [i, ch] of chars.entries()) {
    if (i === leadingLength) node.leadingWordEnd = true;
    const code = ch.charCodeAt(0);
    let child = node.next.get(code);
    if (child === undefined) {
      child = newNode();
      node.next.set(code, child);
    }
    node = child;
  }
  if (chars.length === leadingLength) node.leadingWordEnd = true;
  // The first entry for a key wins, as vocabulary files list the preferred meaning first.
  if (node.meaning === undefined) {
    node.meaning = meaning;
    node.endsInWord = endsInWord;
  }
}

/** The node reached by walking the letters `[pos, end)` of a word, without allocating. */
function walkWord<T>(root: TrieNode<T>, text: string, pos: number, end: number, caseSensitive: boolean): TrieNode<T> | undefined {
  let node: TrieNode<T> | undefined = root;
  for (let p = pos; p < end && node !== undefined; p++) node = child(node, text, p, caseSensitive);
  return node;
}

/** Words looked up in place in the text, without slicing or lower-casing it. */
export interface WordTable<T> {
  /** The meaning of the word `[start, end)` of `text`, folded as `foldWord` folds. */
  get(text: string, start: number, end: number): T | undefined;
}

/** A table of words whose keys are folded already (as `foldWord` folds), one meaning each. */
export function wordTable<T>(entries: ReadonlyMap<string, T>, caseSensitive = false): WordTable<T> {
  const root = newNode<T>();
  for (const [key, meaning] of entries) insert(root, key.split(''), meaning, true);
  seal(root);
  return { get: (text, start, end) => walkWord(root, text, start, end, caseSensitive)?.meaning };
}

const SPACE = 32;

/** The child for the character at `pos`, which is not a space. */
function child<T>(node: TrieNode<T>, text: string, pos: number, caseSensitive: boolean): TrieNode<T> | undefined {
  const code = text.charCodeAt(pos);
  if (code < 128) {
    // ASCII fast path: fold upper case by arithmetic.
    return childByCode(node, !caseSensitive && code >= 65 && code <= 90 ? code + 32 : code);
  }
  // `code < 0x10000` is false for NaN: outside the text the walk stays where it is, as below.
  if (code < 0x10000) {
    const unit = caseSensitive ? (code === YO ? YE : code) : foldedUnit(code);
    if (unit >= 0) return childByCode(node, unit);
  }
  let current: TrieNode<T> | undefined = node;
  const folded = foldChar(text[pos] ?? '', caseSensitive);
  for (let i = 0; i < folded.length && current !== undefined; i++) current = childByCode(current, folded.charCodeAt(i));
  return current;
}

/** Past a run of spaces from `pos` in `direction`: a space in a phrase stands for any run (`\s+`). */
function pastSpaces(text: string, pos: number, direction: 1 | -1): number {
  let p = pos + direction;
  while (p >= 0 && p < text.length && isWhiteSpaceCode(text.charCodeAt(p))) p += direction;
  return p;
}

export function phraseTable<T>(entries: ReadonlyArray<readonly [string, T]>, caseSensitive = false, boundary: Boundary = 'word'): PhraseTable<T> {
  const forward = newNode<T>();
  const backward = newNode<T>();
  for (const [surface, meaning] of entries) {
    const key = foldKey(surface, caseSensitive);
    const chars = key.split('');
    const last = chars.at(-1) ?? '';
    const endsInWord = last !== '' && isWordCharAt(last, 0);
    insert(forward, chars, meaning, endsInWord, wordEnd(key, 0));
    insert(backward, chars.slice().reverse(), meaning, endsInWord);
  }
  seal(forward);
  seal(backward);
  const followOk = (text: string, end: number): boolean => (boundary === 'word' ? !isWordCharAt(text, end) : !isLetterAt(text, end));
  return {
    canStart(text, pos) {
      if (child(forward, text, pos, caseSensitive) === undefined) return false;
      const end = wordEnd(text, pos);
      return end === pos || walkWord(forward, text, pos, end, caseSensitive)?.leadingWordEnd === true;
    },
    match(text, pos) {
      let best: TrieNode<T> | null = null;
      let bestEnd = pos;
      let node = forward;
      let p = pos;
      while (p < text.length) {
        let next: TrieNode<T> | undefined;
        if (isWhiteSpaceCode(text.charCodeAt(p))) {
          next = childByCode(node, SPACE);
          p = pastSpaces(text, p, 1);
        } else {
          next = child(node, text, p, caseSensitive);
          p++;
        }
        if (next === undefined) break;
        node = next;
        if (node.meaning !== undefined && (node.endsInWord !== true || followOk(text, p))) {
          best = node;
          bestEnd = p;
        }
      }
      return best === null ? null : { end: bestEnd, meaning: best.meaning as T };
    },
    matchBefore(text, end) {
      let best: TrieNode<T> | null = null;
      let bestStart = end;
      let node = backward;
      let p = end - 1;
      while (p >= 0) {
        let next: TrieNode<T> | undefined;
        if (isWhiteSpaceCode(text.charCodeAt(p))) {
          next = childByCode(node, SPACE);
          p = pastSpaces(text, p, -1);
        } else {
          next = child(node, text, p, caseSensitive);
          p--;
        }
        if (next === undefined) break;
        node = next;
        // The phrase must start a word: no letter or digit right before it.
        if (node.meaning !== undefined && !isWordCharAt(text, p)) {
          best = node;
          bestStart = p + 1;
        }
      }
      return best === null ? null : { start: bestStart, meaning: best.meaning as T };
    },
  };
}
