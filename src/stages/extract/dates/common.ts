/**
 * Rules that read digits only, shared by every language. Numeric day/month order depends on the
 * language: `monthFirst` (US English) reads `07/27/2016` as July 27; dotted dates are day-first
 * everywhere, and an order that yields no real date falls back to the other one.
 */
import { formatMonth, formatYear } from './calendar.js';
import { dayValue, expandYear, isYear } from './resolve.js';
import { HAS_DIGIT, HAS_YEAR_DIGITS } from './gates.js';
import { L, LETTER_OR_DIGIT_AHEAD, LETTER_OR_DIGIT_BEHIND, R, rule, type Rule, YEAR } from './rule.js';

/** No digit, dot or slash glued on either side: `1.2.2015.4`, `192.168.1.1` are not dates. */
const NL = `(?<!${LETTER_OR_DIGIT_BEHIND}|[./-])`;
const NR = `(?!${LETTER_OR_DIGIT_AHEAD}|[./-]\\p{N})`;

export function numericRules(monthFirst: boolean): Rule[] {
  // Every rule here reads a 4-digit year except the numeric day (`3/3/15`), which needs digits.
  return [
    rule('iso-day', `${NL}${YEAR}(?<sep>[-/.])(?<month>[01]?\\d)\\k<sep>(?<day>[0-3]?\\d)(?:T[0-2]\\d:[0-5]\\d(?::[0-5]\\d)?)?${NR}`, (g) => {
      const value = dayValue(Number(g.year), Number(g.month), Number(g.day));
      return value ? { value } : null;
    }, [HAS_YEAR_DIGITS]),
    rule('numeric-day', `${NL}(?<a>[0-3]?\\d)(?<sep>[./])(?<b>[0-3]?\\d)\\k<sep>(?<year>\\d{4}|\\d{2})${NR}`, (g) => {
      const year = expandYear(g.year!);
      const a = Number(g.a);
      const b = Number(g.b);
      const dayFirst = g.sep === '.' || !monthFirst;
      const value = dayFirst ? dayValue(year, b, a) ?? dayValue(year, a, b) : dayValue(year, a, b) ?? dayValue(year, b, a);
      return value ? { value } : null;
    }, [HAS_DIGIT]),
    rule('year-range', `${L}(?<from>1\\d{3}|20\\d{2})\\s?[-–—]\\s?(?<to>1\\d{3}|20\\d{2}|\\d{2})${NR}`, (g) => {
      const from = Number(g.from);
      const to = g.to!.length === 2 ? Math.floor(from / 100) * 100 + Number(g.to) : Number(g.to);
      if (to <= from || !isYear(to) || to - from > 100) return null;
      return { value: `${formatYear(from)}/${formatYear(to)}` };
    }, [HAS_YEAR_DIGITS]),
    rule('year-month', `${NL}${YEAR}[-/](?<month>0[1-9]|1[0-2])${NR}`, (g) => ({ value: formatMonth(Number(g.year), Number(g.month)) }), [HAS_YEAR_DIGITS]),
    rule('month-year', `${NL}(?<month>0?[1-9]|1[0-2])/${YEAR}${NR}`, (g) => ({ value: formatMonth(Number(g.year), Number(g.month)) }), [HAS_YEAR_DIGITS]),
    rule('weak-year', `${L}${YEAR}${R}(?![.,]\\d)`, (g) => ({ value: g.year!, weak: true }), [HAS_YEAR_DIGITS]),
  ];
}
