import {
  classAt,
  codePointLength,
  isHighSurrogate,
  isLowSurrogate,
  lengthIfClass,
  LETTER,
  MARK,
  NUMBER,
  unitClass,
  UPPER,
} from '../../../text/characters.js';

/**
 * Runs of capitalized words in `text[from, to)`, read character by character. The grammar, as the pattern it
 * replaces wrote it (a search with that pattern tried its Unicode lookbehind at every character of the text):
 *
 *   (?<![\p{L}\p{N}]) WORD (?:[ \u00a0] (?:PARTICLE[ \u00a0])? (?:(?:\p{Lu}\.){1,3}(?=[ \u00a0]\p{Lu}) | WORD))*
 *   WORD = \p{Lu}[\p{L}\p{M}'’-]*
 *
 * Capitalized words are separated by single spaces, or by a lower-case particle (`Ursula von der Leyen`, one
 * particle per gap); initials (`Walter F. Williams`, `J.L. Edmonson`) may sit inside a run, never start one.
 * Nothing outside the range is read: a run starting at `from` has nothing before it.
 */

/** Lower-case particles inside names (`Ursula von der Leyen`, `Abu al-Hassan`). */
const PARTICLES = ['von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'dos', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'ter'];

const isGap = (c: number): boolean => c === 32 || c === 0xa0;

/** The class of the code point at `i`, a surrogate pair cut by `to` being a lone surrogate (no class). */
function classIn(text: string, i: number, to: number): number {
  if (i >= to || (i + 1 === to && isHighSurrogate(text.charCodeAt(i)))) return 0;
  return classAt(text, i);
}

const lengthIn = (text: string, i: number, to: number): number => (i + 1 < to ? codePointLength(text, i) : 1);
const upperAt = (text: string, i: number, to: number): boolean => (classIn(text, i, to) & UPPER) !== 0;

/** End of `[\p{L}\p{M}'’-]*` from `i`. */
function nameCharsEnd(text: string, i: number, to: number): number {
  let p = i;
  while (p < to) {
    const c = text.charCodeAt(p);
    // Nearly every character here is a letter outside the surrogates: its table entry settles it.
    if (c === 39 || c === 0x2019 || c === 45 || (unitClass(c) & (LETTER | MARK)) !== 0) {
      p += 1;
      continue;
    }
    const step = isHighSurrogate(c) ? lengthIfClass(text, p, LETTER | MARK) : 0;
    // A surrogate pair cut by `to` is a lone surrogate.
    if (step === 0 || p + step > to) break;
    p += step;
  }
  return p;
}

/** End of `(?:\p{Lu}\.){1,3}(?=[ \u00a0]\p{Lu})` at `i`, or -1. Only the longest repetition can meet the lookahead. */
function initialsEnd(text: string, i: number, to: number): number {
  let p = i;
  let count = 0;
  while (count < 3 && upperAt(text, p, to)) {
    const dot = p + lengthIn(text, p, to);
    if (dot >= to || text.charCodeAt(dot) !== 46) break;
    p = dot + 1;
    count += 1;
  }
  return count > 0 && p < to && isGap(text.charCodeAt(p)) && upperAt(text, p + 1, to) ? p : -1;
}

/** End of a word that continues a run (initials or a capitalized word) at `i`, or -1. */
function runWordEnd(text: string, i: number, to: number): number {
  const initials = initialsEnd(text, i, to);
  if (initials >= 0) return initials;
  return upperAt(text, i, to) ? nameCharsEnd(text, i + lengthIn(text, i, to), to) : -1;
}

/** The particles by first letter, `a` first: the letter after a gap leaves a few particles to compare, or none. */
const PARTICLES_BY_INITIAL: ReadonlyArray<readonly string[]> = Array.from({ length: 26 }, (_, k) => PARTICLES.filter((p) => p.charCodeAt(0) === 97 + k));

/** Offset after `particle ` at `i`, or -1. */
function particleEnd(text: string, i: number, to: number): number {
  if (i >= to) return -1;
  const initial = text.charCodeAt(i) - 97;
  // Every gap of a run is tried, and most words after one start with no particle's letter.
  if (initial < 0 || initial > 25) return -1;
  for (const particle of PARTICLES_BY_INITIAL[initial] ?? []) {
    const end = i + particle.length;
    if (end < to && isGap(text.charCodeAt(end)) && text.startsWith(particle, i)) return end + 1;
  }
  return -1;
}

/** End of the run starting with the capitalized word at `start`. */
function runEnd(text: string, start: number, to: number): number {
  let end = nameCharsEnd(text, start + lengthIn(text, start, to), to);
  while (end < to && isGap(text.charCodeAt(end))) {
    const afterGap = end + 1;
    const afterParticle = particleEnd(text, afterGap, to);
    const afterName = afterParticle >= 0 ? runWordEnd(text, afterParticle, to) : -1;
    const word = afterName >= 0 ? afterName : runWordEnd(text, afterGap, to);
    if (word < 0) break;
    end = word;
  }
  return end;
}

/** Is the code point before `i` a letter or digit, reading no further back than `from`? */
function wordCharBefore(text: string, i: number, from: number): boolean {
  if (i <= from) return false;
  const c = text.charCodeAt(i - 1);
  if (isLowSurrogate(c) && i - 2 >= from && isHighSurrogate(text.charCodeAt(i - 2))) return (classAt(text, i - 2) & (LETTER | NUMBER)) !== 0;
  // A lone surrogate is no letter; a unit that is not a surrogate is classified alone.
  return !isHighSurrogate(c) && !isLowSurrogate(c) && (classAt(text, i - 1) & (LETTER | NUMBER)) !== 0;
}

/** The first offset from `i` with a capital or a high surrogate (which may start one); `to` when there is none. */
function nextCandidate(text: string, i: number, to: number): number {
  // Most characters are no capital: one table look settles them, in a loop that does nothing else.
  for (let p = i; p < to; p++) {
    const c = text.charCodeAt(p);
    if ((unitClass(c) & UPPER) !== 0 || isHighSurrogate(c)) return p;
  }
  return to;
}

/** Start and end offsets of each run, in text order: `[start0, end0, start1, end1, …]`. */
export function capitalizedRuns(text: string, from: number, to: number): number[] {
  const runs: number[] = [];
  for (let i = nextCandidate(text, from, to); i < to; i = nextCandidate(text, i, to)) {
    if (upperAt(text, i, to) && !wordCharBefore(text, i, from)) {
      const end = runEnd(text, i, to);
      runs.push(i, end);
      i = end;
    } else {
      i += lengthIn(text, i, to);
    }
  }
  return runs;
}
