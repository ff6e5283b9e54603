/** English date rules, in priority order (earlier wins a tie between equally long matches). */
import { addDays, addMonths, type CalendarDay, easter, formatDay, formatWeek, formatYear, nthWeekdayOfMonth, parseIsoDay, weekday } from './calendar.js';
import { numericRules } from './common.js';
import {
  AMBIGUOUS_MONTHS,
  COUNTS,
  EASTER_HOLIDAYS,
  FIXED_HOLIDAYS,
  MONTHS,
  ORDINALS,
  PARTS_OF_DAY,
  SEASONS,
  SMALL_NUMBERS,
  THANKSGIVING_OFFSETS,
  SHIFTS,
  UNITS,
  WEEKDAY_HOLIDAYS,
  WEEKDAYS,
  EN_FUNCTION_WORDS,
  EN_PAST_VERBS,
  YEAR_CONTEXT_BEFORE,
  YEAR_DETERMINERS,
  YEAR_HUNDREDS,
} from './en.vocab.js';
import {
  ago,
  centuryValue,
  dayIn,
  dayOfMonth,
  dayOnWeekday,
  dayValue,
  decadeValue,
  expandYear,
  halfValue,
  lastWeekOf,
  monthIn,
  monthNear,
  monthNearest,
  quarterNear,
  quarterValue,
  romanToNumber,
  shifted,
  weekdayAhead,
  weekdayNear,
} from './resolve.js';
import { containsOne, HAS_DIGIT, HAS_YEAR_DIGITS, hasToken } from './gates.js';
import { beforeYear, type Groups, L, lower, notCounting, oneOf, type Parsed, R, type Resolve, rule, type Rule, YEAR } from './rule.js';

const FULL_MONTHS = Object.keys(MONTHS).filter((m) => m.length > 4 || m === 'may' || m === 'june' || m === 'july');
const MONTH = `(?:(?<month>${oneOf(FULL_MONTHS)})|(?<abbr>${oneOf(Object.keys(MONTHS).filter((m) => !FULL_MONTHS.includes(m)))})(?<dot>\\.)?)`;
const DAY = '(?<day>[0-3]?\\d)(?:st|nd|rd|th)?';
const WEEKDAY_FULL = oneOf(Object.keys(WEEKDAYS).filter((w) => w.endsWith('day')));
const WEEKDAY_ANY = `${oneOf(Object.keys(WEEKDAYS))}\\.?`;
const SHIFT = `(?<shift>${oneOf(Object.keys(SHIFTS))})`;
const ORDINAL = `(?<ordinal>${oneOf(Object.keys(ORDINALS))}|[1-4](?:st|nd|rd|th))`;

const SPELLED_99 = `(?:${oneOf(Object.keys(SMALL_NUMBERS))}(?:[\\s-]${oneOf(Object.keys(SMALL_NUMBERS).filter((w) => SMALL_NUMBERS[w]! < 10))})?|oh[\\s-]${oneOf(Object.keys(SMALL_NUMBERS).filter((w) => SMALL_NUMBERS[w]! < 10))})`;
/** `ninety-one` → 91, `oh five` → 5. */
const spelledNumber = (s: string | undefined): number =>
  lower(s).split(/[\s-]+/u).reduce((sum, w) => sum + (SMALL_NUMBERS[w] ?? 0), 0);

const shiftOf = (s: string | undefined): -1 | 0 | 1 => Math.sign(SHIFTS[lower(s)] ?? 0) as -1 | 0 | 1;
const ordinalOf = (s: string | undefined): number => ORDINALS[lower(s)] ?? Number.parseInt(s ?? '', 10);
const yearOf = (s: string | undefined): number | null => (s ? expandYear(s) : null);

/**
 * `May`, `Mar`, `Jan` are also words: without a day or year they need a capital and, for `may`,
 * a preposition or direction word in front.
 */
function monthWord(g: Groups, standalone: boolean): number | null {
  const word = lower(g.month ?? g.abbr);
  const month = MONTHS[word];
  if (month === undefined || (standalone && !g.month)) return null;
  const capital = /^\p{Lu}/u.test(g.month ?? g.abbr ?? '');
  if (!capital && (standalone || (AMBIGUOUS_MONTHS.has(word) && !g.dot))) return null;
  if (standalone && word === 'may' && g.prep === undefined && g.shift === undefined) return null;
  return month;
}

/** Every rule gated by it holds a month name or abbreviation as a whole token. */
const MONTH_GATE = hasToken(Object.keys(MONTHS));
/** Weekdays written short only with a dot (`Tue.`, `Thurs.`): bare `fri` is in `Africa` and `friend`. */
const DOTTED_WEEKDAYS = ['tue', 'tues', 'thu', 'thur', 'thurs', 'fri'];
/** Full weekday names and the dotted ones, dot included. */
const WEEKDAY_GATE = containsOne(Object.keys(WEEKDAYS).filter((w) => w.endsWith('day')).concat(DOTTED_WEEKDAYS.map((w) => `${w}.`)));

const stated = (value: string | null): Parsed | null => (value ? { value } : null);

/** The ISO week of a stated day, and of the day a resolver gives. */
const weekOf = (day: string | null): string | null => {
  const d = day === null ? null : parseIsoDay(day);
  return d ? formatWeek(d) : null;
};
const inWeeks = (resolve: Resolve): Resolve => (ref) => weekOf(resolve(ref));
/** TimeML's weekend of the ISO week a day falls in. */
const weekendOf = (day: CalendarDay): string => `${formatWeek(day)}-WE`;

/** A day and month, with a year or a weekday that dates it (`Fri, Jul 18`), or the nearest one. */
function dayWithWeekday(g: Groups, month: number, day: number): Parsed | null {
  const wd = WEEKDAYS[lower(g.weekday).replace('.', '')];
  if (g.year || wd === undefined) return dayIn(month, day, yearOf(g.year));
  return dayIn(month, day, null) && { value: dayOnWeekday(month, day, wd) };
}

const monthDay = rule(
  'month-day-year',
  `${L}(?:(?<weekday>${WEEKDAY_ANY}),?\\s+)?${MONTH}\\s+${DAY}${R}(?:,?\\s+${YEAR}${R})?`,
  (g) => {
    const month = monthWord(g, false);
    return month === null ? null : dayWithWeekday(g, month, Number(g.day));
  },
  [MONTH_GATE, HAS_DIGIT],
);

const dayMonth = rule(
  'day-month-year',
  `${L}(?:(?<weekday>${WEEKDAY_ANY}),?\\s+)?(?:the\\s+)?(?:${DAY}|(?<dayword>${oneOf(Object.keys(ORDINALS))}))(?:\\s+of)?\\s+${MONTH}${R}(?:,?\\s+${YEAR}${R})?`,
  (g) => {
    const month = monthWord(g, false);
    const day = g.dayword ? ORDINALS[lower(g.dayword)] : Number(g.day);
    return month === null || day === undefined ? null : dayWithWeekday(g, month, day);
  },
  [MONTH_GATE],
);

const dashedDay = rule('dashed-day', `${L}${DAY}[-/ ]${MONTH}[-/ ](?<year>\\d{4}|\\d{2})${R}`, (g) => {
  const month = monthWord(g, false);
  return month === null ? null : dayIn(month, Number(g.day), expandYear(g.year!));
}, [MONTH_GATE, HAS_DIGIT]);

const monthYear = rule('month-year', `${L}${MONTH}(?:\\s+of)?,?\\s+(?:${YEAR}|['’](?<yy>\\d{2}))${R}`, (g) => {
  const month = monthWord(g, false);
  return month === null ? null : { value: monthIn(month, expandYear((g.year ?? g.yy)!)) };
}, [MONTH_GATE, HAS_DIGIT]);

const PREP = `(?:${oneOf(['in', 'since', 'by', 'until', 'till', 'of', 'during', 'before', 'after', 'through', 'from', 'early', 'late', 'mid'])}\\s{1,3}|mid-)`;
const monthAlone = rule(
  'month',
  `${L}(?:(?<=${L}${PREP})(?<prep>)|${SHIFT}\\s+|)${MONTH}${R}(?:\\s+(?<yshift>this|last|next)\\s+year${R})?`,
  (g) => {
    const month = monthWord(g, true);
    if (month === null) return null;
    if (g.yshift) {
      const n = SHIFTS[lower(g.yshift)] ?? 0;
      return { value: (ref) => monthIn(month, ref.year + n) };
    }
    return g.shift ? { value: monthNear(month, shiftOf(g.shift)) } : monthNearest(month);
  },
  [MONTH_GATE],
);

const decade = rule('decade', `${L}(?:the\\s+)?(?:(?<full>1\\d{2}|20\\d)0|['’](?<short>\\d)0)['’]?s${R}`, (g) => ({
  value: decadeValue(g.full ? Number(g.full) : 190 + Number(g.short)),
}), [containsOne(["0s", "0's", '0’s'])]);

const century = rule(
  'century',
  `${L}(?:(?<roman>[XVI]{1,6})|(?<num>[12]?\\d)(?:st|nd|rd|th)|(?<word>${oneOf(Object.keys(ORDINALS))}))[-\\s]+century${R}`,
  (g) => {
    const n = g.roman ? (g.roman === g.roman.toUpperCase() ? romanToNumber(g.roman) : null) : g.num ? Number(g.num) : ORDINALS[lower(g.word)];
    const value = n ? centuryValue(n) : null;
    return value ? { value } : null;
  },
  [containsOne(['century'])],
);

const quarter = rule(
  'quarter',
  `${L}(?:(?<yshift>last|next|this)\\s+year['’]s\\s+|the\\s+)?${ORDINAL}[-\\s]+(?:quarter|qtr)${R}(?:\\s+of\\s+(?:fiscal\\s+)?${YEAR}${R}|\\s+(?<year2>1\\d{3}|20\\d{2})${R})?`,
  (g) => {
    const q = ordinalOf(g.ordinal);
    if (q < 1 || q > 4) return null;
    const year = g.year ?? g.year2;
    if (g.yshift) {
      const n = SHIFTS[lower(g.yshift)] ?? 0;
      return { value: (ref) => quarterValue(ref.year + n, q) };
    }
    return { value: year ? quarterValue(Number(year), q) : quarterNear(q) };
  },
  [containsOne(['quarter', 'qtr'])],
);

/**
 * Financial news names its reporting quarter once, then refers back to it: `the quarter`,
 * `the latest quarter`, `that quarter`, `the latest period`; a year before it: `the year-ago
 * quarter`, `the year-earlier period`, `year-earlier profit`. With an ordinal the quarter is
 * stated (`the year-earlier third quarter`).
 */
const quarterAnaphor = rule(
  'quarter-anaphor',
  `${L}(?:(?:the|that)\\s+(?:latest\\s+|fiscal\\s+)?quarter|the\\s+latest\\s+period|(?:the\\s+)?(?:comparable\\s+)?(?<ago>year-(?:earlier|ago))(?:\\s+(?:${ORDINAL}[-\\s]+)?(?:quarter|period))?)${R}`,
  (g) => {
    if (g.ordinal) {
      const q = ordinalOf(g.ordinal);
      if (q < 1 || q > 4) return null;
      return { value: (ref) => quarterValue(Number(quarterNear(q)(ref)!.slice(0, 4)) - 1, q) };
    }
    return { value: () => null, anaphor: { years: g.ago ? -1 : 0 } };
  },
  [containsOne(['quarter', 'period', 'year-'])],
);

const quarterCode = rule('quarter-code', `${L}(?:Q(?<q>[1-4])(?:\\s+|['’])(?<year>\\d{4}|\\d{2})|(?<q2>[1-4])Q\\s?(?<year2>\\d{4}|\\d{2}))${R}`, (g) => ({
  value: quarterValue(expandYear(g.year ?? g.year2!), Number(g.q ?? g.q2)),
}), [HAS_DIGIT, containsOne(['q'])]);

const half = rule(
  'half',
  `${L}(?:the\\s+)?(?<ordinal>first|second|1st|2nd)\\s+half(?:\\s+of\\s+(?:${YEAR}|(?<theyear>the\\s+year|this\\s+year)))?${R}`,
  (g) => {
    const h = ordinalOf(g.ordinal);
    if (g.year) return { value: halfValue(Number(g.year), h) };
    if (g.theyear) return { value: (ref) => halfValue(ref.year, h) };
    return null;
  },
  [containsOne(['half'])],
);

/** `the first two quarters of 1990` is its first half, `the last two quarters` the second. */
const twoQuarters = rule(
  'two-quarters',
  `${L}(?:the\\s+)?(?<which>first|last|second)\\s+two\\s+quarters\\s+of\\s+(?:fiscal\\s+)?${YEAR}${R}`,
  (g) => ({ value: halfValue(Number(g.year), lower(g.which) === 'first' ? 1 : 2) }),
  [containsOne(['quarters'])],
);

const halfCode = rule('half-code', `${L}H(?<h>[12])\\s+${YEAR}${R}`, (g) => ({ value: halfValue(Number(g.year), Number(g.h)) }), [containsOne(['h1', 'h2'])]);

const season = rule(
  'season',
  `${L}(?:(?:the\\s+)?${SHIFT}\\s+)?(?<season>${oneOf(Object.keys(SEASONS))})(?:\\s+(?:of\\s+)?${YEAR})?${R}`,
  (g) => {
    const code = SEASONS[lower(g.season)]!;
    if (g.year) return { value: `${g.year}-${code}` };
    if (!g.shift) return null;
    const n = SHIFTS[lower(g.shift)] ?? 0;
    return { value: (ref) => `${ref.year + n}-${code}` };
  },
  [containsOne(Object.keys(SEASONS))],
);

const DAY_WORDS: Readonly<Record<string, number>> = {
  today: 0, yesterday: -1, tomorrow: 1, tomorrows: 1, 'the day before yesterday': -2, 'the day after tomorrow': 2,
};
/** Words that are a day and a part of it at once. */
const DAY_PART_WORDS: Readonly<Record<string, readonly [number, string]>> = {
  tonight: [0, 'night'], 'this morning': [0, 'morning'], 'this afternoon': [0, 'afternoon'],
  'this evening': [0, 'evening'], 'last night': [-1, 'night'],
};
const PART = `(?:\\s+(?<part>${oneOf(Object.keys(PARTS_OF_DAY))})${R})?`;
const withPart = (resolve: Resolve, part: string | undefined): Resolve => {
  const code = PARTS_OF_DAY[lower(part)];
  return code ? (ref) => `${resolve(ref)}T${code}` : resolve;
};
/** `yesterday morning`, and the part first: `mid-afternoon yesterday`, `late evening today`. */
const dayWord = rule(
  'day-word',
  `${L}(?:(?:mid-?|early\\s+|late\\s+)?(?<before>${oneOf(Object.keys(PARTS_OF_DAY))})\\s+)?(?<word>${oneOf(Object.keys(DAY_WORDS))})${R}${PART}`,
  (g) => ({ value: withPart(shifted('day', DAY_WORDS[lower(g.word)] ?? 0), g.part ?? g.before) }),
  [containsOne(['today', 'yesterday', 'tomorrow'])],
);
const dayPartWord = rule('day-part-word', `${L}(?<word>${oneOf(Object.keys(DAY_PART_WORDS))})${R}`, (g) => {
  const [days, part] = DAY_PART_WORDS[lower(g.word)]!;
  return { value: withPart(shifted('day', days), part) };
}, [containsOne(['night', 'morning', 'afternoon', 'evening'])]);

/** Units after a direction word (`last week`); `last day` is not a date. */
const RELATIVE_UNITS = ['week', 'month', 'year', 'quarter', 'yr', 'qtr'];
const relativeUnit = rule(
  'relative-unit',
  `${L}(?:the\\s+)?${SHIFT}\\s+(?<unit>${oneOf(RELATIVE_UNITS)})${R}`,
  (g) => {
    const unit = UNITS[lower(g.unit)]!;
    const n = SHIFTS[lower(g.shift)] ?? 0;
    // `from last year's $1.55 billion` compares a quarter's figures (see `Parsed.anaphor`).
    return { value: shifted(unit, n), ...(unit === 'year' && n === -1 ? { anaphor: { years: -1, comparison: true } } : {}) };
  },
  [containsOne(RELATIVE_UNITS), containsOne(Object.keys(SHIFTS))],
);

const unitsAgo = rule(
  'units-ago',
  `${L}(?<count>\\d{1,3}|${oneOf(Object.keys(COUNTS))})\\s+(?<unit>${oneOf(Object.keys(UNITS))})\\s+(?<dir>ago|earlier|from\\s+now|from\\s+today|hence)${R}`,
  (g) => {
    const n = COUNTS[lower(g.count)] ?? Number(g.count);
    const unit = UNITS[lower(g.unit)]!;
    if (!/^(?:ago|earlier)$/u.test(lower(g.dir))) return { value: shifted(unit === 'week' ? 'day' : unit, unit === 'week' ? 7 * n : n) };
    return { value: ago(unit, n), ...(unit === 'year' && n === 1 ? { anaphor: { years: -1, comparison: true } } : {}) };
  },
  [containsOne(['ago', 'earlier', 'from now', 'from today', 'hence'])],
);

const weekdayRule = rule(
  'weekday',
  `${L}(?:${SHIFT}\\s+)?(?:(?<full>${WEEKDAY_FULL})|(?<abbr>${DOTTED_WEEKDAYS.join('|')})\\.)(?!\\p{L})${PART}`,
  (g) => {
    const wd = WEEKDAYS[lower(g.full ?? g.abbr)]!;
    if (g.shift) return { value: withPart(weekdayNear(wd, shiftOf(g.shift)), g.part) };
    return { value: withPart(weekdayNear(wd, null), g.part), future: withPart(weekdayAhead(wd), g.part), aheadWithoutTense: true };
  },
  [WEEKDAY_GATE],
);

/** `20 of next month`, `the 20th of the current month`: a day of a month counted from this one. */
const dayOfRelativeMonth = rule(
  'day-of-relative-month',
  `${L}(?:the\\s+)?(?:${DAY}|(?<dayword>${oneOf(Object.keys(ORDINALS))}))\\s+of\\s+(?:the\\s+)?${SHIFT}\\s+month${R}`,
  (g) => {
    const day = g.dayword ? ORDINALS[lower(g.dayword)]! : Number(g.day);
    const n = SHIFTS[lower(g.shift)] ?? 0;
    return { value: (ref) => {
      const m = addMonths(ref.year, ref.month, n);
      return dayValue(m.year, m.month, day);
    } };
  },
  [containsOne(['month'])],
);

/** `tuesday of this week`, `sunday from last week`, `last week's sunday`: a day of a counted week. */
const weekdayOfRelativeWeek = rule(
  'weekday-of-relative-week',
  `${L}(?:(?<wd>${WEEKDAY_FULL})\\s+(?:of|from)\\s+(?:the\\s+)?${SHIFT}\\s+week|(?<shift2>${oneOf(Object.keys(SHIFTS))})\\s+week['’]s\\s+(?<wd2>${WEEKDAY_FULL}))${R}`,
  (g) => {
    const wd = WEEKDAYS[lower(g.wd ?? g.wd2)]!;
    const n = SHIFTS[lower(g.shift ?? g.shift2)] ?? 0;
    return { value: (ref) => formatDay(addDays(ref, 7 * n + wd - weekday(ref))) };
  },
  [containsOne(['week'])],
);

/** `on the 15th`, `the 1st.`: a day of the month alone, only where a phrase ends (not `the 15th round`). */
const dayOfMonthAlone = rule(
  'day-of-month',
  `${L}the\\s+(?<day>[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)(?=\\s*(?:[.,;:!?)]|$))`,
  (g) => ({ ...dayOfMonth(Number(g.day)), aheadWithoutTense: true }),
  [containsOne([...'0123456789'].flatMap((d) => ['st', 'nd', 'rd', 'th'].map((s) => d + s)))],
);

/** Duckling's `upcoming two weeks`, `2 upcoming months`: the unit that many steps ahead. */
const upcomingUnits = rule(
  'upcoming-units',
  `${L}(?:upcoming\\s+(?<count>\\d{1,2}|${oneOf(Object.keys(COUNTS))})|(?<count2>\\d{1,2}|${oneOf(Object.keys(COUNTS))})\\s+upcoming)\\s+(?<unit>${oneOf(Object.keys(UNITS))})${R}`,
  (g) => {
    const count = lower(g.count ?? g.count2);
    return { value: shifted(UNITS[lower(g.unit)]!, COUNTS[count] ?? Number(count)) };
  },
  [containsOne(['upcoming'])],
);

/** `the last week of September 2014`, `third last week of 2018`: full weeks counted from the end. */
const lastWeekOfPeriod = rule(
  'last-week-of',
  `${L}(?:the\\s+)?(?:(?<nth>second|third|fourth|2nd|3rd|4th)\\s+)?last\\s+week\\s+of\\s+(?:(?<month>${oneOf(FULL_MONTHS)})(?:\\s+(?<myear>1\\d{3}|20\\d{2}))?|${YEAR})${R}`,
  (g) => {
    const nth = g.nth ? ordinalOf(g.nth) : 1;
    if (!g.month) return { value: lastWeekOf({ year: Number(g.year), month: 12, day: 31 }, nth) };
    const month = MONTHS[lower(g.month)]!;
    const end = (year: number) => addDays({ ...addMonths(year, month, 1), day: 1 }, -1);
    return g.myear ? { value: lastWeekOf(end(Number(g.myear)), nth) } : { value: (ref) => lastWeekOf(end(ref.year), nth) };
  },
  [containsOne(['last week'])],
);

/** `the week of March 6`: the ISO week of that day. */
const weekOfDay = rule(
  'week-of-day',
  `${L}(?:the\\s+)?week\\s+of\\s+${MONTH}\\s+${DAY}${R}(?:,?\\s+${YEAR}${R})?`,
  (g) => {
    const month = monthWord(g, false);
    const day = month === null ? null : dayIn(month, Number(g.day), yearOf(g.year));
    if (!day) return null;
    if (typeof day.value === 'string') return stated(weekOf(day.value));
    return { value: inWeeks(day.value), ...(day.future ? { future: inWeeks(day.future) } : {}) };
  },
  [MONTH_GATE, containsOne(['week'])],
);

/**
 * `the weekend`, `over the weekend`: the latest one, or the next one by tense; `this`, `last`,
 * `next weekend`: the weekend of this, the previous or the next week. TimeML's `YYYY-Www-WE`.
 */
const weekend = rule('weekend', `${L}(?:the\\s+|${SHIFT}\\s+)weekend${R}`, (g) => {
  if (g.shift) {
    const n = shiftOf(g.shift);
    return { value: (ref) => weekendOf(addDays(ref, 7 * n)) };
  }
  return {
    value: (ref) => weekendOf(addDays(ref, -((weekday(ref) + 1) % 7))),
    future: (ref) => weekendOf(addDays(ref, (6 - weekday(ref) + 7) % 7)),
  };
}, [containsOne(['weekend'])]);

/** `by year-end`, `at year end`: the published year, at its end. */
const yearEnd = rule('year-end', `${L}(?:the\\s+)?year[-\\s]end${R}`, () => ({ value: (ref) => formatYear(ref.year), mod: 'END' }), [containsOne(['year'])]);

/** `the day before last Tuesday`, `the day after Monday`: one day from a weekday. */
const dayBeforeWeekday = rule(
  'day-before-weekday',
  `${L}(?:the\\s+)?day\\s+(?<dir>before|after)\\s+(?:${SHIFT}\\s+)?(?<wd>${WEEKDAY_FULL})${R}`,
  (g) => {
    const wd = WEEKDAYS[lower(g.wd)]!;
    const step = lower(g.dir) === 'before' ? -1 : 1;
    const around = (resolve: Resolve): Resolve => (ref) => {
      const day = resolve(ref);
      return day === null ? null : formatDay(addDays(parseIsoDay(day)!, step));
    };
    if (g.shift) return { value: around(weekdayNear(wd, shiftOf(g.shift))) };
    return { value: around(weekdayNear(wd, null)), future: around(weekdayAhead(wd)), aheadWithoutTense: true };
  },
  [containsOne(['day before', 'day after'])],
);

/** `friday after next`, `March after next`: one more period beyond `next`. */
const afterNext = rule('after-next', `${L}(?:(?<wd>${WEEKDAY_FULL})|(?<month>${oneOf(FULL_MONTHS)}))\\s+after\\s+next${R}`, (g) => {
  if (g.wd) {
    const next = weekdayNear(WEEKDAYS[lower(g.wd)]!, 1);
    return { value: (ref) => formatDay(addDays(parseIsoDay(next(ref)!)!, 7)) };
  }
  const month = MONTHS[lower(g.month)]!;
  return { value: (ref) => monthIn(month, (month > ref.month ? ref.year : ref.year + 1) + 1) };
}, [containsOne(['after next'])]);

/** `the first Monday in this month`, `first tuesday of last month`, `the last Friday of May 2024`. */
const nthWeekday = rule(
  'nth-weekday',
  `${L}(?:the\\s+)?(?<nth>first|second|third|fourth|last)\\s+(?<wd>${WEEKDAY_FULL})\\s+(?:of|in)\\s+(?:(?:the\\s+)?${SHIFT}\\s+month|(?<month>${oneOf(FULL_MONTHS)})(?:\\s+${YEAR})?)${R}`,
  (g) => {
    const wd = WEEKDAYS[lower(g.wd)]!;
    const nth = lower(g.nth) === 'last' ? -1 : ORDINALS[lower(g.nth)]!;
    const at = (year: number, month: number): string => formatDay(nthWeekdayOfMonth(year, month, wd, nth));
    if (g.month) {
      const month = MONTHS[lower(g.month)]!;
      if (g.year) return { value: at(Number(g.year), month) };
      return { value: (ref) => at(ref.year, month) };
    }
    const n = SHIFTS[lower(g.shift)] ?? 0;
    return { value: (ref) => {
      const m = addMonths(ref.year, ref.month, n);
      return at(m.year, m.month);
    } };
  },
  [WEEKDAY_GATE],
);

/** `nineteen ninety-one`, `two thousand ten`: years read aloud (broadcast transcripts). */
const spelledYear = rule(
  'spelled-year',
  `${L}(?:(?<hundreds>${oneOf(Object.keys(YEAR_HUNDREDS))})[\\s-]+(?<rest>${SPELLED_99})|two\\s+thousand(?:\\s+and)?(?:[\\s-]+(?<rest2>${SPELLED_99}))?)${R}`,
  (g) => {
    // `twenty one` is a count, not 2001: a spelled year's second half is 10 or more, or `oh five`.
    if (g.hundreds && spelledNumber(g.rest) < 10 && !/^oh/iu.test(g.rest ?? '')) return null;
    const year = g.hundreds ? (YEAR_HUNDREDS[lower(g.hundreds)] ?? 0) * 100 + spelledNumber(g.rest) : 2000 + spelledNumber(g.rest2);
    return { value: String(year) };
  },
  [containsOne(['teen', 'twenty', 'thousand'])],
);

function holidayDay(name: string, year: number): string | null {
  const fixed = FIXED_HOLIDAYS[name];
  if (fixed) return formatDay({ year, month: fixed[0], day: fixed[1] });
  const byWeekday = WEEKDAY_HOLIDAYS[name];
  if (byWeekday) return formatDay(nthWeekdayOfMonth(year, byWeekday[0], byWeekday[1], byWeekday[2]));
  const fromEaster = EASTER_HOLIDAYS[name];
  if (fromEaster !== undefined) return formatDay(addDays(easter(year), fromEaster));
  const fromThanksgiving = THANKSGIVING_OFFSETS[name];
  if (fromThanksgiving !== undefined) return formatDay(addDays(nthWeekdayOfMonth(year, 11, 4, 4), fromThanksgiving));
  return null;
}
const HOLIDAY_NAMES = [
  ...Object.keys(FIXED_HOLIDAYS),
  ...Object.keys(WEEKDAY_HOLIDAYS),
  ...Object.keys(EASTER_HOLIDAYS),
  ...Object.keys(THANKSGIVING_OFFSETS),
];
/**
 * Each holiday name up to its first apostrophe (the pattern makes apostrophes optional) is in
 * every match of it: `new year` rather than its longest word `year`, which most texts hold.
 */
const HOLIDAY_GATE = containsOne(HOLIDAY_NAMES.map((h) => h.split("'")[0]!));
const holiday = rule(
  'holiday',
  `${L}(?:${SHIFT}\\s+)?(?<name>${oneOf(HOLIDAY_NAMES).replace(/'/g, "['’]?")})(?:\\s+${YEAR})?${R}`,
  (g) => {
    const name = lower(g.name).replace(/[’]/g, "'");
    const key = HOLIDAY_NAMES.find((h) => h === name || h.replace(/'/g, '') === name.replace(/'/g, ''));
    if (!key) return null;
    if (g.year) return stated(holidayDay(key, Number(g.year)));
    if (g.shift) {
      const n = SHIFTS[lower(g.shift)] ?? 0;
      return { value: (ref) => holidayDay(key, ref.year + n) };
    }
    // Read like a weekday: the last one not after the published day, or ahead by tense.
    const on = (year: number): string => holidayDay(key, year) ?? '';
    return {
      value: (ref) => (on(ref.year) <= formatDay(ref) ? on(ref.year) : on(ref.year - 1)),
      future: (ref) => (on(ref.year) >= formatDay(ref) ? on(ref.year) : on(ref.year + 1)),
      aheadWithoutTense: true,
    };
  },
  [HOLIDAY_GATE],
);

const yearWithContext = rule(
  'year-context',
  `${YEAR}${beforeYear(`${L}(?:${oneOf(YEAR_CONTEXT_BEFORE)}\\s{1,3}|mid-)`)}${R}(?![.,]\\d|\\s*(?:%|percent|per\\s+cent)${R})${notCounting(EN_FUNCTION_WORDS, ['ed', 'ing'])}`,
  (g) => ({ value: g.year! }),
  [HAS_YEAR_DIGITS],
);

const yearWithDeterminer = rule(
  'year-determiner',
  `(?<year>1[89]\\d{2}|20\\d{2})${beforeYear(`${L}${oneOf(YEAR_DETERMINERS)}\\s`)}(?=\\s+\\p{Ll})`,
  (g) => ({ value: g.year! }),
  [HAS_YEAR_DIGITS],
);

const yearMarked = rule('year-marked', `(?<year>1[89]\\d{2}|20\\d{2})${beforeYear(L)}(?=['’]s${R}|\\))|(?<year2>1[89]\\d{2}|20\\d{2})${beforeYear('\\(')}${R}`, (g) => ({
  value: (g.year ?? g.year2)!,
}), [HAS_YEAR_DIGITS]);

export const EN_RULES: readonly Rule[] = [
  ...numericRules(true),
  dayOfRelativeMonth,
  weekdayOfRelativeWeek,
  afterNext,
  dayBeforeWeekday,
  nthWeekday,
  lastWeekOfPeriod,
  weekOfDay,
  weekend,
  yearEnd,
  upcomingUnits,
  dayOfMonthAlone,
  monthDay,
  dayMonth,
  dashedDay,
  monthYear,
  monthAlone,
  decade,
  century,
  quarter,
  quarterAnaphor,
  quarterCode,
  half,
  twoQuarters,
  halfCode,
  season,
  dayWord,
  dayPartWord,
  spelledYear,
  relativeUnit,
  unitsAgo,
  weekdayRule,
  holiday,
  yearWithContext,
  yearWithDeterminer,
  yearMarked,
];

/** Part-of-period words before a date, anchored at its start. */
export const EN_PART_OF_PERIOD = [
  { pattern: /(?<![\p{L}])(?:the\s+)?(?:very\s+)?end\s+of\s+(?:the\s+)?$/iu, mod: 'END' as const },
  { pattern: /(?<![\p{L}])(?:the\s+)?(?:beginning|start)\s+of\s+(?:the\s+)?$/iu, mod: 'START' as const },
  { pattern: /(?<![\p{L}])(?:the\s+)?middle\s+of\s+(?:the\s+)?$/iu, mod: 'MID' as const },
  { pattern: /(?<![\p{L}])(?:the\s+)?early\s*-?\s*$/iu, mod: 'START' as const },
  { pattern: /(?<![\p{L}])(?:the\s+)?late\s*-?\s*$/iu, mod: 'END' as const },
  { pattern: /(?<![\p{L}])(?:the\s+)?mid\s*-?\s*$/iu, mod: 'MID' as const },
];

/** What may stand between two listed years: `2017 and 2019`, `2010, 2012`, `1992 to 1996`. */
export const EN_LIST_CONNECTOR = /^\s*(?:,|,?\s*and|,?\s*or|to|through|until|till|[-–—/])?\s*(?:in\s+)?$/iu;

/**
 * Tense cues of a clause (see `applyTense`): future auxiliaries and plans; past auxiliaries,
 * reporting verbs, `-ed` forms and the irregular past forms common in news.
 */
export const EN_TENSE = {
  future: /(?<![\p{L}])(?:will|won['’]t|shall|['’]ll|is\s+to|are\s+to|going\s+to|set\s+to|plans?\s+to|planned\s+to|scheduled|expected|due\s+to|upcoming|next(?!\s+to(?![\p{L}]))|as\s+early\s+as|as\s+soon\s+as|tomorrow)(?![\p{L}])/iu,
  past: new RegExp(
    `(?<![\\p{L}])(?:\\p{L}{2,}ed|${oneOf(EN_PAST_VERBS)})(?![\\p{L}])`,
    'iu',
  ),
};
