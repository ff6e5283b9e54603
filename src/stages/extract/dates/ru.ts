/** Russian date rules, in priority order (earlier wins a tie between equally long matches). */
import { formatMonth } from './calendar.js';
import { numericRules } from './common.js';
import {
  ago,
  centuryValue,
  dayIn,
  decadeValue,
  halfValue,
  dayValue,
  monthNearest,
  quarterNear,
  quarterValue,
  romanToNumber,
  shifted,
  weekdayAhead,
  weekdayNear,
} from './resolve.js';
import { containsOne, HAS_DIGIT, HAS_YEAR_DIGITS, hasToken } from './gates.js';
import { beforeYear, type Groups, L, lower, notCounting, oneOf, R, rule, type Rule, YEAR } from './rule.js';
import {
  COUNTS,
  MONTH_ABBREVIATIONS,
  MONTHS,
  ORDINAL_ENDINGS,
  ORDINAL_STEMS,
  ORDINAL_TENS,
  RU_FUNCTION_WORDS,
  SEASONS,
  SHIFTS,
  UNITS,
  WEEKDAYS,
  YEAR_CONTEXT_BEFORE,
  YEAR_WORDS,
} from './ru.vocab.js';

/** `2015-го`, `2015-м`, `1998г.`: the year digits, an optional ordinal ending, the word `год`. */
const YEAR_SUFFIX = '(?:-?(?:го|ого|му|ому|м|ом|й|ый))?';
const YEAR_WORD = `(?:\\s*гг?\\.|\\s*гг?${R}|\\s+${oneOf(YEAR_WORDS)}${R})`;
const MONTH = `(?<month>${oneOf(Object.keys(MONTHS))})${R}`;
const MONTH_OR_ABBR = `(?:${MONTH}|(?<abbr>${oneOf(Object.keys(MONTH_ABBREVIATIONS))})(?:\\.|${R}))`;
const ORDINAL = `(?:(?<tens>${oneOf(Object.keys(ORDINAL_TENS))})\\s+)?(?<stem>${oneOf(Object.keys(ORDINAL_STEMS))})${oneOf(ORDINAL_ENDINGS)}${R}`;
const SHIFT = `(?<shift>${oneOf(Object.keys(SHIFTS))})`;
const WEEKDAY = `(?<weekday>${oneOf(Object.keys(WEEKDAYS))})${R}`;

/** Every rule gated by it holds a month name or abbreviation as a whole token. */
const MONTH_GATE = hasToken([...Object.keys(MONTHS), ...Object.keys(MONTH_ABBREVIATIONS)]);

const ordinalOf = (g: Groups): number => (ORDINAL_TENS[lower(g.tens)] ?? 0) + (ORDINAL_STEMS[lower(g.stem)] ?? 0);
const monthOf = (g: Groups): number | null => MONTHS[lower(g.month)] ?? MONTH_ABBREVIATIONS[lower(g.abbr)] ?? null;
const shiftOf = (s: string | undefined): number => SHIFTS[lower(s)] ?? 0;

const dayMonth = rule(
  'day-month-year',
  `${L}(?:${WEEKDAY},?\\s+)?(?:(?<day>[0-3]?\\d)(?:-?(?:го|е|ое|ого|м|ом))?|${ORDINAL})\\s+${MONTH_OR_ABBR}(?:\\s*${YEAR}${YEAR_SUFFIX}${YEAR_WORD}?${R}|\\s+(?<yshift>${oneOf(Object.keys(SHIFTS))})\\s+года${R})?`,
  (g) => {
    const month = monthOf(g);
    const day = g.day ? Number(g.day) : ordinalOf(g);
    if (month === null || day < 1) return null;
    if (g.yshift) {
      const n = shiftOf(g.yshift);
      return { value: (ref) => dayValue(ref.year + n, month, day) };
    }
    return dayIn(month, day, g.year ? Number(g.year) : null);
  },
  [MONTH_GATE],
);

const monthYear = rule('month-year', `${L}${MONTH}\\s*${YEAR}${YEAR_SUFFIX}${YEAR_WORD}?${R}`, (g) => ({
  value: formatMonth(Number(g.year), monthOf(g)!),
}), [MONTH_GATE, HAS_YEAR_DIGITS]);

/** A bare month is lower case in Russian: a capital `Марта` is the name. */
const monthAlone = rule(
  'month',
  `${L}(?:${SHIFT}\\s+)?${MONTH}(?:\\s+(?<yshift>${oneOf(Object.keys(SHIFTS))})\\s+года${R})?`,
  (g) => {
    const month = monthOf(g)!;
    if (!g.shift && /^\p{Lu}/u.test(g.month ?? '')) return null;
    const n = g.yshift ? shiftOf(g.yshift) : 0;
    if (g.shift) {
      const s = shiftOf(g.shift);
      return { value: (ref) => formatMonth(s < 0 ? (month < ref.month ? ref.year : ref.year - 1) : s > 0 ? (month > ref.month ? ref.year : ref.year + 1) : ref.year, month) };
    }
    return g.yshift ? { value: (ref) => formatMonth(ref.year + n, month) } : monthNearest(month);
  },
  [MONTH_GATE],
);

const yearMarked = rule('year-marked', `${L}${YEAR}${YEAR_SUFFIX}${YEAR_WORD}`, (g) => ({ value: g.year! }), [HAS_YEAR_DIGITS]);

const yearRangeMarked = rule(
  'year-range-marked',
  `${L}(?<from>1\\d{3}|20\\d{2})\\s?[-–—]\\s?(?<to>1\\d{3}|20\\d{2}|\\d{2})${YEAR_SUFFIX}${YEAR_WORD}`,
  (g) => {
    const from = Number(g.from);
    const to = g.to!.length === 2 ? Math.floor(from / 100) * 100 + Number(g.to) : Number(g.to);
    return to > from && to - from <= 100 ? { value: `${g.from}/${to}` } : null;
  },
  [HAS_YEAR_DIGITS],
);

const decade = rule(
  'decade',
  `${L}(?:(?<full>1\\d{2}|20\\d)|(?<short>[1-9]))0-?(?:х|е|ые|ых|м|ми)${R}(?:\\s+(?:год(?:ы|ов|ах|ам|ами)${R}|гг\\.))?`,
  (g) => ({ value: decadeValue(g.full ? Number(g.full) : 190 + Number(g.short)) }),
  [HAS_DIGIT],
);

const century = rule(
  'century',
  `${L}(?:(?<roman>[XVIХ]{1,6})|(?<num>[12]?\\d)-?(?:й|го|м|ом)?|${ORDINAL})\\s*(?:век(?:а|е|у|ом)?${R}|в\\.|вв\\.)`,
  (g) => {
    const roman = g.roman?.replace(/Х/g, 'X');
    const n = roman ? romanToNumber(roman) : g.num ? Number(g.num) : ordinalOf(g);
    const value = n ? centuryValue(n) : null;
    return value ? { value } : null;
  },
  [containsOne(['век', 'в.'])],
);

const quarter = rule(
  'quarter',
  `${L}(?:${ORDINAL}|(?<num>[1-4])-?(?:й|м|ом|го)?|(?<roman>I{1,3}|IV))\\s+квартал(?:а|е|у|ом)?${R}(?:\\s+${YEAR}${YEAR_WORD}?${R}|\\s+(?<yshift>${oneOf(Object.keys(SHIFTS))})\\s+года${R})?`,
  (g) => {
    const q = g.num ? Number(g.num) : g.roman ? romanToNumber(g.roman)! : ordinalOf(g);
    if (q < 1 || q > 4) return null;
    if (g.year) return { value: quarterValue(Number(g.year), q) };
    if (g.yshift) {
      const n = shiftOf(g.yshift);
      return { value: (ref) => quarterValue(ref.year + n, q) };
    }
    return { value: quarterNear(q) };
  },
  [containsOne(['квартал'])],
);

const half = rule(
  'half',
  `${L}(?<ord>перв|втор)(?:ое|ого|ом|ой|ая|ую)\\s+(?:половин[аеуы]|полугоди[еяюи])${R}(?:\\s+${YEAR}${YEAR_WORD}?${R}|\\s+(?<yshift>${oneOf(Object.keys(SHIFTS))})\\s+года${R})`,
  (g) => {
    const h = lower(g.ord) === 'перв' ? 1 : 2;
    if (g.year) return { value: halfValue(Number(g.year), h) };
    const n = shiftOf(g.yshift);
    return { value: (ref) => halfValue(ref.year + n, h) };
  },
  [containsOne(['половин', 'полугоди'])],
);

const season = rule(
  'season',
  `${L}(?:${SHIFT}\\s+)?(?<season>${oneOf(Object.keys(SEASONS))})${R}(?:\\s+${YEAR}${YEAR_WORD}?${R}|\\s+(?<yshift>${oneOf(Object.keys(SHIFTS))})\\s+года${R})?`,
  (g) => {
    const code = SEASONS[lower(g.season)]!;
    if (g.year) return { value: `${g.year}-${code}` };
    if (!g.shift && !g.yshift) return null;
    const n = shiftOf(g.shift ?? g.yshift);
    return { value: (ref) => `${ref.year + n}-${code}` };
  },
  [containsOne(Object.keys(SEASONS))],
);

const DAY_WORDS: Readonly<Record<string, number>> = { сегодня: 0, вчера: -1, завтра: 1, позавчера: -2, послезавтра: 2 };
const dayWord = rule('day-word', `${L}(?<word>${oneOf(Object.keys(DAY_WORDS))})${R}`, (g) => ({
  value: shifted('day', DAY_WORDS[lower(g.word)] ?? 0),
}), [containsOne(Object.keys(DAY_WORDS))]);

const relativeUnit = rule(
  'relative-unit',
  `${L}${SHIFT}\\s+(?<unit>${oneOf(Object.keys(UNITS).filter((u) => UNITS[u] !== 'day'))})${R}`,
  (g) => ({ value: shifted(UNITS[lower(g.unit)]!, shiftOf(g.shift)) }),
  [containsOne(Object.keys(UNITS))],
);

const unitsAgo = rule(
  'units-ago',
  `${L}(?:(?<count>\\d{1,3}|${oneOf(Object.keys(COUNTS))})\\s+)?(?<unit>${oneOf(Object.keys(UNITS))})\\s+(?:тому\\s+)?назад${R}`,
  (g) => {
    const n = g.count ? COUNTS[lower(g.count)] ?? Number(g.count) : 1;
    return { value: ago(UNITS[lower(g.unit)]!, n) };
  },
  [containsOne(['назад'])],
);

/** `через неделю` names the day a week ahead (Duckling); `через 5 лет` the year. */
const unitsAhead = rule(
  'units-ahead',
  `(?<=${L}через\\s{1,3})(?:(?<count>\\d{1,3}|${oneOf(Object.keys(COUNTS))})\\s+)?(?<unit>${oneOf(Object.keys(UNITS))})${R}`,
  (g) => {
    const n = g.count ? COUNTS[lower(g.count)] ?? Number(g.count) : 1;
    const unit = UNITS[lower(g.unit)]!;
    return { value: unit === 'week' ? shifted('day', 7 * n) : shifted(unit, n) };
  },
  [containsOne(['через'])],
);

const weekdayRule = rule('weekday', `${L}(?:${SHIFT}\\s+)?${WEEKDAY}`, (g) => {
  const wd = WEEKDAYS[lower(g.weekday)]!;
  if (g.shift) return { value: weekdayNear(wd, Math.sign(shiftOf(g.shift)) as -1 | 0 | 1) };
  return { value: weekdayNear(wd, null), future: weekdayAhead(wd), aheadWithoutTense: true };
}, [containsOne(Object.keys(WEEKDAYS))]);

const yearWithContext = rule(
  'year-context',
  `${YEAR}${beforeYear(`${L}${oneOf(YEAR_CONTEXT_BEFORE)}\\s{1,3}`)}${R}(?![.,]\\d|\\s*%)${notCounting(RU_FUNCTION_WORDS)}`,
  (g) => ({ value: g.year! }),
  [HAS_YEAR_DIGITS],
);

export const RU_RULES: readonly Rule[] = [
  ...numericRules(false),
  dayMonth,
  monthYear,
  monthAlone,
  yearRangeMarked,
  yearMarked,
  decade,
  century,
  quarter,
  half,
  season,
  dayWord,
  relativeUnit,
  unitsAgo,
  unitsAhead,
  weekdayRule,
  yearWithContext,
];

export const RU_PART_OF_PERIOD = [
  { pattern: /(?<![\p{L}])(?:самом\s+)?(?:конц[еау]|исход[еу])\s+$/iu, mod: 'END' as const },
  { pattern: /(?<![\p{L}])(?:самом\s+)?начал[еауо]\s+$/iu, mod: 'START' as const },
  { pattern: /(?<![\p{L}])середин[еуыа]\s+$/iu, mod: 'MID' as const },
];

/** What may stand between two listed years: `2017 и 2019`, `с 1992 по 1996`, `2010, 2012`. */
export const RU_LIST_CONNECTOR = /^\s*(?:,|,?\s*и|,?\s*или|по|до|[-–—/])?\s*(?:в\s+)?$/iu;

/**
 * Tense cues of a clause (see `applyTense`): future forms and plans; past forms of verbs
 * (`заявил`, `прошла`, `состоялись`).
 */
export const RU_TENSE = {
  future:
    /(?<![\p{L}])(?:будет|будут|будем|состоится|состоятся|планиру\p{L}*|намерен\p{L}*|пройд[её]т|ожидается|предстоит|собира\p{L}*|следующ\p{L}*)(?![\p{L}])/iu,
  past: /(?<![\p{L}])(?:был[аио]?|\p{L}{2,}[аеиоуяы]л(?:[аио]|ся|ась|ось|ись)?|\p{L}+[шг]л[аио])(?![\p{L}])/iu,
};
