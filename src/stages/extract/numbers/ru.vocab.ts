/**
 * Russian number vocabulary: number words in every case (cardinal, collective, ordinal, fractional),
 * scale nouns and abbreviations, currency, percent and unit words in every case, approximation cues
 * and idioms. What belongs here: Russian word forms as news writes them, lower case, `ё` spelled `е`
 * (the engine folds `ё` to `е` before matching).
 */
import type { CurrencyMeaning, UnitSymbol } from './units.js';
import type { NumberWord, Vocabulary, WordRole } from './vocabulary.js';

/** Every form of a stem: `forms('тонн', ['', 'а', 'ы'])` → тонн, тонна, тонны. */
function forms(stem: string, endings: readonly string[]): string[] {
  return endings.map((ending) => stem + ending);
}

/** Case endings of the nouns `миллион`, `доллар`, `километр` (hard masculine). */
const HARD_NOUN = ['', 'а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ами', 'ах'];
/** Case endings of `тысяча`, `тонна`, `минута` (feminine in -а). */
const FEMININE_A = ['а', 'и', 'е', 'у', 'ой', 'ою', '', 'ам', 'ами', 'ах'];
/** Adjective endings of ordinals with a hard stem (`пятый`, `второй`). */
const ORDINAL_HARD = ['ый', 'ой', 'ая', 'ое', 'ые', 'ого', 'ому', 'ым', 'ом', 'ую', 'ою', 'ыми', 'ых'];
/** The endings an ordinal takes as a denominator (`одна пятая`, `две пятых`, `тремя пятыми`). */
const DENOMINATOR_ENDINGS = new Set(['ая', 'ой', 'ую', 'ою', 'ые', 'ых', 'ым', 'ыми']);

function cardinal(value: number, role: WordRole, wordForms: readonly string[]): Array<[string, NumberWord]> {
  return wordForms.map((w): [string, NumberWord] => [w, { value, role }]);
}

function alone(value: number, wordForms: readonly string[]): Array<[string, NumberWord]> {
  return wordForms.map((w): [string, NumberWord] => [w, { value, role: 'scale', alone: true }]);
}

function ordinal(value: number, role: WordRole, stem: string): Array<[string, NumberWord]> {
  return ORDINAL_HARD.map((ending): [string, NumberWord] => [
    stem + ending,
    { value, role, ordinal: true, ...(value >= 2 && DENOMINATOR_ENDINGS.has(ending) ? { denominator: true } : {}) },
  ]);
}

const TEEN_STEMS = ['десят', 'одиннадцат', 'двенадцат', 'тринадцат', 'четырнадцат', 'пятнадцат', 'шестнадцат', 'семнадцат', 'восемнадцат', 'девятнадцат'];
const HUNDREDS: ReadonlyArray<readonly [number, readonly string[], string]> = [
  [200, ['двести', 'двухсот', 'двумстам', 'двумястами', 'двухстах'], 'двухсот'],
  [300, ['триста', 'трехсот', 'тремстам', 'тремястами', 'трехстах'], 'трехсот'],
  [400, ['четыреста', 'четырехсот', 'четыремстам', 'четырьмястами', 'четырехстах'], 'четырехсот'],
  ...(
    [[500, 'пят', 'пять'], [600, 'шест', 'шесть'], [700, 'сем', 'семь'], [800, 'восем', 'восемь'], [900, 'девят', 'девять']] as const
  ).map(([value, stem, nominative]): readonly [number, readonly string[], string] => {
    const genitive = stem === 'восем' ? 'восьмисот' : `${stem}исот`;
    return [value, [`${nominative}сот`, genitive, `${genitive.slice(0, -3)}истам`, `${nominative}юстами`, `${genitive.slice(0, -3)}истах`], genitive];
  }),
];
const SCALES: ReadonlyArray<readonly [string, number]> = [['миллион', 1e6], ['миллиард', 1e9], ['триллион', 1e12]];

const words: Array<[string, NumberWord]> = [
  ...cardinal(0, 'unit', ['ноль', 'нуль', 'нуля', 'нулю', 'нулем', 'нуле']),
  ...cardinal(1, 'unit', ['один', 'одна', 'одно', 'одного', 'одной', 'одному', 'одним', 'одном', 'одну', 'одною']),
  ...cardinal(1.5, 'unit', ['полтора', 'полторы', 'полутора']),
  ...cardinal(2, 'unit', ['два', 'две', 'двух', 'двум', 'двумя', 'двое', 'двоих', 'двоим', 'двоими']),
  ...cardinal(3, 'unit', ['три', 'трех', 'трем', 'тремя', 'трое', 'троих', 'троим', 'троими']),
  ...cardinal(4, 'unit', ['четыре', 'четырех', 'четырем', 'четырьмя', 'четверо', 'четверых', 'четверым']),
  ...cardinal(5, 'unit', ['пять', 'пяти', 'пятью', 'пятеро', 'пятерых']),
  ...cardinal(6, 'unit', ['шесть', 'шести', 'шестью', 'шестеро', 'шестерых']),
  ...cardinal(7, 'unit', ['семь', 'семи', 'семью', 'семеро', 'семерых']),
  ...cardinal(8, 'unit', ['восемь', 'восьми', 'восемью', 'восьмью', 'восьмеро']),
  ...cardinal(9, 'unit', ['девять', 'девяти', 'девятью', 'девятеро']),
  ...TEEN_STEMS.flatMap((stem, i) => cardinal(10 + i, 'teen', forms(stem, ['ь', 'и', 'ью']))),
  ...cardinal(10, 'teen', ['десятеро', 'десятерых']),
  ...cardinal(20, 'tens', forms('двадцат', ['ь', 'и', 'ью'])),
  ...cardinal(30, 'tens', forms('тридцат', ['ь', 'и', 'ью'])),
  ...cardinal(40, 'tens', ['сорок', 'сорока']),
  ...cardinal(50, 'tens', ['пятьдесят', 'пятидесяти', 'пятьюдесятью']),
  ...cardinal(60, 'tens', ['шестьдесят', 'шестидесяти', 'шестьюдесятью']),
  ...cardinal(70, 'tens', ['семьдесят', 'семидесяти', 'семьюдесятью']),
  ...cardinal(80, 'tens', ['восемьдесят', 'восьмидесяти', 'восемьюдесятью']),
  ...cardinal(90, 'tens', ['девяносто', 'девяноста']),
  ...cardinal(100, 'hundreds', ['сто', 'ста']),
  ...cardinal(150, 'hundreds', ['полтораста', 'полутораста']),
  ...HUNDREDS.flatMap(([value, wordForms]) => cardinal(value, 'hundreds', wordForms)),
  ...cardinal(1e3, 'scale', forms('тысяч', ['и', '', 'ам', 'ами', 'ах'])),
  ...SCALES.flatMap(([stem, value]) => cardinal(value, 'scale', forms(stem, ['ы', 'ов', 'ам', 'ами', 'ах']))),
  // Singular forms alone mean one of them ("тысяча", "около миллиона"); plurals alone are vague ("тысячи людей").
  ...alone(1e3, forms('тысяч', ['а', 'е', 'у', 'ей', 'ью'])),
  ...SCALES.flatMap(([stem, value]) => alone(value, forms(stem, ['', 'а', 'у', 'ом', 'е']))),
  // Fraction nouns read alone as 1/n and after a numerator as its denominator ("две трети").
  ...[
    ...cardinal(2, 'fraction', forms('половин', ['а', 'ы', 'е', 'у', 'ой', 'ою'])),
    ...cardinal(3, 'fraction', ['треть', 'трети', 'третью', 'третей']),
    ...cardinal(4, 'fraction', ['четверть', 'четверти', 'четвертью', 'четвертей']),
  ].map(([w, meaning]): [string, NumberWord] => [w, { ...meaning, denominator: true }]),
  ...ordinal(1, 'unit', 'перв'),
  ...ordinal(2, 'unit', 'втор'),
  ...(['третий', 'третья', 'третье', 'третьи', 'третьего', 'третьей', 'третьему', 'третьим', 'третьем', 'третью', 'третьими', 'третьих']
    .map((w): [string, NumberWord] => [w, { value: 3, role: 'unit', ordinal: true, ...(['третья', 'третьей', 'третьих', 'третьи', 'третьими'].includes(w) ? { denominator: true } : {}) }])),
  ...ordinal(4, 'unit', 'четверт'),
  ...ordinal(5, 'unit', 'пят'),
  ...ordinal(6, 'unit', 'шест'),
  ...ordinal(7, 'unit', 'седьм'),
  ...ordinal(8, 'unit', 'восьм'),
  ...ordinal(9, 'unit', 'девят'),
  ...TEEN_STEMS.flatMap((stem, i) => ordinal(10 + i, 'teen', stem)),
  ...ordinal(20, 'tens', 'двадцат'),
  ...ordinal(30, 'tens', 'тридцат'),
  ...ordinal(40, 'tens', 'сороков'),
  ...ordinal(50, 'tens', 'пятидесят'),
  ...ordinal(60, 'tens', 'шестидесят'),
  ...ordinal(70, 'tens', 'семидесят'),
  ...ordinal(80, 'tens', 'восьмидесят'),
  ...ordinal(90, 'tens', 'девяност'),
  ...ordinal(100, 'hundreds', 'сот'),
  ...HUNDREDS.flatMap(([value, , stem]) => ordinal(value, 'hundreds', stem)),
  ...ordinal(1e3, 'scale', 'тысячн'),
  ...SCALES.flatMap(([stem, value]) => ordinal(value, 'scale', `${stem}н`)),
];

function currency(code: string, wordForms: readonly string[]): Array<[string, CurrencyMeaning]> {
  return wordForms.map((w): [string, CurrencyMeaning] => [w, { code }]);
}

const DOLLAR = forms('доллар', HARD_NOUN);
const TIME_UNITS: ReadonlyArray<readonly [string, UnitSymbol]> = [
  ...forms('секунд', FEMININE_A).map((w): [string, UnitSymbol] => [w, 's']), ['сек', 's'], ['сек.', 's'],
  ...forms('минут', FEMININE_A).map((w): [string, UnitSymbol] => [w, 'min']), ['мин', 'min'], ['мин.', 'min'],
  ...forms('час', HARD_NOUN).map((w): [string, UnitSymbol] => [w, 'h']), ['ч', 'h'], ['ч.', 'h'],
  ...['день', 'дня', 'дню', 'днем', 'дне', 'дни', 'дней', 'дням', 'днями', 'днях', 'сутки', 'суток', 'суткам', 'сутками', 'сутках'].map((w): [string, UnitSymbol] => [w, 'd']),
  ...forms('недел', ['я', 'и', 'е', 'ю', 'ей', 'ь', 'ям', 'ями', 'ях']).map((w): [string, UnitSymbol] => [w, 'wk']),
  ...forms('месяц', ['', 'а', 'у', 'ем', 'е', 'ы', 'ев', 'ам', 'ами', 'ах']).map((w): [string, UnitSymbol] => [w, 'mo']), ['мес.', 'mo'],
  ...['год', 'года', 'году', 'годом', 'годе', 'годы', 'годов', 'годам', 'годами', 'годах', 'лет', 'летам'].map((w): [string, UnitSymbol] => [w, 'yr']),
];

function unit(symbol: UnitSymbol, wordForms: readonly string[]): Array<[string, UnitSymbol]> {
  return wordForms.map((w): [string, UnitSymbol] => [w, symbol]);
}

export const RU_VOCABULARY: Vocabulary = {
  words,
  scaleAbbreviations: [
    ['тыс.', { multiplier: 1e3, when: 'always', spaced: true }],
    ['тыс', { multiplier: 1e3, when: 'always', spaced: true }],
    ['млн', { multiplier: 1e6, when: 'always', spaced: true }],
    ['млн.', { multiplier: 1e6, when: 'always', spaced: true }],
    ['млрд', { multiplier: 1e9, when: 'always', spaced: true }],
    ['млрд.', { multiplier: 1e9, when: 'always', spaced: true }],
    ['трлн', { multiplier: 1e12, when: 'always', spaced: true }],
    ['трлн.', { multiplier: 1e12, when: 'always', spaced: true }],
    ['к', { multiplier: 1e3, when: 'always', spaced: false }],
    ['К', { multiplier: 1e3, when: 'always', spaced: false }],
    ['М', { multiplier: 1e6, when: 'precise', spaced: false }],
    ['k', { multiplier: 1e3, when: 'always', spaced: false }],
    ['K', { multiplier: 1e3, when: 'always', spaced: false }],
  ],
  currencyWords: [
    ...currency('USD', [...DOLLAR, ...DOLLAR.map((d) => `${d} сша`), ...DOLLAR.map((d) => `американских ${d}`), 'долл.', 'долл', 'долл. сша']),
    ...currency('EUR', ['евро']),
    ...currency('RUB', [...forms('рубл', ['ь', 'я', 'ю', 'ем', 'е', 'и', 'ей', 'ям', 'ями', 'ях']), 'руб.', 'руб', 'р.']),
    ...currency('CNY', [...forms('юан', ['ь', 'я', 'ю', 'ем', 'е', 'и', 'ей', 'ям', 'ями', 'ях']), 'жэньминьби']),
    ...currency('JPY', [...forms('иен', FEMININE_A), ...forms('йен', FEMININE_A)]),
    ...currency('GBP', [...forms('фунт', HARD_NOUN), ...forms('фунт', HARD_NOUN).map((f) => `${f} стерлингов`)]),
    ...currency('UAH', [...forms('гривн', FEMININE_A), 'гривен', 'грн', 'грн.']),
    ...currency('KZT', ['тенге']),
    ...currency('INR', ['рупий', 'рупии', 'рупия', 'рупиям', 'рупиями', 'рупиях']),
    ...currency('KRW', ['вон']),
    ...currency('BYN', ['белорусских рублей', 'белорусских рубля', 'белорусский рубль']),
  ],
  currencyWordsBefore: [
    ['грн', { code: 'UAH' }], ['грн.', { code: 'UAH' }],
    // "рублей 10", "долларов 20": the inverted order of colloquial Russian means "about".
    ['рублей', { code: 'RUB', approximate: true }], ['долларов', { code: 'USD', approximate: true }],
  ],
  centWords: ['ц', 'центов', 'цента', 'цент', 'центами', 'центам', 'копеек', 'копейки', 'копейка', 'коп.', 'коп', 'пенс', 'пенса', 'пенсов', 'пенни'],
  percentWords: [
    ['%', '%'],
    ...forms('процент', HARD_NOUN).map((w): [string, '%'] => [w, '%']),
    ['проц.', '%'],
    ['п.п.', 'pp'], ['п. п.', 'pp'], ['пп', 'pp'], ['п.п', 'pp'],
    ...['процентных пункта', 'процентных пунктов', 'процентный пункт', 'процентным пунктом', 'процентных пунктах', 'процентных пунктами', 'процентным пунктам'].map((w): [string, 'pp'] => [w, 'pp']),
  ],
  unitWords: [
    ...unit('km', [...forms('километр', HARD_NOUN), 'км']),
    ...unit('m', [...forms('метр', HARD_NOUN), 'м']),
    ...unit('cm', [...forms('сантиметр', HARD_NOUN), 'см']),
    ...unit('mm', [...forms('миллиметр', HARD_NOUN), 'мм']),
    ...unit('mi', ['миля', 'мили', 'миль', 'милю', 'милей', 'милям', 'милями', 'милях']),
    ...unit('m2', ['кв. м', 'кв.м', 'кв. м.', 'кв.м.', 'м2', 'м²', ...forms('квадратн', ['ый метр', 'ых метров', 'ых метра', 'ым метрам', 'ыми метрами', 'ых метрах'])]),
    ...unit('km2', ['кв. км', 'кв.км', 'км2', 'км²', ...forms('квадратн', ['ый километр', 'ых километров', 'ых километра', 'ыми километрами', 'ых километрах'])]),
    ...unit('ha', [...forms('гектар', HARD_NOUN), 'га']),
    ...unit('m3', [...forms('кубометр', HARD_NOUN), 'куб. м', 'куб.м', 'м3', 'м³', ...forms('кубическ', ['их метров', 'ий метр', 'их метра'])]),
    ...unit('l', [...forms('литр', HARD_NOUN), 'л']),
    ...unit('bbl', [...forms('баррел', ['ь', 'я', 'ю', 'ем', 'е', 'и', 'ей', 'ям', 'ями', 'ях'])]),
    ...unit('t', [...forms('тонн', FEMININE_A), 'т']),
    ...unit('kg', [...forms('килограмм', HARD_NOUN), 'кг']),
    ...unit('g', [...forms('грамм', HARD_NOUN), 'г']),
    ...unit('kB', ['кб', 'кбайт', ...forms('килобайт', HARD_NOUN)]),
    ...unit('MB', ['мб', 'мбайт', ...forms('мегабайт', HARD_NOUN)]),
    ...unit('GB', ['гб', 'гбайт', ...forms('гигабайт', HARD_NOUN)]),
    ...unit('TB', ['тб', 'тбайт', ...forms('терабайт', HARD_NOUN)]),
    ...unit('kW', ['квт']), ...unit('MW', ['мвт']), ...unit('GW', ['гвт']),
    ...unit('kWh', ['квт·ч', 'квт*ч', 'квт-ч']),
    ...TIME_UNITS,
  ],
  approximateBefore: [
    'около', 'почти', 'примерно', 'приблизительно', 'более', 'более чем', 'свыше', 'менее', 'менее чем', 'порядка',
    'не менее', 'не более', 'не менее чем', 'не более чем', 'чуть более', 'чуть менее', 'чуть больше', 'чуть меньше',
    'больше', 'меньше', 'не меньше', 'не больше', 'ориентировочно', 'почти что', 'где-то', 'максимум', 'минимум',
    'как минимум', 'как максимум', '~', '≈',
  ],
  approximateAfter: ['с лишним', 'с небольшим', 'с гаком'],
  signWords: [['минус', -1], ['плюс', 1]],
  joinWords: [],
  centJoinWords: ['и'],
  fractionTails: [['с половиной', 0.5], ['с четвертью', 0.25], ['с третью', 1 / 3]],
  // "половина миллиона", "треть миллиона": the scale follows the fraction directly.
  fractionOfScaleJoins: [],
  // Russian says decimals as fractions ("две целых пять десятых"), not digit by digit.
  decimalPoints: [],
  // "два из пяти" is left to two numbers: "из" follows numbers in too many other phrases ("один из").
  ratioJoins: [],
  idioms: [
    ...['один', 'одна', 'одно', 'одного', 'одной', 'одному', 'одним', 'одном', 'одну'].flatMap((word) => [
      // "ни один" (not a single), "не один" (more than one)
      { word, before: ['ни', 'не'] },
      // "один из" (one of), "одно и то же" (the same), "один за другим" (one after another)
      { word, after: ['из', 'и тот же', 'и та же', 'и то же', 'и того же', 'и той же', 'и том же', 'на один', 'за другим', 'за другой', 'к одному', 'другого', 'другому', 'другим'] },
    ]),
    { word: 'первую', before: ['в'], after: ['очередь'] },
    { word: 'одной', before: ['с'], after: ['стороны'] },
  ],
  yearBefore: ['в', 'с', 'к', 'до', 'по', 'от', 'году', 'начиная с'],
  yearAfter: ['г.', 'гг.', 'г', 'год', 'года', 'году', 'годом', 'годе', 'годах', 'годов', 'годы', 'годам'],
  rangeJoins: ['–', '—', '-', '‒'],
  rangeOpeners: ['от', 'с', 'между'],
  openedRangeJoins: ['до', 'по', 'и'],
};
