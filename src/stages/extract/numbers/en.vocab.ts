/**
 * English number vocabulary: number words (cardinal, ordinal, fractional), scale abbreviations,
 * currency, percent and unit words, approximation cues and idioms. What belongs here: words and
 * phrases as they are written in English news, in lower case unless the case carries meaning.
 */
import type { NumberWord, Vocabulary, WordRole } from './vocabulary.js';

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNIT_ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEEN_ORDINALS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const TENS_ORDINALS = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];
const SCALES: ReadonlyArray<readonly [string, number]> = [
  ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12], ['lakh', 1e5], ['crore', 1e7],
];

function entries(names: readonly string[], role: WordRole, valueOf: (i: number) => number, extra: Partial<NumberWord> = {}): Array<[string, NumberWord]> {
  return names.flatMap((name, i): Array<[string, NumberWord]> => (name === '' ? [] : [[name, { value: valueOf(i), role, ...extra }]]));
}

/** Plural ordinals serve only as denominators (`two fifths`); `firsts`/`seconds` are left out (`seconds` is time). */
function denominators(ordinals: readonly string[], role: WordRole, valueOf: (i: number) => number): Array<[string, NumberWord]> {
  return ordinals.flatMap((name, i): Array<[string, NumberWord]> =>
    name === '' || name === 'first' || name === 'second' ? [] : [[`${name}s`, { value: valueOf(i), role, ordinal: true, denominator: true, onlyDenominator: true }]]);
}

const words: Array<[string, NumberWord]> = [
  ...entries(UNITS, 'unit', (i) => i),
  ['nought', { value: 0, role: 'unit' }],
  ...entries(TEENS, 'teen', (i) => 10 + i),
  ...entries(TENS, 'tens', (i) => 10 * i),
  ['hundred', { value: 100, role: 'hundred', alone: true }],
  ...SCALES.map(([name, value]): [string, NumberWord] => [name, { value, role: 'scale' }]),
  // Plural scales only count after a number ("three thousand millions"); "millions of" alone is vague.
  ...SCALES.map(([name, value]): [string, NumberWord] => [`${name}s`, { value, role: 'scale' }]),
  ['dozen', { value: 12, role: 'dozen' }],
  ['dozens', { value: 12, role: 'dozen' }],
  ['a', { value: 1, role: 'article' }],
  ['an', { value: 1, role: 'article' }],
  ['half', { value: 2, role: 'fraction', denominator: true }],
  ['halves', { value: 2, role: 'fraction', denominator: true, onlyDenominator: true }],
  ['quarter', { value: 4, role: 'fraction', denominator: true, counted: true }],
  ['quarters', { value: 4, role: 'fraction', denominator: true, onlyDenominator: true }],
  ...entries(UNIT_ORDINALS, 'unit', (i) => i, { ordinal: true }),
  ...entries(TEEN_ORDINALS, 'teen', (i) => 10 + i, { ordinal: true }),
  ...entries(TENS_ORDINALS, 'tens', (i) => 10 * i, { ordinal: true }),
  ['hundredth', { value: 100, role: 'hundred', ordinal: true }],
  ...SCALES.slice(0, 4).map(([name, value]): [string, NumberWord] => [`${name}th`, { value, role: 'scale', ordinal: true }]),
  ...denominators(UNIT_ORDINALS, 'unit', (i) => i),
  // "firsts" only ends a compound denominator ("three twenty-firsts"); "seconds" stays a unit of time.
  ['firsts', { value: 1, role: 'unit', ordinal: true, denominator: true, onlyDenominator: true }],
  ...denominators(TEEN_ORDINALS, 'teen', (i) => 10 + i),
  ...denominators(TENS_ORDINALS, 'tens', (i) => 10 * i),
  ['hundredths', { value: 100, role: 'hundred', ordinal: true, denominator: true, onlyDenominator: true }],
  ...SCALES.slice(0, 4).map(([name, value]): [string, NumberWord] => [`${name}ths`, { value, role: 'scale', ordinal: true, denominator: true, onlyDenominator: true }]),
];

const TIME_UNITS: ReadonlyArray<readonly [string, 's' | 'min' | 'h' | 'd' | 'wk' | 'mo' | 'yr']> = [
  ['second', 's'], ['seconds', 's'], ['sec', 's'], ['secs', 's'],
  ['minute', 'min'], ['minutes', 'min'], ['min', 'min'], ['mins', 'min'],
  ['hour', 'h'], ['hours', 'h'], ['hr', 'h'], ['hrs', 'h'],
  ['day', 'd'], ['days', 'd'], ['week', 'wk'], ['weeks', 'wk'],
  ['month', 'mo'], ['months', 'mo'], ['year', 'yr'], ['years', 'yr'], ['yr', 'yr'], ['yrs', 'yr'],
];

export const EN_VOCABULARY: Vocabulary = {
  words,
  scaleAbbreviations: [
    ['k', { multiplier: 1e3, when: 'always', spaced: true }],
    ['K', { multiplier: 1e3, when: 'always', spaced: false }],
    ['bn', { multiplier: 1e9, when: 'always', spaced: true }],
    ['b', { multiplier: 1e9, when: 'money', spaced: false }],
    ['mln', { multiplier: 1e6, when: 'always', spaced: true }],
    ['mn', { multiplier: 1e6, when: 'always', spaced: true }],
    ['m', { multiplier: 1e6, when: 'money', spaced: false }],
    ['M', { multiplier: 1e6, when: 'precise', spaced: true }],
    ['G', { multiplier: 1e9, when: 'precise', spaced: true }],
    ['tn', { multiplier: 1e12, when: 'money', spaced: true }],
    ['dz', { multiplier: 12, when: 'always', spaced: true }],
    ['dzs', { multiplier: 12, when: 'always', spaced: true }],
    ['trn', { multiplier: 1e12, when: 'always', spaced: true }],
  ],
  currencyWords: [
    ...['dollar', 'dollars'].flatMap((d) => [
      [d, { code: 'USD' }], [`us ${d}`, { code: 'USD' }], [`u.s. ${d}`, { code: 'USD' }], [`american ${d}`, { code: 'USD' }],
      [`canadian ${d}`, { code: 'CAD' }], [`australian ${d}`, { code: 'AUD' }], [`hong kong ${d}`, { code: 'HKD' }],
      [`singapore ${d}`, { code: 'SGD' }], [`new zealand ${d}`, { code: 'NZD' }], [`taiwan ${d}`, { code: 'TWD' }],
    ] as const),
    ['euro', { code: 'EUR' }], ['euros', { code: 'EUR' }],
    ['pound', { code: 'GBP' }], ['pounds', { code: 'GBP' }], ['pounds sterling', { code: 'GBP' }], ['sterling', { code: 'GBP' }],
    ['yuan', { code: 'CNY' }], ['renminbi', { code: 'CNY' }], ['rmb', { code: 'CNY' }], ['chinese yuan', { code: 'CNY' }],
    ['yen', { code: 'JPY' }], ['japanese yen', { code: 'JPY' }],
    ['ruble', { code: 'RUB' }], ['rubles', { code: 'RUB' }], ['rouble', { code: 'RUB' }], ['roubles', { code: 'RUB' }],
    ['russian rubles', { code: 'RUB' }], ['russian roubles', { code: 'RUB' }],
    ['rupee', { code: 'INR' }], ['rupees', { code: 'INR' }], ['indian rupees', { code: 'INR' }],
    ['hryvnia', { code: 'UAH' }], ['hryvnias', { code: 'UAH' }], ['tenge', { code: 'KZT' }],
    ['swiss francs', { code: 'CHF' }], ['swiss franc', { code: 'CHF' }],
    ['ringgit', { code: 'MYR' }], ['ringgits', { code: 'MYR' }], ['malaysian ringgit', { code: 'MYR' }],
    ['malaysian ringgits', { code: 'MYR' }], ['malaysia ringgits', { code: 'MYR' }], ['malaysia ringgit', { code: 'MYR' }],
    ['turkish lira', { code: 'TRY' }], ['turkish liras', { code: 'TRY' }], ['lira', { code: 'TRY' }],
    ['shekel', { code: 'ILS' }], ['shekels', { code: 'ILS' }],
    ['dirham', { code: 'AED' }], ['dirhams', { code: 'AED' }],
    ['qatari riyal', { code: 'QAR' }], ['qatari riyals', { code: 'QAR' }], ['saudi riyal', { code: 'SAR' }], ['saudi riyals', { code: 'SAR' }],
    ['egyptian pound', { code: 'EGP' }], ['egyptian pounds', { code: 'EGP' }], ['l.e.', { code: 'EGP' }], ['l.e', { code: 'EGP' }],
    ['geneh', { code: 'EGP' }],
    ['won', { code: 'KRW' }], ['korean won', { code: 'KRW' }], ['south korean won', { code: 'KRW' }],
    ['rupiah', { code: 'IDR' }], ['baht', { code: 'THB' }], ['zloty', { code: 'PLN' }], ['zlotys', { code: 'PLN' }],
  ],
  currencyWordsBefore: [['malaysia ringgit', { code: 'MYR' }], ['ringgit', { code: 'MYR' }]],
  centWords: ['cents', 'cent', 'c', 'sen', 'sens', 'pence', 'penny', 'p'],
  percentWords: [
    ['%', '%'], ['percent', '%'], ['per cent', '%'], ['pct', '%'], ['per-cent', '%'],
    ['percentage points', 'pp'], ['percentage point', 'pp'], ['pp', 'pp'], ['p.p.', 'pp'],
  ],
  unitWords: [
    ['mile', 'mi'], ['miles', 'mi'], ['mi', 'mi'],
    ['kilometre', 'km'], ['kilometres', 'km'], ['kilometer', 'km'], ['kilometers', 'km'],
    ['metre', 'm'], ['metres', 'm'], ['meter', 'm'], ['meters', 'm'], ['m', 'm'],
    ['centimetres', 'cm'], ['centimeters', 'cm'], ['millimetres', 'mm'], ['millimeters', 'mm'],
    ['foot', 'ft'], ['feet', 'ft'], ['ft', 'ft'], ['inch', 'in'], ['inches', 'in'],
    ['square metre', 'm2'], ['square metres', 'm2'], ['square meter', 'm2'], ['square meters', 'm2'], ['sq m', 'm2'], ['sq. m', 'm2'],
    ['square kilometre', 'km2'], ['square kilometres', 'km2'], ['square kilometer', 'km2'], ['square kilometers', 'km2'], ['sq km', 'km2'], ['sq. km', 'km2'],
    ['hectare', 'ha'], ['hectares', 'ha'],
    ['cubic metre', 'm3'], ['cubic metres', 'm3'], ['cubic meter', 'm3'], ['cubic meters', 'm3'],
    ['litre', 'l'], ['litres', 'l'], ['liter', 'l'], ['liters', 'l'], ['barrel', 'bbl'], ['barrels', 'bbl'], ['bbl', 'bbl'],
    ['ton', 't'], ['tons', 't'], ['tonne', 't'], ['tonnes', 't'], ['metric tons', 't'], ['metric tonnes', 't'],
    ['kilogram', 'kg'], ['kilograms', 'kg'], ['kilogramme', 'kg'], ['kilogrammes', 'kg'], ['kilo', 'kg'], ['kilos', 'kg'],
    ['gram', 'g'], ['grams', 'g'], ['lbs', 'lb'],
    ['kilobyte', 'kB'], ['kilobytes', 'kB'], ['megabyte', 'MB'], ['megabytes', 'MB'], ['gigabyte', 'GB'], ['gigabytes', 'GB'],
    ['terabyte', 'TB'], ['terabytes', 'TB'],
    ['kilowatts', 'kW'], ['megawatts', 'MW'], ['gigawatts', 'GW'],
    ['degrees celsius', 'Cel'], ['degrees centigrade', 'Cel'],
    ...TIME_UNITS,
  ],
  approximateBefore: [
    'almost', 'about', 'nearly', 'around', 'approximately', 'roughly', 'some', 'more than', 'less than',
    'fewer than', 'over', 'under', 'up to', 'at least', 'at most', 'just over', 'just under', 'close to',
    'an estimated', 'estimated', 'upwards of', 'in excess of', 'no more than', 'no less than', 'not more than',
    'not less than', 'well over', 'circa', 'approx.', '~', '≈',
  ],
  approximateAfter: ['or so', 'or more', 'odd'],
  signWords: [['minus', -1], ['negative', -1], ['plus', 1]],
  joinWords: ['and'],
  centJoinWords: ['and'],
  fractionTails: [
    ['and a half', 0.5], ['and one half', 0.5], ['and a quarter', 0.25], ['and one quarter', 0.25], ['and three quarters', 0.75],
    ['and a third', 1 / 3], ['and one third', 1 / 3], ['and two thirds', 2 / 3], ['and a fourth', 0.25], ['and one fourth', 0.25],
    ['and a fifth', 0.2], ['and one fifth', 0.2],
  ],
  fractionOfScaleJoins: ['a', 'an', 'of a', 'of an'],
  decimalPoints: ['point'],
  ratioJoins: [['out of', 'anywhere'], ['over', 'closing']],
  idioms: [
    // "one" as a pronoun: after a determiner or adjective ("the one", "the last one").
    { word: 'one', before: ['the', 'this', 'that', 'which', 'each', 'every', 'any', 'no', 'last', 'current', 'right', 'wrong', 'new', 'old', 'only', 'little', 'big', 'same', 'other', 'another', 'such', 'one', 'loved', 'young', 'next', 'previous', 'first', 'second', 'third', 'good', 'bad'] },
    { word: 'one', after: ['of', 'another', 'day', 'last', 'by one', 'who', 'which', 'that', "'s", 'side', 'way or another', 'or another', 'thing', 'and the same', 'hand', 'time', 'after another', 'on one', 'or two'] },
    // "at one point" is a moment, not a number.
    { word: 'one', before: ['at'], after: ['point'] },
    { word: 'first', before: ['at'] },
    { word: 'first', after: ['of all', 'class', 'lady', 'hand', 'and foremost', 'off', 'things first'] },
    // "second" as a unit of time ("a second", "per second") or in "second hand".
    { word: 'second', before: ['a', 'per', 'each', 'every', 'split', 'one', 'this', 'that'] },
    { word: 'second', after: ['hand'] },
  ],
  yearBefore: ['in', 'since', 'until', 'till', 'during', 'before', 'after', 'early', 'late', 'mid', 'summer', 'winter', 'spring', 'autumn', 'fall'],
  yearAfter: [],
  rangeJoins: ['to', '–', '—', '-', '‒'],
  rangeOpeners: ['from', 'between'],
  openedRangeJoins: ['and'],
};
