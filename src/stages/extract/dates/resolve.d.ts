/**
 * Productions shared by the locale rules: stated values at their own granularity, and the
 * resolvers that turn relative expressions into values against the published day.
 */
import { type CalendarDay } from './calendar.js';
import type { Parsed, Resolve } from './rule.js';
export type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year';
export declare const MIN_YEAR = 1000;
export declare const MAX_YEAR = 2100;
export declare const isYear: (y: number) => boolean;
/** Two-digit years: `'74` → 1974, `15` → 2015 (a pivot at 50, as in most date libraries). */
export declare const expandYear: (text: string) => number;
/** A stated day, or null when the parts do not make a real day. */
export declare function dayValue(year: number, month: number, day: number): string | null;
/** A month in a stated year. */
export declare const monthIn: (month: number, year: number) => string;
/** A day of a month whose year is stated, or (null) inferred as the nearest occurrence. */
export declare function dayIn(month: number, day: number, year: number | null): Parsed | null;
/** The value `n` units away from the published day, at that unit's granularity. */
export declare function shifted(unit: Unit, n: number): Resolve;
/**
 * `N units ago`: a day for days and weeks (`a week ago` names the day), otherwise the unit's own
 * granularity.
 */
export declare function ago(unit: Unit, n: number): Resolve;
/**
 * A weekday relative to the published day. `last` = the latest one strictly before, `next` = the
 * first one strictly after, `this` = the first one on or after; a bare weekday in news is the
 * latest one on or before the published day (news reports what happened; TimeML agrees), unless
 * the sentence is in the future tense (see `Parsed.future`).
 */
export declare function weekdayNear(isoWeekday: number, shift: -1 | 0 | 1 | null): Resolve;
/** A weekday read in the future tense: the first one on or after the published day. */
export declare const weekdayAhead: (isoWeekday: number) => Resolve;
/** A month without a year, nearest the published day; its `future` reading looks ahead. */
export declare function monthNearest(month: number): {
    value: Resolve;
    future: Resolve;
};
/** A day of a month without a year, nearest the published day; `future` looks ahead. */
export declare function dayNearest(month: number, day: number): {
    value: Resolve;
    future: Resolve;
};
/**
 * A day of a month named with its weekday but no year (`Fri, Jul 18`): the year nearest the
 * published day in which that day falls on that weekday (the weekday dates it), within six years.
 */
export declare function dayOnWeekday(month: number, day: number, isoWeekday: number): Resolve;
/**
 * A day of the month alone (`on the 15th`): this month's if not after the published day, else
 * last month's; `future` takes this month's if not before it, else next month's.
 */
export declare function dayOfMonth(day: number): {
    value: Resolve;
    future: Resolve;
};
/**
 * The n-th last full Monday–Sunday week of a month or year (`the last week of September 2014`,
 * `third last week of 2018`): counted back from the last Sunday not after the period's last day.
 */
export declare function lastWeekOf(lastDay: CalendarDay, nth: number): string;
/** A month name with a direction: `last May` is the latest May before this month. */
export declare function monthNear(month: number, shift: -1 | 0 | 1): Resolve;
/**
 * A quarter without a year: the latest such quarter up to the published one (news reports
 * `fourth-quarter profit` in January about the year before).
 */
export declare function quarterNear(quarter: number): Resolve;
export declare const quarterValue: (year: number, quarter: number) => string;
export declare const halfValue: (year: number, half: number) => string;
/** `XXI` → 21; null for anything that is not a well-formed Roman numeral up to 39. */
export declare function romanToNumber(roman: string): number | null;
/** The n-th century as TIMEX3: the 20th century is `19XX`. */
export declare const centuryValue: (n: number) => string | null;
/** A decade from its first three digits: `195` → `195X`. */
export declare const decadeValue: (firstThree: number) => string;
export type { CalendarDay };
