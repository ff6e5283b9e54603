/**
 * The language-independent number engine: phrase tables compiled from vocabulary data, digit
 * reading, numeral composition (words and digits with scales), unit attachment, and the scan over a
 * segment. Language modules (`en.ts`, `ru.ts`) supply vocabulary and their digit conventions.
 *
 * Every regular expression here is either sticky on a single position, anchored on a short slice, or
 * an alternation of literals: the scan stays linear on any input.
 */
import type { FoundNumber } from '../types.js';
import { CODE_ALIASES, CODE_SCALE_PREFIXES, CURRENCY_SIGNS, ISO_CODES, SHARED_UNIT_ABBREVIATIONS } from './units.js';
import type { CurrencyMeaning } from './units.js';
import type { Idiom, NumberWord, ScaleAbbreviation, Vocabulary } from './vocabulary.js';
import { codeAt, isAsciiDigitCode, isWhiteSpaceCode } from '../../../text/characters.js';
import { foldKey, foldWord, isLetterAt, isLetterUnit, isWordCharUnit, phraseTable, wordEnd, wordTable } from './phrases.js';
import type { PhraseTable, WordTable } from './phrases.js';

export { phraseTable } from './phrases.js';
export type { Boundary, PhraseTable } from './phrases.js';

export type NumberKind = FoundNumber['kind'];

/* ------------------------------------------------------------------ scanning helpers */

const HYPHEN = 0x2d;
const NON_BREAKING_HYPHEN = 0x2011;
const MINUS = 0x2212;
const PLUS = 0x2b;
const DOT = 0x2e;

/** JavaScript's `\s` at `pos`; false outside the text. */
const isSpaceAt = (text: string, pos: number): boolean => isWhiteSpaceCode(codeAt(text, pos));

/** Skips up to eight spaces other than a line break (a numeral does not run across lines). */
function skipSpaces(text: string, pos: number): number {
  let p = pos;
  while (p < text.length && p - pos < 8 && text.charCodeAt(p) !== 10 && isWhiteSpaceCode(text.charCodeAt(p))) p++;
  return p;
}

function wordAt(text: string, pos: number): string | null {
  const end = wordEnd(text, pos);
  return end === pos ? null : text.slice(pos, end);
}

/** The word ending right before `pos` (skipping spaces), lower case. */
function previousWord(text: string, pos: number, limit: number): string | null {
  let end = pos;
  while (end > limit && isSpaceAt(text, end - 1)) end--;
  let start = end;
  while (start > limit && isLetterUnit(codeAt(text, start - 1))) start--;
  return start < end ? text.slice(start, end).toLowerCase() : null;
}

/* ------------------------------------------------------------------ digits */

/** A number written in digits. */
export interface DigitNumber {
  readonly end: number;
  readonly value: number;
  /** Written with a decimal part or group separators (`1.2`, `1,674`): a trailing `M`/`G` is a scale. */
  readonly precise: boolean;
  /** Plain digits only (`1996`): the only form a year takes. */
  readonly plain: boolean;
}

export type DigitReader = (text: string, pos: number) => DigitNumber | null;

const MAX_DIGITS = 40;
// At most nine groups: a long run of separated digits is re-read from each cut, so a bound keeps it linear.
const MAX_SEPARATED_GROUPS = 8;

const isGroupSeparatorCode = (code: number): boolean => code === DOT || code === 0x2c || code === 0xa0 || code === 0x2009 || code === 0x202f || code === 0x20;

function digitsEnd(text: string, pos: number): number {
  let p = pos;
  while (isAsciiDigitCode(codeAt(text, p))) p++;
  return p;
}

/** The end of the run of digits and separators at `pos` (`\d+(?:[.,\u00A0\u2009\u202F ]\d+){0,8}`), or `pos` when no digit is there. */
function digitRunEnd(text: string, pos: number): number {
  let p = digitsEnd(text, pos);
  if (p === pos) return pos;
  for (let groups = 0; groups < MAX_SEPARATED_GROUPS && isGroupSeparatorCode(codeAt(text, p)) && isAsciiDigitCode(codeAt(text, p + 1)); groups++) p = digitsEnd(text, p + 1);
  return p;
}

/** Digits that a double holds exactly, so adding them up gives what `Number` parses. */
const EXACT_DIGITS = 15;

/** The value of the plain digits `[start, end)`. */
function integerValue(text: string, start: number, end: number): number {
  if (end - start > EXACT_DIGITS) return Number(text.slice(start, end));
  let value = 0;
  for (let p = start; p < end; p++) value = value * 10 + (text.charCodeAt(p) - 48);
  return value;
}

/** One way of reading the start of a run of digits and separators, in order of preference. */
export interface DigitFormat {
  /** Matches runs with separators only: a run of plain digits is never tried against it. */
  readonly pattern: RegExp;
  readonly decimal: '.' | ',';
  readonly group: RegExp;
}

const EXPONENT = /[eE](?<exponent>[+-]?\d{1,3})(?![\p{L}\p{N}])/uy;
const POWER = /\^(?<power>[+-]?\d{1,3})(?![\p{L}\p{N}.])/uy;

/** "12.32e+14": scientific notation after a decimal number. */
function withExponent(text: string, n: DigitNumber): DigitNumber {
  const ch = codeAt(text, n.end);
  if (ch !== 0x65 && ch !== 0x45) return n;
  EXPONENT.lastIndex = n.end;
  const m = EXPONENT.exec(text);
  const exponent = m?.groups?.exponent;
  return m === null || exponent === undefined ? n : { ...n, end: n.end + m[0].length, value: n.value * 10 ** Number(exponent) };
}

/** "10^6", "2.5^-1": a power of the number. */
function withPower(text: string, n: DigitNumber): DigitNumber {
  if (codeAt(text, n.end) !== 0x5e) return n;
  POWER.lastIndex = n.end;
  const m = POWER.exec(text);
  const power = m?.groups?.power;
  return m === null || power === undefined ? n : { end: n.end + m[0].length, value: n.value ** Number(power), precise: true, plain: false };
}

/** Builds a digit reader from formats tried in order; plain digits are always the last resort. */
export function digitReader(formats: readonly DigitFormat[]): DigitReader {
  return (text, pos) => {
    const start = codeAt(text, pos) === DOT ? pos + 1 : pos;
    const runEnd = digitRunEnd(text, start);
    // A run of more digits than any quantity has is a code or noise, not a number.
    if (runEnd === start || runEnd - start > MAX_DIGITS) return null;
    const integerEnd = digitsEnd(text, start);
    if (start > pos) {
      // ".08": a decimal with no integer part; only its first group belongs to it.
      return { end: integerEnd, value: Number(`0.${text.slice(start, integerEnd)}`), precise: true, plain: false };
    }
    // "nrs. 22,24,26,31": after a comma-separated number, the rest of the list is plain numbers.
    const inList = codeAt(text, pos - 1) === 0x2c && isAsciiDigitCode(codeAt(text, pos - 2));
    if (runEnd > integerEnd && !inList) {
      const run = text.slice(pos, runEnd);
      for (const format of formats) {
        const f = format.pattern.exec(run);
        if (f === null) continue;
        const [integer = '', fraction] = f[0].split(format.decimal) as [string, string | undefined];
        const value = Number(`${integer.replace(format.group, '')}.${fraction ?? '0'}`);
        return withPower(text, withExponent(text, { end: pos + f[0].length, value, precise: true, plain: false }));
      }
    }
    return withPower(text, { end: integerEnd, value: integerValue(text, pos, integerEnd), precise: false, plain: true });
  };
}

/* ------------------------------------------------------------------ the compiled language */

/** What a language module hands the engine. */
export interface LanguageRules {
  readonly code: string;
  readonly vocabulary: Vocabulary;
  readonly readDigits: DigitReader;
  /**
   * An ordinal or case ending glued to digits (`3rd`, `15-й`, `2-х`): its end and whether it makes
   * the number an ordinal; null when there is none.
   */
  readonly digitSuffix: (text: string, pos: number, value: number) => { end: number; ordinal: boolean } | null;
}

interface UnitMeaning {
  readonly kind: 'percent' | 'quantity';
  readonly unit: string;
}

export interface CompiledLanguage {
  readonly rules: LanguageRules;
  /** Number words, looked up in place (the text is masked, so it holds no `ё` to fold). */
  readonly words: WordTable<NumberWord>;
  readonly scales: PhraseTable<ScaleAbbreviation>;
  readonly currencyBefore: PhraseTable<CurrencyMeaning>;
  readonly currencyAfter: PhraseTable<CurrencyMeaning>;
  readonly cents: PhraseTable<true>;
  readonly units: PhraseTable<UnitMeaning>;
  readonly approximateBefore: PhraseTable<true>;
  readonly approximateAfter: PhraseTable<true>;
  readonly signs: PhraseTable<-1 | 1>;
  readonly joins: PhraseTable<true>;
  readonly centJoins: PhraseTable<true>;
  readonly fractionTails: PhraseTable<number>;
  readonly fractionOfScaleJoins: PhraseTable<true>;
  readonly decimalPoints: PhraseTable<true>;
  readonly ratioJoins: PhraseTable<'anywhere' | 'closing'>;
  readonly idioms: ReadonlyMap<string, ReadonlyArray<{ before: ReadonlySet<string> | null; after: PhraseTable<true> | null }>>;
  readonly yearBefore: ReadonlySet<string>;
  readonly yearAfter: PhraseTable<true>;
  readonly rangeJoins: PhraseTable<true>;
  readonly rangeOpeners: ReadonlySet<string>;
  readonly openedRangeJoins: PhraseTable<true>;
  /**
   * Words that can start a mention (a filter: case is folded): `word` for number and sign words,
   * `currency` for the leading words of currencies before amounts (`us` of `US$`, `USD`, `ringgit`),
   * which start one only where the currency matches.
   */
  readonly startWords: WordTable<'word' | 'currency'>;
}

const flag = (list: readonly string[]): Array<readonly [string, true]> => list.map((s) => [s, true] as const);

function codeCurrencies(): Array<readonly [string, CurrencyMeaning]> {
  return ISO_CODES.flatMap((code) => {
    const meaning = { code: CODE_ALIASES[code] ?? code };
    return [[code, meaning] as const, ...CODE_SCALE_PREFIXES.map(([prefix, multiplier]) => [`${prefix}${code}`, { ...meaning, multiplier }] as const)];
  });
}

function compileIdioms(idioms: readonly Idiom[]): CompiledLanguage['idioms'] {
  const byWord = new Map<string, Array<{ before: ReadonlySet<string> | null; after: PhraseTable<true> | null }>>();
  for (const idiom of idioms) {
    const list = byWord.get(idiom.word) ?? [];
    list.push({
      before: idiom.before ? new Set(idiom.before) : null,
      after: idiom.after ? phraseTable(flag(idiom.after)) : null,
    });
    byWord.set(idiom.word, list);
  }
  return byWord;
}

export function compileLanguage(rules: LanguageRules): CompiledLanguage {
  const v = rules.vocabulary;
  const words = new Map(v.words.map(([w, meaning]) => [w.replace(/ё/g, 'е'), meaning] as const));
  const codes = codeCurrencies();
  const signStarts = v.signWords.map(([w]) => w);
  // The letters leading a currency written before an amount (`us` of `US$`, `USD`, `ringgit`).
  const currencyStarts = [...CURRENCY_SIGNS, ...codes, ...v.currencyWordsBefore].map(([w]) => w.slice(0, wordEnd(w, 0))).filter((w) => w !== '');
  return {
    rules,
    words: wordTable(words),
    scales: phraseTable(v.scaleAbbreviations, true),
    currencyBefore: combine([phraseTable(CURRENCY_SIGNS, false, 'letter'), phraseTable(codes, true, 'letter'), phraseTable(v.currencyWordsBefore, false, 'letter')]),
    currencyAfter: combine([phraseTable(codes, true), phraseTable(CURRENCY_SIGNS), phraseTable(v.currencyWords)]),
    cents: phraseTable(flag(v.centWords)),
    units: combine<UnitMeaning>([
      phraseTable(v.percentWords.map(([w, unit]) => [w, { kind: 'percent', unit }] as const)),
      phraseTable(SHARED_UNIT_ABBREVIATIONS.map(([w, unit]) => [w, { kind: 'quantity', unit }] as const), true),
      phraseTable(v.unitWords.map(([w, unit]) => [w, { kind: 'quantity', unit }] as const)),
    ]),
    approximateBefore: phraseTable(flag(v.approximateBefore)),
    approximateAfter: phraseTable(flag(v.approximateAfter)),
    signs: phraseTable(v.signWords),
    joins: phraseTable(flag(v.joinWords)),
    centJoins: phraseTable(flag(v.centJoinWords)),
    fractionTails: phraseTable(v.fractionTails),
    fractionOfScaleJoins: phraseTable(flag(v.fractionOfScaleJoins)),
    decimalPoints: phraseTable(flag(v.decimalPoints)),
    ratioJoins: phraseTable(v.ratioJoins),
    idioms: compileIdioms(v.idioms),
    yearBefore: new Set(v.yearBefore),
    yearAfter: phraseTable(flag(v.yearAfter)),
    rangeJoins: phraseTable(flag(v.rangeJoins)),
    rangeOpeners: new Set(v.rangeOpeners),
    openedRangeJoins: phraseTable(flag(v.openedRangeJoins)),
    startWords: wordTable(startWords([...words.keys(), ...signStarts], currencyStarts)),
  };
}

function startWords(words: readonly string[], currencyStarts: readonly string[]): Map<string, 'word' | 'currency'> {
  const starts = new Map<string, 'word' | 'currency'>();
  for (const w of currencyStarts) starts.set(foldKey(w, false), 'currency');
  for (const w of words) starts.set(foldKey(w, false), 'word');
  return starts;
}

/** The longest match of several tables (case-sensitive codes beside case-insensitive words). */
function combine<T>(tables: ReadonlyArray<PhraseTable<T>>): PhraseTable<T> {
  return {
    canStart(text, pos) {
      for (const t of tables) if (t.canStart(text, pos)) return true;
      return false;
    },
    match(text, pos) {
      let best: { end: number; meaning: T } | null = null;
      for (const t of tables) {
        const m = t.match(text, pos);
        if (m !== null && (best === null || m.end > best.end)) best = m;
      }
      return best;
    },
    matchBefore(text, end) {
      let best: { start: number; meaning: T } | null = null;
      for (const t of tables) {
        const m = t.matchBefore(text, end);
        if (m !== null && (best === null || m.start < best.start)) best = m;
      }
      return best;
    },
  };
}

/* ------------------------------------------------------------------ numerals */

/** A numeral: digits and/or number words, fully scaled. */
export interface Numeral {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly ordinal: boolean;
  /** The multiplier of the last scale word or abbreviation (1 when none). */
  readonly scale: number;
  /** The value before that scale (`5` in `5 billion`), for ranges like `5-7 billion`. */
  readonly base: number;
  /** The only word, when the numeral is one number word (idioms apply to those). */
  readonly singleWord: string | null;
  /** Plain digits only, no suffix or scale. */
  readonly plain: boolean;
  /** Written at least partly in words. */
  readonly hasWords: boolean;
  /** Ends in a plural ordinal (`twenty-firsts`): only a denominator. */
  readonly plural: boolean;
}

type Role = NumberWord['role'] | 'digits' | 'start' | 'join' | 'tail';

/** The running state of numeral composition. */
interface Composition {
  total: number;
  hundreds: number;
  small: number;
  last: Role;
  lastScale: number;
  atoms: number;
  article: boolean;
  scale: number;
  base: number;
}

interface Atom {
  readonly end: number;
  readonly word: NumberWord | null;
  readonly text: string;
  readonly digits: DigitNumber | null;
}

function readAtom(lang: CompiledLanguage, text: string, pos: number, limit: number): Atom | null {
  const ch = codeAt(text, pos);
  if (isAsciiDigitCode(ch) || (ch === DOT && isAsciiDigitCode(codeAt(text, pos + 1)))) {
    const digits = lang.rules.readDigits(text, pos);
    return digits === null || digits.end > limit ? null : { end: digits.end, word: null, text: '', digits };
  }
  const end = wordEnd(text, pos);
  if (end === pos || end > limit) return null;
  const word = lang.words.get(text, pos, end);
  return word === undefined ? null : { end, word, text: foldWord(text.slice(pos, end)), digits: null };
}

/**
 * Applies a cardinal word or digits to the composition; false when it cannot continue it. `alone`
 * lets a scale word open a numeral by itself (`тысяча`, `миллион`: one thousand, one million).
 */
function apply(c: Composition, role: Role, value: number, alone = false): boolean {
  const group = c.hundreds + c.small;
  switch (role) {
    case 'unit':
      if (c.last === 'tens' && c.small % 10 === 0 && value >= 1 && value < 10 && Number.isInteger(value)) break;
      if (c.small !== 0 || c.last === 'digits' || c.last === 'unit' || c.last === 'teen') return false;
      break;
    case 'teen':
    case 'tens':
      if (c.small !== 0 || c.last === 'digits') return false;
      break;
    case 'digits':
      if (c.atoms > 0 && !((c.last === 'scale' && value < c.lastScale) || ((c.last === 'join' || c.last === 'hundred') && value < 100))) return false;
      if (c.atoms > 0 && (!Number.isInteger(value) || value === 0)) return false;
      break;
    case 'hundreds':
      if (group !== 0 || !(c.last === 'start' || c.last === 'scale')) return false;
      c.hundreds = value;
      c.last = role;
      return true;
    case 'hundred':
      // "hundred thousand dollars": a bare "hundred" opens a numeral as one hundred.
      if (c.hundreds !== 0 || c.small >= 100 || (c.small === 0 && !c.article && !(alone && c.atoms === 0))) return false;
      c.hundreds = (c.small === 0 ? 1 : c.small) * 100;
      c.small = 0;
      c.article = false;
      c.last = role;
      return true;
    case 'scale': {
      const g = group === 0 && (c.article || (alone && c.atoms === 0)) ? 1 : group;
      if (g === 0) {
        // "three thousand millions": a larger scale multiplies everything so far.
        if (c.total === 0 || value <= c.lastScale) return false;
        c.base = c.total;
        c.total *= value;
      } else {
        if (value >= c.lastScale) return false;
        c.base = g;
        c.total += g * value;
      }
      c.hundreds = 0;
      c.small = 0;
      c.article = false;
      c.lastScale = value;
      c.scale = value;
      c.last = role;
      return true;
    }
    case 'dozen':
      if (c.small !== 0) c.small *= 12;
      else if (c.hundreds !== 0) c.hundreds *= 12;
      else if (c.article) c.small = 12;
      else return false;
      c.article = false;
      c.last = role;
      return true;
    default:
      return false;
  }
  c.small += value;
  c.article = false;
  c.last = role;
  return true;
}

const valueOf = (c: Composition): number => c.total + c.hundreds + c.small + (c.article ? 1 : 0);

function fractionFollows(text: string, pos: number): boolean {
  // A lone "a fifth"/"one third" is a fraction when nothing but "of" or punctuation follows.
  const next = skipSpaces(text, pos);
  const w = wordAt(text, next);
  return w === null || w.toLowerCase() === 'of';
}

/**
 * Reads a numeral at `pos`: digits with an ordinal suffix or a scale abbreviation, number words,
 * or a mix (`4 thousand 3 hundred`, `1,674.5 million`, `двадцать первого`, `three and a half`).
 */
export function readNumeral(lang: CompiledLanguage, text: string, pos: number, limit: number, money: boolean, asDenominator = false): Numeral | null {
  const c: Composition = { total: 0, hundreds: 0, small: 0, last: 'start', lastScale: Infinity, atoms: 0, article: false, scale: 1, base: 0 };
  let end = pos;
  let ordinal = false;
  let fraction: number | null = null;
  let singleWord: string | null = null;
  let plain = false;
  let hasWords = false;
  let plural = false;
  let bareHundred = false;
  let digitLed = false;
  let cursor = pos;
  // The composition before a join word, restored when nothing after the join continues the numeral.
  let beforeJoin: Composition | null = null;

  for (;;) {
    const spoken = c.atoms > 0 && !digitLed && !c.article && SPOKEN_DECIMAL_AFTER.has(c.last) ? readSpokenDecimal(lang, text, cursor, limit) : null;
    if (spoken !== null) {
      // "two point five", "one point two million": the decimal joins the group a scale may multiply.
      c.small += spoken.value;
      c.last = 'tail';
      end = spoken.end;
      cursor = skipSpaces(text, end);
      continue;
    }
    if (c.atoms > 0 && c.last !== 'tail' && fraction === null) {
      const tail = lang.fractionTails.match(text, cursor);
      if (tail !== null && tail.end <= limit && c.last !== 'join') {
        // "a million and a half" is a million and a half of a million, "three and a half" a half of one.
        if (c.last === 'scale') c.total += tail.meaning * c.lastScale;
        else c.small += tail.meaning;
        c.last = 'tail';
        end = tail.end;
        cursor = skipSpaces(text, end);
        plain = false;
        continue;
      }
    }
    const atom = readAtom(lang, text, cursor, limit);
    if (atom === null) break;
    const word = atom.word;
    if (atom.digits !== null) {
      if (asDenominator || c.last === 'tail' || !apply(c, 'digits', atom.digits.value)) break;
      c.atoms++;
      if (c.atoms === 1) digitLed = true;
      end = atom.end;
      plain = c.atoms === 1 && atom.digits.plain;
      const suffix = c.atoms === 1 ? lang.rules.digitSuffix(text, end, atom.digits.value) : null;
      const ratio = c.atoms === 1 && suffix === null && atom.digits.plain ? readDigitFraction(text, end, atom.digits.value) ?? readMixedFraction(text, end, atom.digits.value) : null;
      if (ratio !== null) {
        fraction = ratio.value;
        end = ratio.end;
        plain = false;
        break;
      }
      if (suffix !== null) {
        end = suffix.end;
        plain = false;
        if (suffix.ordinal) {
          ordinal = true;
          break;
        }
      } else {
        const scale = readScaleAbbreviation(lang, text, end, limit, atom.digits, money);
        if (scale !== null) {
          c.base = c.hundreds + c.small;
          c.total += c.base * scale.multiplier;
          c.hundreds = 0;
          c.small = 0;
          c.scale = scale.multiplier;
          c.lastScale = scale.multiplier;
          c.last = 'scale';
          end = scale.end;
          plain = false;
        }
      }
    } else if (word !== null) {
      // "$ 280 million first preferred": after digits only multipliers continue a numeral.
      if (digitLed && word.role !== 'hundred' && word.role !== 'scale' && word.role !== 'dozen') break;
      hasWords = true;
      if (c.last === 'tail' && word.role !== 'scale') break;
      if (word.role === 'article') {
        if (c.atoms > 0) break;
        c.article = true;
      } else if (word.role === 'fraction') {
        const numerator = c.atoms > 0 && !c.article ? valueOf(c) : 1;
        if (c.atoms === 0 && word.counted === true) break;
        if (c.atoms > 0 && !c.article && word.denominator !== true) break;
        if (c.atoms === 0 && word.onlyDenominator === true) break;
        fraction = numerator / word.value;
        end = atom.end;
        c.atoms++;
        break;
      } else if (word.ordinal === true && asDenominator) {
        // A denominator is an ordinal numeral, plural or not ("twenty-firsts", "hundred fifth").
        if (c.article || !apply(c, word.role, word.value, true)) break;
        ordinal = true;
        plural = word.onlyDenominator === true;
        c.atoms++;
        end = atom.end;
        break;
      } else if (word.ordinal === true) {
        const numerator = valueOf(c);
        const lone = c.atoms === 0 || (c.atoms === 1 && (c.article || (c.small === 1 && c.last === 'unit')));
        if (word.onlyDenominator === true) {
          // "firsts" only closes a compound denominator ("three twenty-firsts").
          if (c.atoms === 0 || word.value < 2) break;
          fraction = numerator / word.value;
        } else if (lone && c.atoms > 0 && word.value >= 3 && fractionFollows(text, atom.end)) {
          fraction = 1 / word.value;
        } else if (c.atoms > 0 && !c.article && word.denominator === true && !apply({ ...c }, word.role, word.value)) {
          fraction = numerator / word.value;
        } else if (c.article || !apply(c, word.role, word.value, true)) {
          break;
        } else {
          ordinal = true;
        }
        c.atoms++;
        end = atom.end;
        singleWord = c.atoms === 1 ? atom.text : null;
        break;
      } else if ((c.article && word.role !== 'hundred' && word.role !== 'scale' && word.role !== 'dozen') || !apply(c, word.role, word.value, word.alone === true)) {
        // "a" stands for one only before a hundred, a scale, a dozen or a denominator. A word that
        // cannot continue the numeral may still open its denominator ("three twenty-firsts").
        const denominator = asDenominator || c.atoms === 0 ? null : readCompoundDenominator(lang, text, cursor, limit, c.article ? 1 : valueOf(c));
        if (denominator !== null) {
          fraction = denominator.value;
          end = denominator.end;
          c.atoms++;
        }
        break;
      }
      if (c.atoms === 0 && word.role === 'hundred') bareHundred = true;
      c.atoms++;
      end = atom.end;
      plain = false;
      singleWord = c.atoms === 1 ? atom.text : null;
    }
    beforeJoin = null;
    // Connectors between atoms: spaces, a hyphen inside a word numeral, or a join word.
    let next = skipSpaces(text, end);
    if (text[end] === '-' && word !== null && isLetterUnit(codeAt(text, end + 1))) next = end + 1;
    const join = c.last === 'hundred' || c.last === 'scale' || c.last === 'hundreds' ? lang.joins.match(text, next) : null;
    // "two thousand and five", "3 hundred and 21", but "$245 billion and 10%" is two numbers.
    const joinsDigits = join !== null && c.last === 'scale' && isAsciiDigitCode(codeAt(text, skipSpaces(text, join.end)));
    if (join !== null && !joinsDigits && lang.fractionTails.match(text, next) === null) {
      beforeJoin = { ...c };
      c.last = 'join';
      next = skipSpaces(text, join.end);
    }
    cursor = next;
  }
  if (beforeJoin !== null && c.last === 'join') Object.assign(c, beforeJoin);
  if (c.atoms === 0 || (c.article && c.atoms === 1 && fraction === null)) return null;
  // A bare "hundred" is a number only before a scale ("hundred thousand"), not in "Hundred Years".
  if (bareHundred && c.scale === 1) return null;
  const ofScale = fraction !== null && hasWords && !asDenominator ? readScaleOfFraction(lang, text, end, limit) : null;
  if (fraction !== null && ofScale !== null) {
    // "half a million", "two thirds of a million": a part of the scale.
    c.base = fraction;
    c.scale = ofScale.multiplier;
    fraction *= ofScale.multiplier;
    end = ofScale.end;
  }
  const value = fraction ?? valueOf(c);
  return { start: pos, end, value, ordinal, scale: c.scale, base: c.scale === 1 ? value : c.base, singleWord: c.atoms === 1 ? singleWord : null, plain, hasWords, plural };
}

const SPOKEN_DECIMAL_AFTER: ReadonlySet<Role> = new Set(['unit', 'teen', 'tens', 'hundred', 'hundreds']);

/** "point five", "point zero three": a decimal part spelled digit by digit after a decimal point word. */
function readSpokenDecimal(lang: CompiledLanguage, text: string, pos: number, limit: number): { end: number; value: number } | null {
  const point = lang.decimalPoints.match(text, pos);
  if (point === null) return null;
  let digits = '';
  let end = point.end;
  for (;;) {
    const p = skipSpaces(text, end);
    if (p === end) break;
    const atom = readAtom(lang, text, p, limit);
    const word = atom?.word;
    if (atom === null || word === null || word === undefined || word.role !== 'unit' || word.ordinal === true || !Number.isInteger(word.value)) break;
    digits += String(word.value);
    end = atom.end;
  }
  return digits === '' ? null : { end, value: Number(`0.${digits}`) };
}

/**
 * A denominator of several words after a numerator that cannot take them as its own: plural with
 * any numerator ("three twenty-firsts" = 3/21), singular after one ("a twenty-first",
 * "one one hundred fifth" = 1/105) when nothing but "of" or punctuation follows.
 */
function readCompoundDenominator(lang: CompiledLanguage, text: string, pos: number, limit: number, numerator: number): { end: number; value: number } | null {
  const d = readNumeral(lang, text, pos, limit, false, true);
  if (d === null || !d.ordinal || d.value < 3 || numerator <= 0) return null;
  if (d.plural) return { end: d.end, value: numerator / d.value };
  return numerator === 1 && fractionFollows(text, d.end) ? { end: d.end, value: 1 / d.value } : null;
}

/** The scale a fraction takes a part of: "half a million", "two thirds of a million", "a half million". */
function readScaleOfFraction(lang: CompiledLanguage, text: string, pos: number, limit: number): { end: number; multiplier: number } | null {
  let p = skipSpaces(text, pos);
  if (p === pos) return null;
  const join = lang.fractionOfScaleJoins.match(text, p);
  if (join !== null && skipSpaces(text, join.end) > join.end) p = skipSpaces(text, join.end);
  const end = wordEnd(text, p);
  const word = lang.words.get(text, p, end);
  if (end === p || word === undefined || word.ordinal === true || end > limit) return null;
  return word.role === 'scale' || word.role === 'dozen' || word.role === 'hundred' ? { end, multiplier: word.value } : null;
}

const SLASH_DENOMINATOR = /\/(\d{1,3})(?![\d/.,])/y;

/** "1/5", "3/4": a proper fraction in digits (dates like 5/17/2018 are masked before this). */
function readDigitFraction(text: string, pos: number, numerator: number): { end: number; value: number } | null {
  if (codeAt(text, pos) !== 0x2f) return null;
  SLASH_DENOMINATOR.lastIndex = pos;
  const m = SLASH_DENOMINATOR.exec(text);
  const denominator = Number(m?.[1] ?? 0);
  return m === null || denominator <= numerator || denominator > 100 ? null : { end: pos + m[0].length, value: numerator / denominator };
}

const MIXED_FRACTION = / (?<numerator>\d)\/(?<denominator>\d{1,2})(?![\d/.,])/y;

/** "3 1/2 years": a whole number and a proper fraction after one space. */
function readMixedFraction(text: string, pos: number, whole: number): { end: number; value: number } | null {
  if (codeAt(text, pos) !== 0x20 || !isAsciiDigitCode(codeAt(text, pos + 1))) return null;
  MIXED_FRACTION.lastIndex = pos;
  const m = MIXED_FRACTION.exec(text);
  const numerator = Number(m?.groups?.numerator ?? 0);
  const denominator = Number(m?.groups?.denominator ?? 0);
  // Years and counts of a thousand or more before a fraction are two numbers ("in 2019 1/3 of").
  if (m === null || whole >= 1000 || numerator === 0 || denominator <= numerator) return null;
  return { end: pos + m[0].length, value: whole + numerator / denominator };
}

function readScaleAbbreviation(lang: CompiledLanguage, text: string, pos: number, limit: number, digits: DigitNumber, money: boolean): { end: number; multiplier: number } | null {
  const attached = lang.scales.match(text, pos);
  const spacedPos = skipSpaces(text, pos);
  const spaced = spacedPos > pos ? lang.scales.match(text, spacedPos) : null;
  const found = attached ?? (spaced !== null && spaced.meaning.spaced ? spaced : null);
  if (found === null || found.end > limit) return null;
  const { when, multiplier } = found.meaning;
  if (when === 'money' && !money) return null;
  if (when === 'precise' && !digits.precise && !money) return null;
  return { end: found.end, multiplier };
}

/* ------------------------------------------------------------------ mentions */

/** A number mention with what the range refiner needs. */
export interface Mention extends FoundNumber {
  readonly scale: number;
  readonly base: number;
}

const YEAR_MIN = 1800;
const YEAR_MAX = 2100;
const isYear = (n: Numeral): boolean => n.plain && n.end - n.start === 4 && n.value >= YEAR_MIN && n.value <= YEAR_MAX;

interface Reading {
  /** Where scanning resumes. */
  readonly end: number;
  /** The mention, or null when the text there was read and is not a number (a year, an idiom). */
  readonly mention: Mention | null;
}

function isIdiom(lang: CompiledLanguage, text: string, numeral: Numeral, segmentStart: number): boolean {
  const rules = numeral.singleWord === null ? undefined : lang.idioms.get(numeral.singleWord);
  if (rules === undefined) return false;
  const before = previousWord(text, numeral.start, segmentStart);
  const afterPos = text[numeral.end] === '-' ? numeral.end + 1 : skipSpaces(text, numeral.end);
  return rules.some((r) =>
    (r.before === null || (before !== null && r.before.has(before))) && (r.after === null || r.after.match(text, afterPos) !== null));
}

const UPPER = /\p{Lu}/u;
const SENTENCE_OPENERS = new Set(['.', '!', '?', ':', ';', '"', '«', '“', '„', '(', '—', '–', '-', '\'', '‘']);

/**
 * "the Three Gorges dam", "Big Four": a capitalized number word inside a sentence, next to another
 * capitalized word, is part of a name.
 */
function isInName(text: string, numeral: Numeral, segmentStart: number): boolean {
  if (!numeral.hasWords || !UPPER.test(text[numeral.start] ?? '')) return false;
  let p = numeral.start;
  while (p > segmentStart && isSpaceAt(text, p - 1)) p--;
  if (p === segmentStart || SENTENCE_OPENERS.has(text[p - 1] ?? '')) return false;
  const next = wordAt(text, skipSpaces(text, numeral.end));
  const previous = previousWord(text, numeral.start, segmentStart);
  const capitalized = (w: string | null): boolean => w !== null && UPPER.test(w[0] ?? '');
  return capitalized(next) || (previous !== null && capitalized(text.slice(p - previous.length, p)));
}

function readCents(lang: CompiledLanguage, text: string, pos: number, limit: number, bareAllowed: boolean): { end: number; cents: number } | null {
  let p = skipSpaces(text, pos);
  const join = lang.centJoins.match(text, p);
  if (join !== null) p = skipSpaces(text, join.end);
  const n = readNumeral(lang, text, p, limit, false);
  if (n === null || n.ordinal || n.scale !== 1 || !Number.isInteger(n.value) || n.value < 1 || n.value > 99) return null;
  const q = skipSpaces(text, n.end);
  const word = lang.cents.match(text, q);
  if (word !== null && word.end <= limit) return { end: word.end, cents: n.value };
  // Bare cents ("17 USD 25") only close a phrase: nothing that could be their own unit follows.
  if (!bareAllowed || isWordCharUnit(codeAt(text, n.end)) || isLetterUnit(codeAt(text, q)) || lang.currencyAfter.match(text, q) !== null || lang.units.match(text, q) !== null) return null;
  return { end: n.end, cents: n.value };
}

function isApproximate(lang: CompiledLanguage, text: string, start: number, end: number, segmentStart: number, limit: number): boolean {
  let e = start;
  while (e > segmentStart && isSpaceAt(text, e - 1)) e--;
  const cue = lang.approximateBefore.matchBefore(text, e);
  if (cue !== null && cue.start >= segmentStart && (e < start || !isWordCharUnit(codeAt(text, e - 1)))) return true;
  const after = text[end] === '-' ? end + 1 : skipSpaces(text, end);
  const tail = lang.approximateAfter.match(text, after);
  return tail !== null && tail.end <= limit && (after > end || text[end] === '-');
}

/** The unit or currency after an amount, spaced or hyphenated (`2,700-mile`, `10-percent`). */
function readUnitAfter(lang: CompiledLanguage, text: string, pos: number, limit: number): { end: number; kind: NumberKind; unit: string; multiplier: number } | null {
  const starts = text[pos] === '-' ? [pos + 1] : [skipSpaces(text, pos)];
  for (const p of starts) {
    const currency = lang.currencyAfter.match(text, p);
    const unit = lang.units.match(text, p);
    if (currency !== null && currency.end <= limit && (unit === null || currency.end >= unit.end)) {
      return { end: currency.end, kind: 'money', unit: currency.meaning.code, multiplier: currency.meaning.multiplier ?? 1 };
    }
    if (unit !== null && unit.end <= limit) return { end: unit.end, kind: unit.meaning.kind, unit: unit.meaning.unit, multiplier: 1 };
  }
  return null;
}

/** A scale word or abbreviation after a currency code (`75 USD million`). */
function readTrailingScale(lang: CompiledLanguage, text: string, pos: number, limit: number): { end: number; multiplier: number } | null {
  const p = skipSpaces(text, pos);
  if (p === pos) return null;
  const wordStop = wordEnd(text, p);
  const word = wordStop === p ? undefined : lang.words.get(text, p, wordStop);
  if (word !== undefined && word.role === 'scale' && word.ordinal !== true && wordStop <= limit) return { end: wordStop, multiplier: word.value };
  const abbreviation = lang.scales.match(text, p);
  return abbreviation !== null && abbreviation.meaning.when === 'always' && abbreviation.end <= limit ? { end: abbreviation.end, multiplier: abbreviation.meaning.multiplier } : null;
}

/** The currency written at `pos` before an amount (`$`, `US$`, `USD`, `грн`), if any. */
function currencyBeforeAt(lang: CompiledLanguage, text: string, pos: number): { end: number; meaning: CurrencyMeaning } | null {
  return lang.currencyBefore.canStart(text, pos) ? lang.currencyBefore.match(text, pos) : null;
}

function readSign(lang: CompiledLanguage, text: string, pos: number): { sign: -1 | 1; end: number } | null {
  const ch = codeAt(text, pos);
  if (ch === HYPHEN || ch === MINUS || ch === PLUS) return { sign: ch === PLUS ? 1 : -1, end: pos + 1 };
  const word = isLetterUnit(ch) ? lang.signs.match(text, pos) : null;
  if (word === null) return null;
  const after = skipSpaces(text, word.end);
  return after > word.end ? { sign: word.meaning, end: after } : null;
}

/** Reads one mention starting at `pos`: [sign] [currency] numeral [unit | currency [scale]] [cents]. */
export function readMention(lang: CompiledLanguage, text: string, pos: number, segmentStart: number, limit: number): Reading | null {
  const sign = readSign(lang, text, pos);
  let cursor = sign?.end ?? pos;
  let currency: CurrencyMeaning | null = null;
  const before = currencyBeforeAt(lang, text, cursor);
  if (before !== null && before.end <= limit) {
    const after = skipSpaces(text, before.end);
    if (isAsciiDigitCode(codeAt(text, after)) || (text[after] === '.' && isAsciiDigitCode(codeAt(text, after + 1)))) {
      currency = before.meaning;
      cursor = after;
    }
  }
  if (sign !== null && cursor === sign.end && !isAsciiDigitCode(codeAt(text, cursor)) && text[cursor] !== '.' && !isLetterUnit(codeAt(text, cursor))) return null;
  const numeral = readNumeral(lang, text, cursor, limit, currency !== null);
  if (numeral === null) return readArticleMoney(lang, text, pos, segmentStart, limit);
  const signValue = sign?.sign ?? 1;
  let end = numeral.end;
  let value = numeral.value * signValue;
  let kind: NumberKind = numeral.ordinal ? 'ordinal' : 'cardinal';
  let unit: string | null = null;
  let scale = numeral.scale;
  let base = numeral.base;

  if (numeral.ordinal) {
    if (isIdiom(lang, text, numeral, segmentStart)) return { end, mention: null };
    return { end, mention: { start: pos, end, kind, value, unit, approximate: isApproximate(lang, text, pos, end, segmentStart, limit), scale, base } };
  }
  if (currency === null && sign === null && isYear(numeral) && lang.yearAfter.match(text, skipSpaces(text, end)) !== null) return { end, mention: null };
  // Idioms first: "One day the border will open" is not a duration.
  if (currency === null && isIdiom(lang, text, numeral, segmentStart)) return { end, mention: null };
  const ratio = currency === null ? readRatio(lang, text, numeral, limit) : null;
  if (ratio !== null) {
    const mention: Mention = { start: pos, end: ratio.end, kind, value: signValue * ratio.value, unit, approximate: false, scale: 1, base: signValue * ratio.value };
    return { end: ratio.end, mention: { ...mention, approximate: isApproximate(lang, text, pos, ratio.end, segmentStart, limit) } };
  }

  if (currency !== null) {
    kind = 'money';
    unit = currency.code;
    value *= currency.multiplier ?? 1;
    // "$ 10 dollars": a repeated currency belongs to the same amount.
    const again = readUnitAfter(lang, text, end, limit);
    if (again !== null && again.kind === 'money' && again.unit === unit) end = again.end;
  } else {
    const after = readUnitAfter(lang, text, end, limit);
    if (after !== null) {
      kind = after.kind;
      unit = after.unit;
      value *= after.multiplier;
      end = after.end;
      if (kind === 'money' && scale === 1) {
        const trailing = readTrailingScale(lang, text, end, limit);
        if (trailing !== null) {
          base = value;
          value *= trailing.multiplier;
          scale = trailing.multiplier;
          end = trailing.end;
        }
      }
    }
  }
  // Digits glued to letters are a name or a code ("4G", "3D"), not a number.
  if (isLetterUnit(codeAt(text, end)) || (isAsciiDigitCode(codeAt(text, end - 1)) && isAsciiDigitCode(codeAt(text, end)))) return { end, mention: null };
  if (kind === 'cardinal') {
    // "one-sided", "two-way": a number word inside a compound adjective.
    if (numeral.hasWords && text[end] === '-' && isLetterUnit(codeAt(text, end + 1)) && lang.words.get(text, end + 1, wordEnd(text, end + 1)) === undefined) return { end, mention: null };
    if (isInName(text, numeral, segmentStart)) return { end, mention: null };
    if (sign === null && isYear(numeral) && lang.yearBefore.has(previousWord(text, pos, segmentStart) ?? '')) return { end, mention: null };
  }
  if (kind === 'money' && scale === 1 && Number.isInteger(value)) {
    const cents = readCents(lang, text, end, limit, currency === null);
    if (cents !== null) {
      value += (signValue * cents.cents) / 100;
      end = cents.end;
    }
  }
  const approximate = currency?.approximate === true || isApproximate(lang, text, pos, end, segmentStart, limit);
  return { end, mention: { start: pos, end, kind, value, unit, approximate, scale, base } };
}

/**
 * "two out of five hundred", "one over three": a whole number over a larger one is their ratio.
 * A `closing` join counts only when nothing but punctuation follows.
 */
function readRatio(lang: CompiledLanguage, text: string, numerator: Numeral, limit: number): { end: number; value: number } | null {
  if (numerator.scale !== 1 || !Number.isInteger(numerator.value) || numerator.value < 0) return null;
  const p = skipSpaces(text, numerator.end);
  const join = p > numerator.end ? lang.ratioJoins.match(text, p) : null;
  if (join === null) return null;
  const q = skipSpaces(text, join.end);
  const d = q > join.end ? readNumeral(lang, text, q, limit, false) : null;
  if (d === null || d.ordinal || !Number.isInteger(d.value) || d.value <= numerator.value) return null;
  if (join.meaning === 'closing' && isWordCharUnit(codeAt(text, skipSpaces(text, d.end)))) return null;
  return { end: d.end, value: numerator.value / d.value };
}

/** "a dollar", "a euro": the article stands for one before a currency word. */
function readArticleMoney(lang: CompiledLanguage, text: string, pos: number, segmentStart: number, limit: number): Reading | null {
  const wordStop = wordEnd(text, pos);
  if (wordStop === pos || lang.words.get(text, pos, wordStop)?.role !== 'article') return null;
  const after = readUnitAfter(lang, text, wordStop, limit);
  if (after === null || after.kind !== 'money' || after.end === wordStop) return null;
  // "a US$4.7 billion": the sign belongs to the amount after it.
  if (isAsciiDigitCode(codeAt(text, skipSpaces(text, after.end)))) return null;
  const end = after.end;
  return { end, mention: { start: pos, end, kind: 'money', value: after.multiplier, unit: after.unit, approximate: isApproximate(lang, text, pos, end, segmentStart, limit), scale: 1, base: 1 } };
}

/* ------------------------------------------------------------------ the scan */

/** Whether the letter at `i` opens a word (not inside a word, after digits, or in a hyphenated name). */
function opensWord(text: string, i: number, segmentStart: number): boolean {
  // -1 (before the segment) is no character at all.
  const prev = i > segmentStart ? text.charCodeAt(i - 1) : -1;
  const prev2 = i > segmentStart + 1 ? text.charCodeAt(i - 2) : -1;
  return !(isLetterUnit(prev) || isAsciiDigitCode(prev) || ((prev === HYPHEN || prev === NON_BREAKING_HYPHEN) && isLetterUnit(prev2)));
}

/** Whether a mention may start at `i`, which is not a letter (not inside a code or a longer number). */
function startsHere(lang: CompiledLanguage, text: string, i: number, segmentStart: number): boolean {
  const ch = text.charCodeAt(i);
  const prev = i > segmentStart ? text.charCodeAt(i - 1) : -1;
  const prev2 = i > segmentStart + 1 ? text.charCodeAt(i - 2) : -1;
  if (isAsciiDigitCode(ch)) {
    if (isAsciiDigitCode(prev) || isLetterUnit(prev)) return false;
    // "Su-35", "COVID-19": digits after a letter and a hyphen name a thing.
    if ((prev === HYPHEN || prev === NON_BREAKING_HYPHEN) && isLetterUnit(prev2)) return false;
    // "1.2.3": the rest of a dotted run is not a new number.
    return !(prev === DOT && isAsciiDigitCode(prev2));
  }
  if (ch === DOT && isAsciiDigitCode(codeAt(text, i + 1))) return !(isWordCharUnit(prev) || prev === DOT);
  if (ch === HYPHEN || ch === MINUS || ch === PLUS) {
    return (isAsciiDigitCode(codeAt(text, i + 1)) || (codeAt(text, i + 1) === DOT && isAsciiDigitCode(codeAt(text, i + 2)))) && !isWordCharUnit(prev) && prev !== HYPHEN;
  }
  return currencyBeforeAt(lang, text, i) !== null;
}

/**
 * Whether the word `[i, wordStop)` can open a mention: a number or sign word, or the leading word of
 * a currency written there before an amount (`s` of `S$`: without the sign, `'s` reads nothing).
 */
function couldStartWord(lang: CompiledLanguage, text: string, i: number, wordStop: number): boolean {
  const start = lang.startWords.get(text, i, wordStop);
  return start === 'word' || (start === 'currency' && currencyBeforeAt(lang, text, i) !== null);
}

/** Scans one segment `[start, end)` of the (masked) text and returns its mentions in order. */
export function scanSegment(lang: CompiledLanguage, text: string, start: number, end: number): Mention[] {
  const found: Mention[] = [];
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    let wordStop = i + 1;
    let reads: boolean;
    // A word is read or skipped whole: no mention starts inside it.
    if (isLetterUnit(code)) {
      wordStop = wordEnd(text, i);
      reads = opensWord(text, i, start) && couldStartWord(lang, text, i, wordStop);
    } else if (isWhiteSpaceCode(code)) {
      i++;
      continue;
    } else {
      reads = startsHere(lang, text, i, start);
      // An astral letter (a surrogate pair) starts a word too.
      if (!reads && isLetterAt(text, i)) wordStop = wordEnd(text, i);
    }
    const reading = reads ? readMention(lang, text, i, start, end) : null;
    if (reading === null) {
      i = Math.max(wordStop, i + 1);
      continue;
    }
    if (reading.mention !== null) found.push(reading.mention);
    i = Math.max(reading.end, i + 1);
  }
  return refineRanges(lang, text, found, start);
}

/* ------------------------------------------------------------------ refiners */

/**
 * Ranges are two mentions; the unit and scale written once at the end belong to both ends
 * (`10–15%` is 10% and 15%, `от 5 до 7 млрд долларов` is 5 and 7 billion dollars).
 */
function refineRanges(lang: CompiledLanguage, text: string, mentions: Mention[], segmentStart: number): Mention[] {
  const out = mentions.slice();
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i];
    const b = out[i + 1];
    if (a === undefined || b === undefined || a.kind === 'ordinal' || b.kind === 'ordinal') continue;
    if (!isRangeJoin(lang, text, a, b, segmentStart)) continue;
    let first: Mention = a;
    let second: Mention = b;
    if (first.kind === 'cardinal' && second.kind !== 'cardinal') first = { ...first, kind: second.kind, unit: second.unit };
    else if (second.kind === 'cardinal' && first.kind === 'money' && second.scale > 1) second = { ...second, kind: 'money', unit: first.unit };
    if (first.scale === 1 && second.scale > 1 && Math.abs(first.value) < second.base) {
      first = { ...first, value: first.value * second.scale, scale: second.scale, base: first.value };
    }
    out[i] = first;
    out[i + 1] = second;
  }
  return out;
}

function isRangeJoin(lang: CompiledLanguage, text: string, a: Mention, b: Mention, segmentStart: number): boolean {
  const gap = text.slice(a.end, b.start);
  if (gap.length > 12) return false;
  const trimmed = gap.trim();
  const free = lang.rangeJoins.match(trimmed, 0);
  if (free !== null && free.end === trimmed.length) return true;
  const opened = lang.openedRangeJoins.match(trimmed, 0);
  return opened !== null && opened.end === trimmed.length && lang.rangeOpeners.has(previousWord(text, a.start, segmentStart) ?? '');
}

/* ------------------------------------------------------------------ exclusions */

/** Spans of text that hold no numbers of their own, in UTF-16 offsets. */
export type Span = readonly [number, number];

// "[2]", "[3, 4]", "[5–7]": citation markers.
const CITATION = /\[\d{1,3}(?:\s?[,;–-]\s?\d{1,3}){0,10}\]/g;
// "10:30", "3:1": clock times and scores.
const CLOCK = /(?<!\d)\d{1,2}:\d{2}(?!\d)/g;
// "1. ", "2) ", "(3) " at the start of a segment: a list enumerator.
const ENUMERATOR = /^\s{0,8}\(?\d{1,3}[.)](?=\s)/;

/** The spans of `segmentText` (starting at document offset `offset`) that are not numbers. */
export function segmentExclusions(segmentText: string, offset: number): Span[] {
  const spans: Span[] = [];
  const enumerator = ENUMERATOR.exec(segmentText);
  if (enumerator !== null) spans.push([offset, offset + enumerator[0].length]);
  // Each pattern needs its own punctuation: most segments have neither.
  if (segmentText.includes('[')) pushMatches(spans, CITATION, segmentText, offset);
  if (segmentText.includes(':')) pushMatches(spans, CLOCK, segmentText, offset);
  return spans;
}

function pushMatches(spans: Span[], pattern: RegExp, segmentText: string, offset: number): void {
  for (const m of segmentText.matchAll(pattern)) spans.push([offset + m.index, offset + m.index + m[0].length]);
}

/**
 * A copy of `text` of the same length where excluded spans are blanked with a character no rule
 * reads, and `ё` is folded to `е`: every offset into it is an offset into `text`.
 */
export function maskText(text: string, spans: readonly Span[]): string {
  const sorted = [...spans].sort((x, y) => x[0] - y[0]);
  const parts: string[] = [];
  let at = 0;
  for (const [s, e] of sorted) {
    const from = Math.max(s, at);
    if (e <= from) continue;
    parts.push(text.slice(at, from), '\u2063'.repeat(e - from));
    at = e;
  }
  parts.push(text.slice(at));
  const masked = parts.join('');
  const folded = masked.includes('ё') ? masked.replace(/ё/g, 'е') : masked;
  return folded.includes('Ё') ? folded.replace(/Ё/g, 'Е') : folded;
}
