/**
 * Productions shared by the locale rules: stated values at their own granularity, and the
 * resolvers that turn relative expressions into values against the published day.
 */
import { addDays, addMonths, formatDay, formatMonth, formatWeek, formatYear, makeDay, quarterOf, weekday, } from './calendar.js';
export const MIN_YEAR = 1000;
export const MAX_YEAR = 2100;
export const isYear = (y) => Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;
/** Two-digit years: `'74` → 1974, `15` → 2015 (a pivot at 50, as in most date libraries). */
export const expandYear = (text) => {
    const n = Number(text);
    if (text.length > 2)
        return n;
    return n < 50 ? 2000 + n : 1900 + n;
};
/** A stated day, or null when the parts do not make a real day. */
export function dayValue(year, month, day) {
    const d = makeDay(year, month, day);
    return d && isYear(year) ? formatDay(d) : null;
}
/** A month in a stated year. */
export const monthIn = (month, year) => formatMonth(year, month);
/** A day of a month whose year is stated, or (null) inferred as the nearest occurrence. */
export function dayIn(month, day, year) {
    if (year !== null) {
        const value = dayValue(year, month, day);
        return value ? { value } : null;
    }
    if (!makeDay(2000, month, day))
        return null; // 2000 is a leap year, so 29 February passes
    return dayNearest(month, day);
}
/** The value `n` units away from the published day, at that unit's granularity. */
export function shifted(unit, n) {
    return (ref) => {
        switch (unit) {
            case 'day':
                return formatDay(addDays(ref, n));
            case 'week':
                return formatWeek(addDays(ref, 7 * n));
            case 'month': {
                const m = addMonths(ref.year, ref.month, n);
                return formatMonth(m.year, m.month);
            }
            case 'quarter': {
                const m = addMonths(ref.year, ref.month, 3 * n);
                return `${formatYear(m.year)}-Q${quarterOf(m.month)}`;
            }
            case 'year':
                return formatYear(ref.year + n);
        }
    };
}
/**
 * `N units ago`: a day for days and weeks (`a week ago` names the day), otherwise the unit's own
 * granularity.
 */
export function ago(unit, n) {
    return unit === 'week' ? shifted('day', -7 * n) : shifted(unit, -n);
}
/**
 * A weekday relative to the published day. `last` = the latest one strictly before, `next` = the
 * first one strictly after, `this` = the first one on or after; a bare weekday in news is the
 * latest one on or before the published day (news reports what happened; TimeML agrees), unless
 * the sentence is in the future tense (see `Parsed.future`).
 */
export function weekdayNear(isoWeekday, shift) {
    return (ref) => {
        const back = (weekday(ref) - isoWeekday + 7) % 7;
        const forward = (isoWeekday - weekday(ref) + 7) % 7;
        if (shift === -1)
            return formatDay(addDays(ref, -(back || 7)));
        if (shift === 1)
            return formatDay(addDays(ref, forward || 7));
        if (shift === 0)
            return formatDay(addDays(ref, forward));
        return formatDay(addDays(ref, -back));
    };
}
/** A weekday read in the future tense: the first one on or after the published day. */
export const weekdayAhead = (isoWeekday) => weekdayNear(isoWeekday, 0);
/**
 * The year of a month (and day) given without one: the occurrence nearest the published day
 * (`Nov. 25` in a January article is last November), or with `ahead` the first one not before it.
 */
function yearNearest(ref, month, day, ahead) {
    const distance = (year) => (year - ref.year) * 372 + (month - ref.month) * 31 + (day - ref.day);
    const years = [ref.year - 1, ref.year, ref.year + 1];
    if (ahead)
        return years.find((y) => distance(y) >= 0) ?? ref.year;
    return years.reduce((best, y) => (Math.abs(distance(y)) < Math.abs(distance(best)) ? y : best));
}
/** A month without a year, nearest the published day; its `future` reading looks ahead. */
export function monthNearest(month) {
    return {
        value: (ref) => formatMonth(yearNearest(ref, month, 15, false), month),
        future: (ref) => formatMonth(yearNearest(ref, month, 31, true), month),
    };
}
/** A day of a month without a year, nearest the published day; `future` looks ahead. */
export function dayNearest(month, day) {
    return {
        value: (ref) => dayValue(yearNearest(ref, month, day, false), month, day),
        future: (ref) => dayValue(yearNearest(ref, month, day, true), month, day),
    };
}
/**
 * A day of a month named with its weekday but no year (`Fri, Jul 18`): the year nearest the
 * published day in which that day falls on that weekday (the weekday dates it), within six years.
 */
export function dayOnWeekday(month, day, isoWeekday) {
    return (ref) => {
        const span = [0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6];
        const fits = (offset) => {
            const d = makeDay(yearNearest(ref, month, day, false) + offset, month, day);
            return d !== null && weekday(d) === isoWeekday;
        };
        const offset = span.find(fits);
        return dayValue(yearNearest(ref, month, day, false) + (offset ?? 0), month, day);
    };
}
/**
 * A day of the month alone (`on the 15th`): this month's if not after the published day, else
 * last month's; `future` takes this month's if not before it, else next month's.
 */
export function dayOfMonth(day) {
    const inMonth = (ref, n) => {
        const m = addMonths(ref.year, ref.month, n);
        return dayValue(m.year, m.month, day);
    };
    return {
        value: (ref) => inMonth(ref, day <= ref.day ? 0 : -1),
        future: (ref) => inMonth(ref, day >= ref.day ? 0 : 1),
    };
}
/**
 * The n-th last full Monday–Sunday week of a month or year (`the last week of September 2014`,
 * `third last week of 2018`): counted back from the last Sunday not after the period's last day.
 */
export function lastWeekOf(lastDay, nth) {
    const sunday = addDays(lastDay, -(weekday(lastDay) % 7));
    return formatWeek(addDays(sunday, -7 * (nth - 1)));
}
/** A month name with a direction: `last May` is the latest May before this month. */
export function monthNear(month, shift) {
    return (ref) => {
        if (shift === 0)
            return formatMonth(ref.year, month);
        if (shift === -1)
            return formatMonth(month < ref.month ? ref.year : ref.year - 1, month);
        return formatMonth(month > ref.month ? ref.year : ref.year + 1, month);
    };
}
/**
 * A quarter without a year: the latest such quarter up to the published one (news reports
 * `fourth-quarter profit` in January about the year before).
 */
export function quarterNear(quarter) {
    return (ref) => `${formatYear(quarter <= quarterOf(ref.month) ? ref.year : ref.year - 1)}-Q${quarter}`;
}
export const quarterValue = (year, quarter) => `${formatYear(year)}-Q${quarter}`;
export const halfValue = (year, half) => `${formatYear(year)}-H${half}`;
/** `XXI` → 21; null for anything that is not a well-formed Roman numeral up to 39. */
export function romanToNumber(roman) {
    const m = /^(?<tens>X{0,3})(?<units>IX|IV|V?I{0,3})$/.exec(roman);
    if (!m?.groups || roman === '')
        return null;
    const units = { '': 0, I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9 };
    return m.groups.tens.length * 10 + (units[m.groups.units] ?? 0);
}
/** The n-th century as TIMEX3: the 20th century is `19XX`. */
export const centuryValue = (n) => (n >= 1 && n <= 21 ? `${String(n - 1).padStart(2, '0')}XX` : null);
/** A decade from its first three digits: `195` → `195X`. */
export const decadeValue = (firstThree) => `${String(firstThree).padStart(3, '0')}X`;
//# sourceMappingURL=resolve.js.map