/**
 * Gates (`Rule.requires`): cheap literal tests a text must pass before a rule's costly pattern is
 * run on it. All gates of one rule list are tested in a single pass over the text (an Aho-Corasick
 * automaton), instead of one case-insensitive Unicode RegExp search per gate: those searches cost
 * as much as the rules themselves.
 */
import { unitClass, WORD } from '../../../text/characters.js';

/**
 * Some word occurs case-insensitively (lower-case words; a space stands for any run of white
 * space, as in `oneOf`): anywhere, or with `whole` as a whole token, no letter or digit glued on
 * either side. Or: a run of at least `digitRun` ASCII digits.
 */
export type Gate = { readonly words: readonly string[]; readonly whole?: boolean } | { readonly digitRun: number };

/** A gate for `Rule.requires`: some digit. */
export const HAS_DIGIT: Gate = { digitRun: 1 };
/** A gate for `Rule.requires`: four digits in a row (every year rule needs them). */
export const HAS_YEAR_DIGITS: Gate = { digitRun: 4 };

/** A gate for `Rule.requires`: one of these words occurs, matched anywhere. */
export function containsOne(words: Iterable<string>): Gate {
  return { words: [...words].map((w) => w.toLowerCase()) };
}

/**
 * A gate for `Rule.requires`: one of these words occurs as a whole token. Only for rules whose
 * every match holds one of them between token edges (`L`, `R`, white space or punctuation):
 * `may` as a word passes, `market` and `summary` do not.
 */
export function hasToken(words: Iterable<string>): Gate {
  const lower = [...words].map((w) => w.toLowerCase());
  if (lower.some((w) => /\s/u.test(w))) throw new Error(`a token gate cannot hold white space: ${lower.join(', ')}`);
  return { words: lower, whole: true };
}

const SPACE = 0;
const OTHER = -1;
const UNKNOWN = -2;
const WHITE_SPACE = /\s/u;

/**
 * The lower-case letter a character stands for in a word: at least every character that
 * case-insensitive Unicode matching (`iu`) equates with it. Lower case alone misses `ſ` (`s`)
 * and the Cyrillic letter variants `ᲀ`–`ᲅ`; the round trip through upper case catches them. Its
 * one extra, `ı` → `i`, only lets a gate pass more often (gates.test.ts checks the whole BMP).
 */
export function foldCase(code: number): number {
  const char = String.fromCharCode(code);
  const upper = char.toUpperCase();
  const viaUpper = upper.length === 1 ? upper.toLowerCase() : '';
  if (viaUpper.length === 1) return viaUpper.charCodeAt(0);
  const lower = char.toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

/** A word of a gate, found where the automaton reaches the state it ends in. */
interface WordEnd {
  readonly id: number;
  /** In UTF-16 codes: a word's letters are one code each (white space only in non-whole words). */
  readonly length: number;
  readonly whole: boolean;
}

/** Which of a fixed list of gates a text passes, all found in one pass. */
export class GateSet {
  readonly gates: readonly Gate[];
  /** Symbol of each letter of the words (index into the transition rows); 0 is white space. */
  private readonly symbolOfLetter = new Map<number, number>();
  /** Symbol of each UTF-16 code, filled in as codes are first seen (most texts use few). */
  private readonly symbolOfCode = new Int16Array(0x10000).fill(UNKNOWN);
  private readonly width: number;
  /**
   * The automaton with its failure links folded in: from the row of a state (`state * width`),
   * `next[row + symbol]` is the next state's row times two, plus one when some word ends there.
   * The scan then neither multiplies nor reads `ends` at each character (a quarter of its time).
   */
  private readonly next: Int32Array;
  /** Words that end in each state (its own and those of its failure chain). */
  private readonly ends: ReadonlyArray<readonly WordEnd[]>;
  private readonly digitGates: ReadonlyArray<{ readonly id: number; readonly run: number }>;

  constructor(gates: readonly Gate[]) {
    this.gates = gates;
    const words: Array<{ codes: number[]; end: WordEnd }> = [];
    const digitGates: Array<{ id: number; run: number }> = [];
    gates.forEach((gate, id) => {
      if ('digitRun' in gate) digitGates.push({ id, run: gate.digitRun });
      else for (const w of gate.words) words.push({ codes: this.symbols(w), end: { id, length: w.length, whole: gate.whole === true } });
    });
    this.digitGates = digitGates;
    this.width = this.symbolOfLetter.size + 1;

    // A trie of the words, then breadth-first failure links, as in Aho and Corasick (1975).
    const rows: number[][] = [new Array<number>(this.width).fill(-1)];
    const ends: WordEnd[][] = [[]];
    for (const { codes, end } of words) {
      let state = 0;
      for (const symbol of codes) {
        if (rows[state]![symbol]! < 0) {
          rows[state]![symbol] = rows.length;
          rows.push(new Array<number>(this.width).fill(-1));
          ends.push([]);
        }
        state = rows[state]![symbol]!;
      }
      ends[state]!.push(end);
    }
    const fail = new Array<number>(rows.length).fill(0);
    const queue: number[] = [];
    for (let s = 0; s < this.width; s++) {
      const child = rows[0]![s]!;
      if (child < 0) rows[0]![s] = 0;
      else queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      ends[state]!.push(...ends[fail[state]!]!);
      for (let s = 0; s < this.width; s++) {
        const child = rows[state]![s]!;
        if (child < 0) rows[state]![s] = rows[fail[state]!]![s]!;
        else {
          fail[child] = rows[fail[state]!]![s]!;
          queue.push(child);
        }
      }
    }
    this.next = Int32Array.from(rows.flat(), (target) => ((target * this.width) << 1) | (ends[target]!.length ? 1 : 0));
    this.ends = ends;
    for (let code = 0; code < 0x80; code++) this.symbolOf(code);
  }

  /** Marks in `passed` (one entry per gate) every gate the text passes. */
  test(text: string, passed: Uint8Array): void {
    passed.fill(0);
    const { next, ends, width, symbolOfCode } = this;
    let row = 0;
    let afterSpace = false;
    let digits = 0;
    let longestDigits = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 48 && code <= 57) {
        if (++digits > longestDigits) longestDigits = digits;
      } else digits = 0;
      let symbol = symbolOfCode[code]!;
      if (symbol === UNKNOWN) symbol = this.symbolOf(code);
      if (symbol === OTHER) {
        row = 0;
        afterSpace = false;
        continue;
      }
      // A run of white space is one space of a word, as `\s+` reads it.
      if (symbol === SPACE) {
        if (afterSpace) continue;
        afterSpace = true;
      } else afterSpace = false;
      const step = next[row + symbol]!;
      row = step >> 1;
      if ((step & 1) === 1) {
        for (const { id, length, whole } of ends[row / width]!) {
          if (!whole || (this.edgeAt(text, i - length) && this.edgeAt(text, i + 1))) passed[id] = 1;
        }
      }
    }
    for (const { id, run } of this.digitGates) if (longestDigits >= run) passed[id] = 1;
  }

  /** Whether the character at `index` leaves a token edge (outside the text does). */
  private edgeAt(text: string, index: number): boolean {
    if (index < 0 || index >= text.length) return true;
    // A surrogate reads as an edge: at worst the gate passes a text its rule then rejects.
    return (unitClass(text.charCodeAt(index)) & WORD) === 0;
  }

  private symbols(word: string): number[] {
    const codes: number[] = [];
    for (const char of word.replace(/ +/g, ' ')) {
      if (char === ' ') {
        codes.push(SPACE);
        continue;
      }
      const code = foldCase(char.charCodeAt(0));
      let symbol = this.symbolOfLetter.get(code);
      if (symbol === undefined) this.symbolOfLetter.set(code, (symbol = this.symbolOfLetter.size + 1));
      codes.push(symbol);
    }
    return codes;
  }

  private symbolOf(code: number): number {
    const symbol = WHITE_SPACE.test(String.fromCharCode(code)) ? SPACE : this.symbolOfLetter.get(foldCase(code)) ?? OTHER;
    this.symbolOfCode[code] = symbol;
    return symbol;
  }
}
