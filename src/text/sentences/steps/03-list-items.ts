/**
 * Step 3 — list items: enumerators in sequence (`1. … 2. …`, `a) … b) …`, `i) … ii) …`, `(A) … (B) …`)
 * start a new sentence each, even with no punctuation before them, and their own period is no boundary.
 */
import { isWhiteSpaceCode } from '../../characters.js';

/**
 * An enumerator is a whole white-space separated token, and one followed by more text: it ends in
 * `.` or `)` before a space, so only those places are looked at, and the token before them tried.
 */
const ENUMERATOR = /^(?:\((?<wrapped>\d{1,2}|\p{L}{1,4})\)|(?<label>\d{1,2}|\p{L}{1,4})(?<mark>\.\)|\.|\)))$/u;
const ENUMERATOR_END = /[.)](?=\s)/g;
/** The longest enumerator: four letters of two code units each, in `(…)` or before `.)`. */
const MAX_ENUMERATOR_LENGTH = 10;
const ROMAN = /^(?:x{0,3}(?:ix|iv|v?i{0,3})|X{0,3}(?:IX|IV|V?I{0,3}))$/u;
const LATIN = 'abcdefghijklmnopqrstuvwxyz';
// Russian lists skip the letters that never start a word or look like others.
const CYRILLIC = 'абвгдежзиклмнопрстуфхцчшщэюя';
/** Before the first item of a list: start of text, end of a sentence, a colon, a bullet, or a line break. */
const LIST_OPENER = /[.!?…:;•◦▪‣⁃]/u;
/** A bullet after a space starts an item of an inline list (`• first • second`). */
const BULLET = /(?<!\S)[•◦▪‣⁃]/g;
/** Any bullet: the search above tries its look-behind at every position, this one only reads the characters. */
const ANY_BULLET = /[•◦▪‣⁃]/;

interface Enumerator {
  readonly start: number;
  /** Offset of its period, or -1. */
  readonly period: number;
  readonly readings: ReadonlyArray<{ readonly style: string; readonly value: number }>;
}

export interface ListItems {
  /** Offsets where a list item starts a new sentence. */
  readonly starts: readonly number[];
  /** Offsets of enumerator periods, which end no sentence. */
  readonly marks: ReadonlySet<number>;
}

/** Most segments: no enumerator and no bullet. */
const NO_LIST_ITEMS: ListItems = { starts: [], marks: new Set() };

export function findListItems(text: string): ListItems {
  const enumerators = findEnumerators(text);
  const bullets = ANY_BULLET.test(text) ? [...text.matchAll(BULLET)].map((match) => match.index) : [];
  if (enumerators.length === 0 && bullets.length === 0) return NO_LIST_ITEMS;
  const chains = chainsOf(text, enumerators);
  const items = chains.filter((chain) => chain.length >= 2).flat();
  const marks = new Set(items.map((item) => item.period).filter((period) => period >= 0));
  const first = enumerators[0];
  if (first && first.period >= 0 && text.slice(0, first.start).trim() === '') marks.add(first.period);
  // `• 9. The item`: the bullet, not the number, starts the item.
  const numbered = items.filter((item) => !/[•◦▪‣⁃]\s*$/u.test(text.slice(Math.max(0, item.start - 8), item.start)));
  return { starts: [...numbered.map((item) => item.start), ...bullets], marks };
}

function findEnumerators(text: string): Enumerator[] {
  const enumerators: Enumerator[] = [];
  ENUMERATOR_END.lastIndex = 0;
  while (ENUMERATOR_END.test(text)) {
    const end = ENUMERATOR_END.lastIndex;
    if (!mayReadAsEnumerator(text, end)) continue;
    let start = end - 1;
    while (start > 0 && end - start <= MAX_ENUMERATOR_LENGTH && !isWhiteSpaceCode(text.charCodeAt(start - 1))) start--;
    if (end - start > MAX_ENUMERATOR_LENGTH) continue;
    const match = ENUMERATOR.exec(text.slice(start, end));
    if (!match) continue;
    const enumerator = toEnumerator(match, start);
    if (enumerator.readings.length > 0) enumerators.push(enumerator);
  }
  return enumerators;
}

/**
 * Whether the token whose `.` or `)` ends at `end` may be an enumerator with a reading: a label of
 * two or more characters reads only as a number or a Roman numeral, so it ends in a digit, i, v or x.
 * Most sentence ends (`года.`) are done here, before the token is cut out and matched.
 */
function mayReadAsEnumerator(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 2) === 0x2e ? end - 3 : end - 2;
  const code = text.charCodeAt(last);
  if ((code >= 0x30 && code <= 0x39) || (code >= 0xd800 && code <= 0xdfff) || ROMAN_DIGITS.includes(text.charAt(last))) return true;
  // A label of one character: the token starts right before it.
  const before = text.charCodeAt(last - 1);
  return Number.isNaN(before) || before === 0x28 || isWhiteSpaceCode(before);
}

const ROMAN_DIGITS = 'ivxIVX';

function toEnumerator(match: RegExpExecArray, start: number): Enumerator {
  const groups = match.groups ?? {};
  const label = groups['wrapped'] ?? groups['label'] ?? '';
  const mark = groups['wrapped'] !== undefined ? '()' : (groups['mark'] ?? '');
  const period = mark.startsWith('.') ? start + label.length : -1;
  return { start, period, readings: readingsOf(label).map((r) => ({ style: `${r.kind}${mark}`, value: r.value })) };
}

function readingsOf(label: string): Array<{ kind: string; value: number }> {
  if (/^\d+$/u.test(label)) return [{ kind: 'number', value: Number(label) }];
  const readings: Array<{ kind: string; value: number }> = [];
  const lower = label.toLowerCase();
  const caseName = label === lower ? 'lower' : label === label.toUpperCase() ? 'upper' : 'mixed';
  if (caseName === 'mixed') return readings;
  if (label.length === 1) {
    const index = LATIN.includes(lower) ? LATIN.indexOf(lower) : CYRILLIC.indexOf(lower);
    if (index >= 0) readings.push({ kind: `letter-${caseName}-${LATIN.includes(lower) ? 'latin' : 'cyrillic'}`, value: index + 1 });
  }
  if (ROMAN.test(label)) readings.push({ kind: `roman-${caseName}`, value: romanValue(lower) });
  return readings;
}

function romanValue(roman: string): number {
  const digits: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = digits[roman.charAt(i)] ?? 0;
    const next = digits[roman.charAt(i + 1)] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** Runs of enumerators of one style whose values go up by one, each opened where a list may start. */
function chainsOf(text: string, enumerators: readonly Enumerator[]): Enumerator[][] {
  const chains: Enumerator[][] = [];
  const open = new Map<string, { value: number; chain: Enumerator[] }>();
  for (const enumerator of enumerators) {
    for (const { style, value } of enumerator.readings) {
      const current = open.get(style);
      if (current && current.value + 1 === value) {
        current.chain.push(enumerator);
        current.value = value;
      } else if (mayOpenList(text, enumerator.start)) {
        const chain = [enumerator];
        chains.push(chain);
        open.set(style, { value, chain });
      }
    }
  }
  return chains.map((chain) => [...new Set(chain)]);
}

function mayOpenList(text: string, start: number): boolean {
  let i = start - 1;
  let lineBreak = false;
  while (i >= 0 && /\s/u.test(text.charAt(i))) {
    if (text.charAt(i) === '\n') lineBreak = true;
    i--;
  }
  return i < 0 || lineBreak || LIST_OPENER.test(text.charAt(i));
}
