/**
 * English date vocabulary: every surface word the English rules accept, mapped to its number.
 * Lower case; abbreviations without their dot (the rules allow an optional one).
 */
/** Month names and their newsroom abbreviations (AP style `Sept.`, `Aug.`). */
export const MONTHS = {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
    june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
    october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
/** Abbreviations that are also ordinary words: accepted only capitalized or with their dot. */
export const AMBIGUOUS_MONTHS = new Set(['may', 'mar', 'jan', 'jun', 'dec', 'sep']);
/** Weekdays, ISO numbering (Monday 1). */
export const WEEKDAYS = {
    monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4,
    thur: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};
/** Ordinal words for days of the month and for quarters/halves. */
export const ORDINALS = {
    first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
    tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
    sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
    'twenty-first': 21, 'twenty-second': 22, 'twenty-third': 23, 'twenty-fourth': 24,
    'twenty-fifth': 25, 'twenty-sixth': 26, 'twenty-seventh': 27, 'twenty-eighth': 28,
    'twenty-ninth': 29, thirtieth: 30, 'thirty-first': 31,
};
/** Small counts in `two years ago`, `a week ago`. */
export const COUNTS = {
    a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
    ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, fifty: 50, hundred: 100,
    couple: 2, 'a couple of': 2, several: 3, 'a few': 3, few: 3,
};
/** Calendar units of relative expressions, singular and plural. */
export const UNITS = {
    day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month',
    quarter: 'quarter', quarters: 'quarter', year: 'year', years: 'year', yr: 'year', yrs: 'year', qtr: 'quarter',
};
/** Direction words before a unit or weekday: -1 past, 0 current, +1 future. */
export const SHIFTS = {
    last: -1, past: -1, previous: -1, this: 0, current: 0, next: 1, coming: 1, following: 1, upcoming: 1,
};
/** TimeML season codes. */
export const SEASONS = {
    spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI',
};
/**
 * Words after which a bare 4-digit number is read as a year (`in 2017`, `since 1992`,
 * `results of 2017`, `mid-2015`). Counting words (`about`, `over`) are deliberately absent.
 */
export const YEAR_CONTEXT_BEFORE = [
    'in', 'since', 'by', 'until', 'till', 'from', 'of', 'for', 'during', 'before', 'after',
    'through', 'between', 'circa', 'early', 'late', 'mid-', 'mid', 'spring', 'summer', 'fall',
    'autumn', 'winter', 'year', 'fiscal', 'as of',
];
/** Determiners before `<year> <noun>`: `his 1992 visit`, `the 2019 air show`. */
export const YEAR_DETERMINERS = ['the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'a'];
/**
 * Fixed-date holidays (month, day) and computed ones; names lower case, apostrophes optional.
 * Only holidays common in news text.
 */
export const FIXED_HOLIDAYS = {
    'christmas': [12, 25], 'christmas day': [12, 25], 'xmas': [12, 25], 'christmas eve': [12, 24],
    "new year's day": [1, 1], 'new years day': [1, 1], "new year's eve": [12, 31], 'new years eve': [12, 31],
    'independence day': [7, 4], 'halloween': [10, 31], "valentine's day": [2, 14], 'valentines day': [2, 14],
    "st patrick's day": [3, 17], "st. patrick's day": [3, 17], "saint patrick's day": [3, 17], "st paddy's day": [3, 17],
    'veterans day': [11, 11], 'armistice day': [11, 11], 'boxing day': [12, 26],
    "boss's day": [10, 16], 'boss day': [10, 16], 'bosses day': [10, 16],
};
/** Holidays on the n-th weekday of a month: [month, ISO weekday, n] (n = -1: the last one). */
export const WEEKDAY_HOLIDAYS = {
    'thanksgiving': [11, 4, 4], 'thanksgiving day': [11, 4, 4], 'labor day': [9, 1, 1], 'labour day': [9, 1, 1],
    'memorial day': [5, 1, -1], "presidents' day": [2, 1, 3], 'presidents day': [2, 1, 3],
    'martin luther king day': [1, 1, 3], 'martin luther kings day': [1, 1, 3], "martin luther king's day": [1, 1, 3],
    'mlk day': [1, 1, 3], "mother's day": [5, 7, 2], 'mothers day': [5, 7, 2], "father's day": [6, 7, 3],
    'fathers day': [6, 7, 3], 'columbus day': [10, 1, 2],
};
/** Holidays a fixed number of days from Western Easter Sunday. */
export const EASTER_HOLIDAYS = {
    'easter': 0, 'easter sunday': 0, 'easter monday': 1, 'good friday': -2, 'holy saturday': -1,
    'palm sunday': -7, 'ash wednesday': -46, 'ascension day': 39, 'pentecost': 49, 'whit sunday': 49,
};
/** Holidays relative to another one, in days: Black Friday follows Thanksgiving. */
export const THANKSGIVING_OFFSETS = { 'black friday': 1, 'cyber monday': 4 };
/**
 * Lower-case words that may follow a year read from context (`in 1969, will`, `since 1992 to`).
 * Any other lower-case word after the number makes it a count (`in 2000 people`).
 */
export const EN_FUNCTION_WORDS = [
    'and', 'or', 'to', 'the', 'when', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'that', 'as', 'at',
    'in', 'on', 'was', 'were', 'is', 'are', 'with', 'for', 'from', 'will', 'would', 'had', 'has', 'have',
    'but', 'after', 'before', 'until', 'there', 'this', 'its', 'his', 'her', 'their', 'a', 'an', 'by',
    'amid', 'so', 'which', 'who', 'while', 'did', 'saw', 'alone', 'onward', 'onwards', 'through', 'till',
    'than', 'if', 'because', 'since', 'during', 'compared', 'against', 'versus', 'vs', 'levels', 'level',
];
/** TimeML codes of the parts of a day (`Wednesday night` → `…TNI`). */
export const PARTS_OF_DAY = {
    morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI',
};
/** Number words 1–99 as used in spelled-out years (`ninety-one`); units below 10 combine with tens. */
export const SMALL_NUMBERS = {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
    eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
    seventy: 70, eighty: 80, ninety: 90,
};
/** Leading halves of spelled-out years (`nineteen` ninety-one). */
export const YEAR_HUNDREDS = { sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20 };
/**
 * Past forms without `-ed` that mark a clause as past (`met Monday`, `said Tuesday`); present
 * reporting verbs count too, since news reports in the present what already happened, and so do
 * `ago` and `yesterday` (`fell yesterday ... and on Wednesday`).
 */
export const EN_PAST_VERBS = [
    'was', 'were', 'been', 'had', 'did', 'said', 'says', 'told', 'met', 'left', 'held', 'began', 'went', 'came', 'took',
    'gave', 'made', 'fell', 'rose', 'won', 'lost', 'sent', 'saw', 'found', 'got', 'struck', 'broke', 'spoke',
    'led', 'paid', 'sold', 'kept', 'brought', 'thought', 'heard', 'ran', 'flew', 'drew', 'fought', 'wrote',
    'stood', 'shot', 'became', 'chose', 'sought', 'taught', 'caught', 'bought', 'meant', 'felt', 'ago', 'yesterday',
];
//# sourceMappingURL=en.vocab.js.map