/**
 * English date vocabulary: every surface word the English rules accept, mapped to its number.
 * Lower case; abbreviations without their dot (the rules allow an optional one).
 */
/** Month names and their newsroom abbreviations (AP style `Sept.`, `Aug.`). */
export declare const MONTHS: Readonly<Record<string, number>>;
/** Abbreviations that are also ordinary words: accepted only capitalized or with their dot. */
export declare const AMBIGUOUS_MONTHS: ReadonlySet<string>;
/** Weekdays, ISO numbering (Monday 1). */
export declare const WEEKDAYS: Readonly<Record<string, number>>;
/** Ordinal words for days of the month and for quarters/halves. */
export declare const ORDINALS: Readonly<Record<string, number>>;
/** Small counts in `two years ago`, `a week ago`. */
export declare const COUNTS: Readonly<Record<string, number>>;
/** Calendar units of relative expressions, singular and plural. */
export declare const UNITS: Readonly<Record<string, 'day' | 'week' | 'month' | 'quarter' | 'year'>>;
/** Direction words before a unit or weekday: -1 past, 0 current, +1 future. */
export declare const SHIFTS: Readonly<Record<string, number>>;
/** TimeML season codes. */
export declare const SEASONS: Readonly<Record<string, string>>;
/**
 * Words after which a bare 4-digit number is read as a year (`in 2017`, `since 1992`,
 * `results of 2017`, `mid-2015`). Counting words (`about`, `over`) are deliberately absent.
 */
export declare const YEAR_CONTEXT_BEFORE: readonly string[];
/** Determiners before `<year> <noun>`: `his 1992 visit`, `the 2019 air show`. */
export declare const YEAR_DETERMINERS: readonly string[];
/**
 * Fixed-date holidays (month, day) and computed ones; names lower case, apostrophes optional.
 * Only holidays common in news text.
 */
export declare const FIXED_HOLIDAYS: Readonly<Record<string, readonly [number, number]>>;
/** Holidays on the n-th weekday of a month: [month, ISO weekday, n] (n = -1: the last one). */
export declare const WEEKDAY_HOLIDAYS: Readonly<Record<string, readonly [number, number, number]>>;
/** Holidays a fixed number of days from Western Easter Sunday. */
export declare const EASTER_HOLIDAYS: Readonly<Record<string, number>>;
/** Holidays relative to another one, in days: Black Friday follows Thanksgiving. */
export declare const THANKSGIVING_OFFSETS: Readonly<Record<string, number>>;
/**
 * Lower-case words that may follow a year read from context (`in 1969, will`, `since 1992 to`).
 * Any other lower-case word after the number makes it a count (`in 2000 people`).
 */
export declare const EN_FUNCTION_WORDS: readonly string[];
/** TimeML codes of the parts of a day (`Wednesday night` → `…TNI`). */
export declare const PARTS_OF_DAY: Readonly<Record<string, string>>;
/** Number words 1–99 as used in spelled-out years (`ninety-one`); units below 10 combine with tens. */
export declare const SMALL_NUMBERS: Readonly<Record<string, number>>;
/** Leading halves of spelled-out years (`nineteen` ninety-one). */
export declare const YEAR_HUNDREDS: Readonly<Record<string, number>>;
/**
 * Past forms without `-ed` that mark a clause as past (`met Monday`, `said Tuesday`); present
 * reporting verbs count too, since news reports in the present what already happened, and so do
 * `ago` and `yesterday` (`fell yesterday ... and on Wednesday`).
 */
export declare const EN_PAST_VERBS: readonly string[];
