/**
 * Step 2 — candidates: every run of terminal punctuation may end a sentence; the run takes the
 * closing quotes and brackets after it (`great."`, `маму?».`) because they belong to the sentence.
 */
import { isWhiteSpaceCode } from '../../characters.js';
import type { Candidate, CandidateKind } from '../types.js';

/** A terminator, then any mix of terminators and closers (one class: no backtracking). */
const RUN = /[.!?…‽][.!?…‽»"”’')\]}]*/gu;
/** More periods, each after one space: the typographic ellipsis `. . .`. */
const SPACED_PERIODS = /(?: \.)+/y;
const CLOSERS = /[»"”’')\]}]*/y;
/** Reference numbers glued after the period (`consultation.11 12 Take`), kept before a capital. */
const REFERENCE = /\d{1,3}(?:[ ,]\d{1,3}){0,3}(?=\s+\p{Lu})/uy;
const REFERENCE_HOST = /(?:\p{L}{3}|[)\]])$/u;
/** A bracketed citation after the sentence (`documented. [12] Leaves`) belongs to it. */
const CITATION = /\s?\[\d{1,3}(?:[,–-]\s?\d{1,3}){0,5}\](?=\s+\p{Lu})/uy;
const STRONG = /[?!‽]/u;

export function findCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  // The shared pattern, restarted rather than copied (a copy is compiled anew for every segment):
  // nothing the loop calls searches with it.
  RUN.lastIndex = 0;
  for (let match = RUN.exec(text); match !== null; match = RUN.exec(text)) {
    const start = match.index;
    const marks = match[0];
    const spacedEnd = marks === '.' ? stickyEnd(SPACED_PERIODS, text, start + 1) : start + 1;
    if (spacedEnd > start + 1) {
      found.push(...spacedEllipsis(text, start, spacedEnd));
      RUN.lastIndex = stickyEnd(CLOSERS, text, spacedEnd);
      continue;
    }
    const end = marks === '.' ? referenceEnd(text, start) : start + marks.length;
    found.push(candidate(text, start, stickyEnd(CITATION, text, end), kindOf(marks)));
  }
  return found;
}

/**
 * `. . .` between words is a pause, never a boundary; four spaced periods end a sentence; a word's
 * own period followed by a spaced ellipsis ends the sentence when more text follows (the ellipsis
 * then opens the next one: `compounds. . . . The practice`).
 */
function spacedEllipsis(text: string, start: number, spacedEnd: number): Candidate[] {
  const periods = (spacedEnd - start + 1) / 2;
  const attached = start > 0 && !isWhiteSpaceCode(text.charCodeAt(start - 1));
  const whole = candidate(text, start, stickyEnd(CLOSERS, text, spacedEnd), 'ellipsis');
  if (attached && periods >= 3 && whole.next < text.length) {
    const rest = periods - 1 >= 4 ? [{ ...whole, start: start + 1 }] : [];
    return [candidate(text, start, start + 1, 'before-ellipsis'), ...rest];
  }
  return attached || periods >= 4 ? [whole] : [];
}

function referenceEnd(text: string, period: number): number {
  if (!REFERENCE_HOST.test(text.slice(Math.max(0, period - 3), period))) return period + 1;
  return Math.max(period + 1, stickyEnd(REFERENCE, text, period + 1));
}

function kindOf(marks: string): CandidateKind {
  if (STRONG.test(marks)) return 'strong';
  let periods = 0;
  for (const ch of marks) if (ch === '.' || ch === '…') periods += ch === '…' ? 3 : 1;
  return periods > 1 ? 'ellipsis' : 'period';
}

function candidate(text: string, start: number, end: number, kind: CandidateKind): Candidate {
  let next = end;
  while (next < text.length && isWhiteSpaceCode(text.charCodeAt(next))) next++;
  return { start, end, next, kind };
}

/** Where a sticky pattern matching at `from` ends (`from` when it does not match). */
function stickyEnd(pattern: RegExp, text: string, from: number): number {
  pattern.lastIndex = from;
  return pattern.exec(text) === null ? from : pattern.lastIndex;
}
