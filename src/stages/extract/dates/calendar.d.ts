/**
 * Calendar arithmetic and TIMEX3 value formatting. Days are plain `{year, month, day}` records
 * computed through UTC `Date`s, so the machine's time zone never shifts a day.
 */
export interface CalendarDay {
    readonly year: number;
    /** 1–12 */
    readonly month: number;
    /** 1–31 */
    readonly day: number;
}
/** `YYYY-MM-DD` → day; null when the string is not a real calendar day. */
export declare function parseIsoDay(iso: string): CalendarDay | null;
/** A day from its parts, or null when the parts do not name a real day (31 February). */
export declare function makeDay(year: number, month: number, day: number): CalendarDay | null;
export declare function addDays(d: CalendarDay, n: number): CalendarDay;
/** Month arithmetic on `{year, month}` only (the day is irrelevant at month grain). */
export declare function addMonths(year: number, month: number, n: number): {
    year: number;
    month: number;
};
/** ISO weekday: Monday 1 … Sunday 7. */
export declare function weekday(d: CalendarDay): number;
export declare const formatYear: (year: number) => string;
export declare const formatMonth: (year: number, month: number) => string;
export declare const formatDay: (d: CalendarDay) => string;
/** ISO 8601 week of a day, `YYYY-Www` (the week's Thursday decides the year). */
export declare function formatWeek(d: CalendarDay): string;
export declare const quarterOf: (month: number) => number;
/** The n-th (1-based) given weekday of a month, or the last one when n is -1. */
export declare function nthWeekdayOfMonth(year: number, month: number, isoWeekday: number, n: number): CalendarDay;
/** Western Easter Sunday (anonymous Gregorian computus). */
export declare function easter(year: number): CalendarDay;
