/**
 * The shape every language's vocabulary file (`en.vocab.ts`, `ru.vocab.ts`) fills. Plain data: the
 * shared engine in `common.ts` compiles it once into lookup tables.
 */
import type { CurrencyMeaning, UnitSymbol } from './units.js';

/**
 * How a number word combines with its neighbours:
 * - `unit` 0–9 (and 1.5 for `полтора`), `teen` 10–19, `tens` 20–90: the small part of a group;
 * - `hundreds`: a word that is itself a whole hundreds value (`триста`);
 * - `hundred`: the English multiplier word (`two hundred`);
 * - `scale`: thousand and up, closing a group (`five million`, `тысяч`);
 * - `dozen`: multiplies the small part by 12;
 * - `fraction`: a denominator noun (`half`, `quarter`, `треть`); alone it is 1/value;
 * - `article`: `a`/`an`, standing for 1 before a hundred, a scale, a dozen or a denominator.
 */
export type WordRole = 'unit' | 'teen' | 'tens' | 'hundreds' | 'hundred' | 'scale' | 'dozen' | 'fraction' | 'article';

export interface NumberWord {
  readonly value: number;
  readonly role: WordRole;
  /** An ordinal form (`fifth`, `пятого`): ends the numeral and makes it an ordinal. */
  readonly ordinal?: boolean;
  /** After a numerator this ordinal form is a denominator (`two fifths`, `две пятых`). */
  readonly denominator?: boolean;
  /** Never an ordinal by itself, only a denominator (English plurals: `fifths`). */
  readonly onlyDenominator?: boolean;
  /** A singular scale noun that means one of it when it opens a numeral (`тысяча`, `миллион`). */
  readonly alone?: boolean;
  /** A fraction that needs `a` or a count before it (`a quarter`; a bare `quarter` is a period). */
  readonly counted?: boolean;
}

/** A scale abbreviation after digits (`5k`, `6,8 млрд`, `$3bn`). */
export interface ScaleAbbreviation {
  readonly multiplier: number;
  /**
   * When the abbreviation is trusted: `always`; `money` only with a currency sign before the amount
   * (`$5m` is millions, `5m` is metres); `precise` only after a number with a decimal or grouped part
   * (`1.2M`, `1,674.5 G`; a bare `3M` or `4G` is a name).
   */
  readonly when: 'always' | 'money' | 'precise';
  /** Whether a space may separate it from the digits (`2.33 k`, `6,8 млрд`). */
  readonly spaced: boolean;
}

/**
 * A numeral word that is not a number in some company (`one of`, `at first`, `в первую очередь`).
 * The word is dropped when every condition given holds: the word before it is one of `before`, and
 * the text after it starts with one of `after`.
 */
export interface Idiom {
  readonly word: string;
  readonly before?: readonly string[];
  readonly after?: readonly string[];
}

export interface Vocabulary {
  /** Number words, lower case, every inflected form listed (`ё` written as `е`). */
  readonly words: ReadonlyArray<readonly [string, NumberWord]>;
  readonly scaleAbbreviations: ReadonlyArray<readonly [string, ScaleAbbreviation]>;
  /** Currency words and phrases after an amount (`dollars`, `долларов США`), case-insensitive. */
  readonly currencyWords: ReadonlyArray<readonly [string, CurrencyMeaning]>;
  /** Currency words written before an amount (`грн 3.04`, `рублей 10` in price lists). */
  readonly currencyWordsBefore: ReadonlyArray<readonly [string, CurrencyMeaning]>;
  /** Words for a hundredth of a currency (`cents`, `копеек`). */
  readonly centWords: readonly string[];
  /** `%` words; `pp` is percentage points (a difference of two percentages). */
  readonly percentWords: ReadonlyArray<readonly [string, '%' | 'pp']>;
  /** Unit words and abbreviations after an amount, each with its normalized symbol. */
  readonly unitWords: ReadonlyArray<readonly [string, UnitSymbol]>;
  /** Cues before a number that make it approximate (`almost`, `около`); they stay outside the span. */
  readonly approximateBefore: readonly string[];
  /** Cues after a number that make it approximate (`с лишним`). */
  readonly approximateAfter: readonly string[];
  /** Words for a sign before a number (`minus`). */
  readonly signWords: ReadonlyArray<readonly [string, -1 | 1]>;
  /** Words joining parts of one numeral (`two hundred and five`). */
  readonly joinWords: readonly string[];
  /** Words joining an amount of money and its cents (`$20 and 43c`). */
  readonly centJoinWords: readonly string[];
  /** A fractional part after a whole number (`and a half`, `с половиной`). */
  readonly fractionTails: ReadonlyArray<readonly [string, number]>;
  /**
   * Words between a fraction and the scale it is a part of (`half a million`, `two thirds of a
   * million`); the scale may also follow the fraction directly (`a half million`).
   */
  readonly fractionOfScaleJoins: readonly string[];
  /** A decimal point spoken between number words (`two point five`). */
  readonly decimalPoints: readonly string[];
  /**
   * Words between two numerals that make their ratio one number (`two out of five hundred`,
   * `one over three`): `anywhere`, or `closing` when the ratio must end the clause (`over` is
   * otherwise a cue: `won one over three years` is not a ratio).
   */
  readonly ratioJoins: ReadonlyArray<readonly [string, 'anywhere' | 'closing']>;
  readonly idioms: readonly Idiom[];
  /** Words before a bare four-digit year that the date stage missed (`in 1969`, `в 1996`). */
  readonly yearBefore: readonly string[];
  /** Words after a year (`1996 г.`, `1998 году`). */
  readonly yearAfter: readonly string[];
  /** What joins the two ends of a range on its own (`10–15%`, `5 to 7 million`). */
  readonly rangeJoins: readonly string[];
  /** Words opening a range (`between`, `от`), and the joins that need one (`between 5 and 7`, `от 5 до 7`). */
  readonly rangeOpeners: readonly string[];
  readonly openedRangeJoins: readonly string[];
}
