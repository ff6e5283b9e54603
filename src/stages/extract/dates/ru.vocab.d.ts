/**
 * Russian date vocabulary: every inflected form the Russian rules accept (all six cases), mapped
 * to its number. Lower case; `ё` forms listed beside their `е` spelling.
 */
/** Month names in every case. */
export declare const MONTHS: Readonly<Record<string, number>>;
/** Month abbreviations, accepted only after a day number (`15 фев`, `1-е мар.`). */
export declare const MONTH_ABBREVIATIONS: Readonly<Record<string, number>>;
/** Weekdays in every case, ISO numbering (понедельник 1). */
export declare const WEEKDAYS: Readonly<Record<string, number>>;
/** Ordinal stems 1–31 and 1–21 for centuries; the rules add the adjective endings. */
export declare const ORDINAL_STEMS: Readonly<Record<string, number>>;
/** Adjective endings of ordinals in every gender and case (`третье`, `второго`, `первой`). */
export declare const ORDINAL_ENDINGS: readonly string[];
/** Tens that prefix a compound ordinal (`двадцать четвёртое`). */
export declare const ORDINAL_TENS: Readonly<Record<string, number>>;
/** Direction adjectives in every gender and case: -1 past, 0 current, +1 future. */
export declare const SHIFTS: Readonly<Record<string, number>>;
/** Calendar units in every case (singular for `в прошлом году`, plural for `5 лет назад`). */
export declare const UNITS: Readonly<Record<string, 'day' | 'week' | 'month' | 'quarter' | 'year'>>;
/** Counts in `два года назад`, `через пять дней`. */
export declare const COUNTS: Readonly<Record<string, number>>;
/** Forms of `год` after a year number (the rules add the abbreviations `г.` and `гг.`). */
export declare const YEAR_WORDS: readonly string[];
/** Seasons in the instrumental (`летом 2015 года`) and nominative; TimeML codes. */
export declare const SEASONS: Readonly<Record<string, string>>;
/** Prepositions after which a bare 4-digit number is read as a year (`с 1992`, `к 2030`). */
export declare const YEAR_CONTEXT_BEFORE: readonly string[];
/** Lower-case words that may follow a year read from context; any other makes it a count. */
export declare const RU_FUNCTION_WORDS: readonly string[];
