import type { DateMention } from '../../../types/record.js';
import type { CalendarDay } from './calendar.js';
import type { Gate } from './gates.js';

export type Mod = NonNullable<DateMention['mod']>;

/** Turns the document's published day into a value; null when the expression names no real date. */
export type Resolve = (ref: CalendarDay) => string | null;

/**
 * What a rule read from its match. A string value is stated by the text itself; a `Resolve` is
 * inferred from the published date (chrono's known vs implied values), which makes it relative.
 */
export interface Parsed {
  readonly value: string | Resolve;
  readonly mod?: Mod;
  /**
   * The reading when the sentence speaks of the future (`will meet on Thursday`): a weekday or a
   * month without a year then lies ahead of the published day instead of behind or nearest.
   */
  readonly future?: Resolve;
  /**
   * Take the `future` reading when the clause has no tense cue at all: a weekday in a heading, an
   * agenda line or a bare phrase (`Friday: talks resume`) is a schedule. A month and day is not
   * (`the Aug. 7 bombings`).
   */
  readonly aheadWithoutTense?: boolean;
  /**
   * A reference to the quarter the document reports on (`the quarter`, `the year-ago quarter`):
   * its value is the latest quarter stated before it, shifted by `years`, filled in per document
   * (`resolveAnaphora`); without such a quarter it is dropped. With `comparison` (`a year ago`) it
   * is such a reference only when it compares figures (`from $93 million a year ago`) and keeps
   * its own value otherwise.
   */
  readonly anaphor?: { readonly years: number; readonly comparison?: boolean };
  /**
   * A bare number that only looks like a year; kept only when a refiner finds it listed beside
   * a real date (`in 2017 and 2019`).
   */
  readonly weak?: boolean;
}

export type Groups = Readonly<Record<string, string | undefined>>;

/** A rule (Duckling-style record): a pattern with named groups and a production; no offsets. */
export interface Rule {
  readonly name: string;
  readonly pattern: RegExp;
  readonly extract: (groups: Groups) => Parsed | null;
  /**
   * Cheap literal tests every match must pass (each one must find something in the text): a text
   * that fails one cannot hold a match, so the costly pattern is not run on it. Most paragraphs
   * have no `century`, `quarter` or month name; skipping those rules halves the scan.
   */
  readonly requires: readonly Gate[];
}

/**
 * A letter or digit (`[\p{L}\p{N}]`) as the one character behind or ahead, ASCII tested first:
 * V8 runs a rule's edge test at every position of the text, and the full Unicode class costs
 * several times more there than the ASCII range that settles most characters. Under `iu` the
 * ASCII range also takes `ſ` and the Kelvin sign (both letters), and the non-ASCII branch then
 * skips them, so the union is exactly the class (rule.test.ts checks every character).
 */
export const LETTER_OR_DIGIT_BEHIND = '[a-zA-Z0-9]|(?=[\\p{L}\\p{N}])[^\\x00-\\x7F]';
export const LETTER_OR_DIGIT_AHEAD = '[a-zA-Z0-9]|(?=[^\\x00-\\x7F])[\\p{L}\\p{N}]';

/** Left and right edges of a token: no letter or digit glued on (works for Cyrillic, unlike `\b`). */
/** A year as the rules read it: 1000–2100. */
export const YEAR = '(?<year>1\\d{3}|20\\d{2}|2100)';

/**
 * What must stand before a year, tested once its four digits are read: `${YEAR}${beforeYear(…)}`
 * matches what `(?<=…)${YEAR}` does. A pattern that starts with a lookbehind makes V8 run it at
 * every position of the text; one that starts with the digits lets it skip to the next `1` or
 * `2`, several times faster on text with few years.
 */
export const beforeYear = (behind: string): string => `(?<=(?:${behind})\\d{4})`;

/** A matched phrase as vocabulary keys spell it: lower case, one space between words. */
export const lower = (s: string | undefined): string => (s ?? '').toLowerCase().replace(/\s+/g, ' ');

export const L = `(?<!${LETTER_OR_DIGIT_BEHIND})`;
export const R = `(?!${LETTER_OR_DIGIT_AHEAD})`;

/**
 * Builds a rule; every pattern is global, case-insensitive and Unicode-aware. `requires` are the
 * literal tests a match cannot pass without (see `Rule.requires`), e.g. `containsOne(MONTHS)`.
 */
export function rule(name: string, source: string, extract: (groups: Groups) => Parsed | null, requires: readonly Gate[] = []): Rule {
  return { name, pattern: new RegExp(source, 'giu'), extract, requires };
}

/** Alternation of literal words, longest first so a prefix never shadows a longer word. */
export function oneOf(words: Iterable<string>): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})`;
}

/**
 * Lookahead refusing a number followed by a lower-case content word (`в 1500 километрах`,
 * `in 2000 people`): then it counts things. Function words are allowed after a year.
 */
export function notCounting(functionWords: readonly string[], verbEndings: readonly string[] = []): string {
  const verbs = verbEndings.length ? `|\\p{Ll}+${oneOf(verbEndings)}${R}` : '';
  return `(?!\\s+(?!${oneOf(functionWords)}${R}${verbs})\\p{Ll})`;
}
