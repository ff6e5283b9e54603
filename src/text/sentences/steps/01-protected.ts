/**
 * Step 1 — protected regions: a sentence does not end inside a quotation, brackets, a URL or an
 * e-mail address (`"Stop. Wait," he said.` is one sentence, as pragmatic_segmenter has it).
 *
 * The result answers for each gap `i` (before `text[i]`) whether a boundary there would fall
 * strictly inside a protected region. A gap right after a closing quote is outside, so
 * `"This is great." She held` still splits after the quote.
 */
import type { ProtectedGaps } from '../types.js';

/**
 * A stray mark must not swallow a whole paragraph: pairs farther apart than this protect nothing.
 * Single quotes double as apostrophes (`players' union`), so they get a shorter reach.
 */
const PAIR_REACH = 1000;
const SINGLE_QUOTE_REACH = 600;

// Anchored at a token start (one-character lookbehind) so a failed match costs one step per character.
const URL = /(?<![\p{L}\p{N}])(?:https?:\/\/|www\.)[^\s<>"«»“”]+/giu;
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const TRAILING_URL_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '"', "'", '»', '”', '’', '…']);

const BRACKETS: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };
const OPENING_CONTEXT = /[\s([{«“„‘"']/u;
const CLOSING_CONTEXT = /[\s.,;:!?…)\]}»”’"'—–\-/]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;

export function protectedGaps(text: string): ProtectedGaps {
  // Flat pairs of first and last protected gap; most segments have none.
  const ranges: number[] = [];
  const protect = (from: number, to: number): void => {
    if (to >= from) ranges.push(from, to);
  };
  protectPairs(text, protect);
  protectAddresses(text, protect);
  return ranges.length === 0 ? NOTHING_PROTECTED : unionOf(ranges);
}

const NOTHING_PROTECTED: ProtectedGaps = { has: () => false };

/** The union of the ranges as sorted, disjoint runs, searched by bisection. */
function unionOf(ranges: readonly number[]): ProtectedGaps {
  const starts: number[] = [];
  const ends: number[] = [];
  const byStart = [...Array(ranges.length / 2).keys()].sort((a, b) => ranges[2 * a]! - ranges[2 * b]!);
  for (const k of byStart) {
    const from = ranges[2 * k]!;
    const to = ranges[2 * k + 1]!;
    const last = ends.length - 1;
    if (last >= 0 && from <= ends[last]! + 1) ends[last] = Math.max(ends[last]!, to);
    else {
      starts.push(from);
      ends.push(to);
    }
  }
  return {
    has: (gap) => {
      // `low` ends as the number of runs starting at or before the gap.
      let low = 0;
      let high = starts.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (starts[middle]! <= gap) low = middle + 1;
        else high = middle;
      }
      return low > 0 && gap <= ends[low - 1]!;
    },
  };
}

/**
 * URLs and e-mails: every gap inside them, none at their edges. Both patterns need a literal a
 * plain search finds far faster (`://` or `www.`, `@`), so text without one skips them.
 */
function protectAddresses(text: string, protect: (from: number, to: number) => void): void {
  if (text.includes('://') || WWW.test(text)) protectMatches(text, URL, protect);
  if (text.includes('@')) protectMatches(text, EMAIL, protect);
}

/** `www.` in any letter case: no other character folds to `w` (01-protected.test.ts checks). */
const WWW = /www\./i;

function protectMatches(text: string, pattern: RegExp, protect: (from: number, to: number) => void): void {
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    let end = start + match[0].length;
    while (end > start && TRAILING_URL_PUNCTUATION.has(text.charAt(end - 1))) end--;
    protect(start + 1, end - 1);
  }
}

const charAt = (text: string, i: number): string => (i >= 0 && i < text.length ? text.charAt(i) : ' ');
const opensAfter = (text: string, i: number): boolean => OPENING_CONTEXT.test(charAt(text, i - 1));
const closesBefore = (text: string, i: number): boolean => CLOSING_CONTEXT.test(charAt(text, i + 1));
const isApostrophe = (text: string, i: number): boolean =>
  LETTER_OR_DIGIT.test(charAt(text, i - 1)) && LETTER_OR_DIGIT.test(charAt(text, i + 1));

/** Every character the pairing below acts on; a search for the next skips the rest of the text at once. */
const MARKS = /[([{«)\]}»„“”"'‘’]/g;

/** Quotation marks and brackets paired left to right; unpaired marks protect nothing. */
function protectPairs(text: string, protect: (from: number, to: number) => void): void {
  const pair = (open: number | undefined, close: number, reach: number): void => {
    if (open !== undefined && close - open <= reach) protect(open + 1, close);
  };
  const brackets = new Map<string, number[]>([['(', []], ['[', []], ['{', []], ['«', []]]);
  // One stack for all double quotes: real text mixes them (`“Quote," he said`, `„Цитата“`).
  const double: number[] = [];
  let straightSingle = -1;
  let curlySingle = -1;

  MARKS.lastIndex = 0;
  while (MARKS.test(text)) {
    const i = MARKS.lastIndex - 1;
    const ch = text.charAt(i);
    switch (ch) {
      case '(':
      case '[':
      case '{':
      case '«':
        brackets.get(ch)?.push(i);
        break;
      case ')':
      case ']':
      case '}':
      case '»':
        pair(brackets.get(BRACKETS[ch] ?? '«')?.pop(), i, PAIR_REACH);
        break;
      case '„':
        double.push(i);
        break;
      case '“': {
        // Russian and German close `„` with `“`; English opens with it.
        const top = double.at(-1);
        if (top !== undefined && text.charAt(top) === '„') pair(double.pop(), i, PAIR_REACH);
        else double.push(i);
        break;
      }
      case '”':
        pair(double.pop(), i, PAIR_REACH);
        break;
      case '"': {
        // An inch mark (`6 3/4"`) is no quote.
        if (DIGIT.test(charAt(text, i - 1)) && closesBefore(text, i)) break;
        if (double.length > 0 && !opensAfter(text, i)) pair(double.pop(), i, PAIR_REACH);
        else if (!closesBefore(text, i)) double.push(i);
        break;
      }
      case "'":
      case '‘':
      case '’': {
        if (isApostrophe(text, i)) break;
        const pending = ch === "'" ? straightSingle : curlySingle;
        const canOpen = ch !== '’' && opensAfter(text, i) && !closesBefore(text, i) && !DIGIT.test(charAt(text, i + 1));
        const canClose = ch !== '‘' && !opensAfter(text, i) && closesBefore(text, i);
        let next = pending;
        if (canClose && pending >= 0) {
          pair(pending, i, SINGLE_QUOTE_REACH);
          next = -1;
        } else if (canOpen) next = i;
        if (ch === "'") straightSingle = next;
        else curlySingle = next;
        break;
      }
    }
  }
}
