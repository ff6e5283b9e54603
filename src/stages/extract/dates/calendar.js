/**
 * Calendar arithmetic and TIMEX3 value formatting. Days are plain `{year, month, day}` records
 * computed through UTC `Date`s, so the machine's time zone never shifts a day.
 */
const pad = (n, width = 2) => String(n).padStart(width, '0');
const toUtc = (d) => new Date(Date.UTC(d.year, d.month - 1, d.day));
const fromUtc = (t) => ({ year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() });
/** `YYYY-MM-DD` → day; null when the string is not a real calendar day. */
export function parseIsoDay(iso) {
    const m = /^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})$/.exec(iso);
    if (!m?.groups)
        return null;
    return makeDay(Number(m.groups.y), Number(m.groups.m), Number(m.groups.d));
}
/** A day from its parts, or null when the parts do not name a real day (31 February). */
export function makeDay(year, month, day) {
    if (month < 1 || month > 12 || day < 1 || day > 31)
        return null;
    const t = fromUtc(new Date(Date.UTC(year, month - 1, day)));
    return t.month === month && t.day === day ? { year, month, day } : null;
}
export function addDays(d, n) {
    const t = toUtc(d);
    t.setUTCDate(t.getUTCDate() + n);
    return fromUtc(t);
}
/** Month arithmetic on `{year, month}` only (the day is irrelevant at month grain). */
export function addMonths(year, month, n) {
    const index = year * 12 + (month - 1) + n;
    return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}
/** ISO weekday: Monday 1 … Sunday 7. */
export function weekday(d) {
    const w = toUtc(d).getUTCDay();
    return w === 0 ? 7 : w;
}
export const formatYear = (year) => pad(year, 4);
export const formatMonth = (year, month) => `${pad(year, 4)}-${pad(month)}`;
export const formatDay = (d) => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
/** ISO 8601 week of a day, `YYYY-Www` (the week's Thursday decides the year). */
export function formatWeek(d) {
    const thursday = addDays(d, 4 - weekday(d));
    const jan1 = { year: thursday.year, month: 1, day: 1 };
    const dayOfYear = Math.round((toUtc(thursday).getTime() - toUtc(jan1).getTime()) / 86_400_000);
    return `${pad(thursday.year, 4)}-W${pad(Math.floor(dayOfYear / 7) + 1)}`;
}
export const quarterOf = (month) => Math.floor((month - 1) / 3) + 1;
/** The n-th (1-based) given weekday of a month, or the last one when n is -1. */
export function nthWeekdayOfMonth(year, month, isoWeekday, n) {
    if (n < 0) {
        const last = addDays({ ...addMonths(year, month, 1), day: 1 }, -1);
        return addDays(last, -((weekday(last) - isoWeekday + 7) % 7));
    }
    const first = { year, month, day: 1 };
    return addDays(first, ((isoWeekday - weekday(first) + 7) % 7) + 7 * (n - 1));
}
/** Western Easter Sunday (anonymous Gregorian computus). */
export function easter(year) {
    const a = year % 19;
    const b = Math.floor(year / 100);
    const c = year % 100;
    const d = Math.floor(b / 4);
    const e = b % 4;
    const f = Math.floor((b + 8) / 25);
    const g = Math.floor((b - f + 1) / 3);
    const h = (19 * a + b - d - g + 15) % 30;
    const i = Math.floor(c / 4);
    const k = c % 4;
    const l = (32 + 2 * e + 2 * i - h - k) % 7;
    const m = Math.floor((a + 11 * h + 22 * l) / 451);
    const month = Math.floor((h + l - 7 * m + 114) / 31);
    const day = ((h + l - 7 * m + 114) % 31) + 1;
    return { year, month, day };
}
//# sourceMappingURL=calendar.js.map