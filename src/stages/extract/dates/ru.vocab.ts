/**
 * Russian date vocabulary: every inflected form the Russian rules accept (all six cases), mapped
 * to its number. Lower case; `ё` forms listed beside their `е` spelling.
 */

/** Month names in every case. */
export const MONTHS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    [1, 'январь января январе январю январём январем'],
    [2, 'февраль февраля феврале февралю февралём февралем'],
    [3, 'март марта марте марту мартом'],
    [4, 'апрель апреля апреле апрелю апрелем'],
    [5, 'май мая мае маю маем'],
    [6, 'июнь июня июне июню июнем'],
    [7, 'июль июля июле июлю июлем'],
    [8, 'август августа августе августу августом'],
    [9, 'сентябрь сентября сентябре сентябрю сентябрём сентябрем'],
    [10, 'октябрь октября октябре октябрю октябрём октябрем'],
    [11, 'ноябрь ноября ноябре ноябрю ноябрём ноябрем'],
    [12, 'декабрь декабря декабре декабрю декабрём декабрем'],
  ].flatMap(([n, forms]) => String(forms).split(' ').map((f) => [f, Number(n)])),
);

/** Month abbreviations, accepted only after a day number (`15 фев`, `1-е мар.`). */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  янв: 1, фев: 2, февр: 2, мар: 3, апр: 4, июн: 6, июл: 7, авг: 8, сен: 9, сент: 9, окт: 10, ноя: 11, нояб: 11, дек: 12,
};

/** Weekdays in every case, ISO numbering (понедельник 1). */
export const WEEKDAYS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    [1, 'понедельник понедельника понедельнике понедельнику'],
    [2, 'вторник вторника вторнике вторнику'],
    [3, 'среда среду среды среде'],
    [4, 'четверг четверга четверге четвергу'],
    [5, 'пятница пятницу пятницы пятнице'],
    [6, 'суббота субботу субботы субботе'],
    [7, 'воскресенье воскресенья воскресенью'],
  ].flatMap(([n, forms]) => String(forms).split(' ').map((f) => [f, Number(n)])),
);

/** Ordinal stems 1–31 and 1–21 for centuries; the rules add the adjective endings. */
export const ORDINAL_STEMS: Readonly<Record<string, number>> = {
  перв: 1, втор: 2, трет: 3, четверт: 4, четвёрт: 4, пят: 5, шест: 6, седьм: 7, восьм: 8, девят: 9,
  десят: 10, одиннадцат: 11, двенадцат: 12, тринадцат: 13, четырнадцат: 14, пятнадцат: 15,
  шестнадцат: 16, семнадцат: 17, восемнадцат: 18, девятнадцат: 19, двадцат: 20, тридцат: 30,
};

/** Adjective endings of ordinals in every gender and case (`третье`, `второго`, `первой`). */
export const ORDINAL_ENDINGS: readonly string[] = [
  'ый', 'ий', 'ой', 'ое', 'ого', 'ому', 'ом', 'ым', 'ая', 'ую', 'ые', 'ых',
  'ье', 'ьего', 'ьему', 'ьем', 'ья', 'ью', 'ьей', 'ьим',
];

/** Tens that prefix a compound ordinal (`двадцать четвёртое`). */
export const ORDINAL_TENS: Readonly<Record<string, number>> = { двадцать: 20, тридцать: 30 };

/** Direction adjectives in every gender and case: -1 past, 0 current, +1 future. */
export const SHIFTS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    [-2, 'позапрошл', ['ый', 'ого', 'ом', 'ому', 'ым', 'ая', 'ой', 'ую', 'ое']],
    [-1, 'прошл', ['ый', 'ого', 'ом', 'ому', 'ым', 'ая', 'ой', 'ую', 'ое']],
    [-1, 'минувш', ['ий', 'его', 'ем', 'ему', 'им', 'ая', 'ей', 'ую', 'ее']],
    [-1, 'предыдущ', ['ий', 'его', 'ем', 'ему', 'им', 'ая', 'ей', 'ую', 'ее']],
    [0, 'эт', ['от', 'ого', 'ом', 'ому', 'им', 'а', 'ой', 'у', 'о']],
    [0, 'текущ', ['ий', 'его', 'ем', 'ему', 'им', 'ая', 'ей', 'ую', 'ее']],
    [0, 'нынешн', ['ий', 'его', 'ем', 'ему', 'им', 'яя', 'ей', 'юю', 'ее']],
    [1, 'следующ', ['ий', 'его', 'ем', 'ему', 'им', 'ая', 'ей', 'ую', 'ее']],
    [1, 'будущ', ['ий', 'его', 'ем', 'ему', 'им', 'ая', 'ей', 'ую', 'ее']],
    [1, 'наступающ', ['ий', 'его', 'ем', 'ему', 'им', 'ая', 'ей', 'ую', 'ее']],
  ].flatMap(([n, stem, endings]) => (endings as string[]).map((e) => [`${String(stem)}${e}`, Number(n)])),
);

/** Calendar units in every case (singular for `в прошлом году`, plural for `5 лет назад`). */
export const UNITS: Readonly<Record<string, 'day' | 'week' | 'month' | 'quarter' | 'year'>> = {
  день: 'day', дня: 'day', дней: 'day', сутки: 'day', суток: 'day',
  неделя: 'week', недели: 'week', неделе: 'week', неделю: 'week', неделей: 'week', недель: 'week',
  месяц: 'month', месяца: 'month', месяце: 'month', месяцу: 'month', месяцем: 'month', месяцев: 'month',
  квартал: 'quarter', квартала: 'quarter', квартале: 'quarter', кварталу: 'quarter', кварталов: 'quarter',
  год: 'year', года: 'year', году: 'year', годом: 'year', лет: 'year',
};

/** Counts in `два года назад`, `через пять дней`. */
export const COUNTS: Readonly<Record<string, number>> = {
  один: 1, одну: 1, одного: 1, два: 2, две: 2, три: 3, четыре: 4, пять: 5, шесть: 6, семь: 7,
  восемь: 8, девять: 9, десять: 10, пятнадцать: 15, двадцать: 20, тридцать: 30, пятьдесят: 50, сто: 100,
  полтора: 1, пару: 2,
};

/** Forms of `год` after a year number (the rules add the abbreviations `г.` and `гг.`). */
export const YEAR_WORDS: readonly string[] = [
  'год', 'года', 'году', 'годом', 'годе', 'годы', 'годов', 'годах', 'годам', 'годами',
];

/** Seasons in the instrumental (`летом 2015 года`) and nominative; TimeML codes. */
export const SEASONS: Readonly<Record<string, string>> = {
  весной: 'SP', весна: 'SP', весну: 'SP', весны: 'SP', летом: 'SU', лето: 'SU', лета: 'SU',
  осенью: 'FA', осень: 'FA', осени: 'FA', зимой: 'WI', зима: 'WI', зиму: 'WI', зимы: 'WI',
};

/** Prepositions after which a bare 4-digit number is read as a year (`с 1992`, `к 2030`). */
export const YEAR_CONTEXT_BEFORE: readonly string[] = [
  'в', 'во', 'с', 'со', 'к', 'до', 'по', 'от', 'после', 'перед', 'между', 'за', 'начиная с',
];

/** Lower-case words that may follow a year read from context; any other makes it a count. */
export const RU_FUNCTION_WORDS: readonly string[] = [
  'и', 'или', 'по', 'до', 'в', 'во', 'на', 'а', 'но', 'когда', 'он', 'она', 'они', 'мы', 'я', 'это',
  'был', 'была', 'были', 'было', 'с', 'со', 'к', 'от', 'же', 'уже', 'после', 'при', 'за', 'там',
  'тогда', 'который', 'которая', 'которые', 'у', 'из', 'еще', 'ещё', 'только', 'включительно',
];
