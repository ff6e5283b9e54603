/** English examples: general news phrasing, one expected value per group (see `corpus.ts`). */
import { examples } from './corpus.js';
import type { CorpusGroup, NegativeCorpus } from './corpus.js';

const card = (value: number, approximate = false) => ({ kind: 'cardinal', value, unit: null, approximate }) as const;
const ord = (value: number) => ({ kind: 'ordinal', value, unit: null }) as const;
const usd = (value: number, approximate = false) => ({ kind: 'money', value, unit: 'USD', approximate }) as const;
const pct = (value: number, approximate = false) => ({ kind: 'percent', value, unit: '%', approximate }) as const;
const qty = (value: number, unit: string, approximate = false) => ({ kind: 'quantity', value, unit, approximate }) as const;

export const EN_CORPUS: readonly CorpusGroup[] = [
  // cardinals in digits, locale separators
  examples(card(2700), ['2,700', '2700', ['a fleet of 2,700 trucks', '2,700']]),
  examples(card(4000), ['4,000', ['sent 4,000 experts abroad', '4,000'], ['4\u2009000 delegates', '4\u2009000']]),
  examples(card(1000000), ['1,000,000', '1\u00A0000\u00A0000', '1\u2009000\u2009000', '1 000 000']),
  examples(card(1000000, true), [['some 1,000,000 visitors', '1,000,000']]),
  examples(card(1674200.5), ['1,674,200.5']),
  examples(card(6.8), ['6.8', ['a magnitude 6.8 quake', '6.8']]),
  examples(card(0.08), ['.08', '0.08']),
  examples(card(63), ['63', ['received 63 initiatives', '63'], ['sixty-three', 'sixty-three'], ['sixty three proposals', 'sixty three']]),
  examples(card(-1200000), ['-1,200,000', 'minus 1,200,000', 'negative 1200000', '-1.2 million']),
  // number words
  examples(card(2), ['two', ['talks between the two countries', 'two'], ['two of the largest economies', 'two']]),
  examples(card(5), [['The five nations will agree', 'five'], 'five']),
  examples(card(12), ['twelve', 'a dozen', ['a dozen reporters', 'a dozen']]),
  examples(card(8000), ['Eight thousand', ['Eight thousand tourists visited', 'Eight thousand'], 'eight thousand', '8,000', '8 thousand']),
  examples(card(721012), ['seven hundred twenty-one thousand twelve', 'seven hundred and twenty-one thousand and twelve']),
  examples(card(31256721), ['thirty-one million two hundred fifty-six thousand seven hundred twenty-one']),
  examples(card(100000), ['one hundred thousand', 'a hundred thousand', '100k', '100K', '100,000']),
  examples(card(1500000), ['1.5 million', 'one and a half million', '1,500,000', '1.5 mln']),
  examples(card(2500000), ['two and a half million', '2.5 million', '2.5 mln']),
  examples(card(3e9), ['three billion', '3 billion', '3bn', '3 bn', 'three thousand million']),
  examples(card(21000000000300), ['twenty-one trillion and three hundred']),
  examples(card(1200000), ['1.2M', '1.2 million']),
  examples(card(0), ['zero', 'nought', '0']),
  // fractions are cardinals
  examples(card(0.5), ['half', 'a half', 'one half', ['Half of the projects', 'Half']]),
  examples(card(0.5, true), [['nearly half of the territory', 'half'], ['almost half of them', 'half']]),
  examples(card(0.25), ['a quarter', 'one quarter', 'one fourth', ['a fourth of the budget', 'a fourth']]),
  examples(card(2 / 3), ['two thirds', ['two thirds of voters', 'two thirds']]),
  examples(card(0.2), ['1/5', 'one fifth', 'a fifth']),
  examples(card(3.5), ['three and a half', '3.5']),
  examples(card(4.6), ['twenty-three fifths']),
  examples(card(0.01), ['a hundredth']),
  examples(card(1 / 3), ['one third', 'a third', 'one over three', ['a third of the delegates', 'a third']]),
  examples(card(0.75), ['three quarters', 'three fourths', '3/4', ['three quarters of the vote', 'three quarters'], ['three out of four voters', 'three out of four']]),
  examples(card(0.004), [['two out of five hundred households', 'two out of five hundred']]),
  examples(card(0.05), ['one over 20', '1 over twenty', ['the odds were one over twenty.', 'one over twenty']]),
  // compound denominators: a plural ordinal after any numerator, a singular one after "a"/"one"
  examples(card(1 / 21), ['a twenty-first', 'one twenty-first', ['a twenty-first of the budget', 'a twenty-first']]),
  examples(card(3 / 21), ['three twenty-firsts']),
  examples(card(1 / 105), ['one one hundred fifth', 'an one hundred and fifth']),
  // a fraction of a scale, and a scale with a fraction after it
  examples(card(500000), ['half a million', 'a half million', 'half of a million', ['half a million residents', 'half a million']]),
  examples(card(2e6 / 3), ['two thirds of a million']),
  examples(card(1750000), ['a million and three quarters', 'one and three quarters million', '1.75 million']),
  examples(card(6), ['half a dozen', 'six']),
  examples(card(36), ['three dozen', '3 dz', '3 dzs']),
  // spelled-out decimals and mixed numbers
  examples(card(2.5), ['two point five', '2 1/2', 'two and a half']),
  examples(card(0.03), ['zero point zero three', '0.03']),
  examples(card(4.2e6), ['four point two million', '4.2 million']),
  examples(card(1e6), ['10^6', 'a million']),
  examples(card(0.4), ['2.5^-1', 'two fifths']),
  // ordinals
  examples(ord(1), ['first', '1st', ['during the first meeting', 'first']]),
  examples(ord(2), ['second', '2nd', ['She finished second', 'second'], ['the second-largest economy', 'second']]),
  examples(ord(3), ['3rd', 'third', ['took the 3rd place', '3rd']]),
  examples(ord(7), ['seventh', '7th', ['Russia took seventh place', 'seventh']]),
  examples(ord(21), ['21st', 'twenty-first', 'twenty first', ['a twenty-first century city', 'twenty-first']]),
  examples(ord(80), ['80th', 'eightieth', ['the 80th anniversary of the victory', '80th']]),
  examples(ord(125), ['one hundred twenty-fifth', '125th']),
  // money
  examples(usd(5.5e9), ['$5.5 billion', '$ 5.5 billion', 'US$5.5 billion', 'US$ 5.5 billion', '5.5 billion dollars', '5.5 billion US dollars', 'USD 5.5 billion', '5.5 billion USD', '$5.5bn', '$5.5 bn', '$5,500 million', '5.5 billion U.S. dollars']),
  examples(usd(3e9), ['$ 3 billion', '$3 billion', 'three billion dollars', '3 billion dollars', '$3bn', '$3b']),
  examples(usd(100e9), ['100 billion dollars', '$100 billion', 'a hundred billion dollars']),
  examples(usd(245e9, true), [['almost $245 billion', '$245 billion'], ['nearly $245 billion', '$245 billion'], ['about $245 billion', '$245 billion'], ['around 245 billion dollars', '245 billion dollars'], ['more than $245 billion', '$245 billion']]),
  examples(usd(10), ['$10', '10$', 'ten dollars', '10 dollars', 'USD10', '10 USD', '$ 10']),
  examples(usd(1), ['one dollar', 'a dollar', '$1']),
  examples(usd(40000), ['$40,000', '$ 40,000', '40,000 dollars', '$40k', '$40K', 'forty thousand dollars']),
  examples(usd(20.43), ['$20 and 43c', '20 dollars 43 cents', '$20.43']),
  examples(usd(1e5), ['hundred thousand dollars', 'a hundred thousand dollars', '$100,000']),
  examples(usd(5e6), ['$5m', '$5 million', 'five million dollars', '$5mn']),
  examples(usd(75e6), ['75 USD million', '75 million USD', '$75 million', '75 MUSD']),
  examples({ kind: 'money', value: 323e6, unit: 'EUR' }, ['323 million euros', '€323 million', '€ 323 million', 'EUR 323 million', '323 million EUR']),
  examples({ kind: 'money', value: 90e6, unit: 'GBP' }, ['£90 million', '£ 90 million', '90 million pounds', '£90m']),
  examples({ kind: 'money', value: 450000, unit: 'JPY' }, ['450,000 yen']),
  examples({ kind: 'money', value: 42, unit: 'EGP' }, ['42 Egyptian pounds', '42 L.E.', 'EGP 42', '42 geneh']),
  examples({ kind: 'money', value: 2e9, unit: 'CNY' }, ['2 billion yuan', '¥2 billion', 'CNY 2 billion', '2 billion renminbi']),
  examples({ kind: 'money', value: 125e6, unit: 'AUD' }, ['125 million Australian dollars', 'A$125 million']),
  examples({ kind: 'money', value: 300e9, unit: 'RUB' }, ['300 billion rubles', '300 billion roubles', '₽300 billion', '300 billion RUB']),
  // percent
  examples(pct(31.5), ['31.5%', '31.5 %', '31.5 percent', '31.5 per cent', ['grew by 31.5%', '31.5%']]),
  examples(pct(10), ['10%', 'ten percent', '10 percent', '10-percent', ['a 10% customs duty', '10%']]),
  examples(pct(-9.1), ['-9.1%', 'minus 9.1 percent']),
  examples(pct(3), ['+3%']),
  examples(pct(50, true), [['more than 50%', '50%'], ['over 50 percent', '50 percent'], ['about 50%', '50%'], ['roughly 50 per cent', '50 per cent']]),
  examples({ kind: 'percent', value: 2.5, unit: 'pp' }, ['2.5 percentage points', '2.5 pp']),
  // quantities
  examples(qty(2700, 'mi'), ['2,700-mile', '2,700 miles', '2700 mi', ['a 2,700-mile border', '2,700-mile']]),
  examples(qty(670000, 'm2'), ['670 thousand square meters', '670,000 square metres', '670,000 sq m', '670,000 m2']),
  examples(qty(56e6, 't'), ['56 million tons', '56 million tonnes', '56 million metric tons']),
  examples(qty(791, 'kB'), ['791 kb', '791 KB', '791 kilobytes', '791kb']),
  examples(qty(4, 'GB'), ['4 GB', '4GB', 'four gigabytes']),
  examples(qty(10, 'min'), ['10 minutes', 'ten minutes', '10-minute', '10 min']),
  examples(qty(30, 'yr'), ['30 years', 'thirty years', '30-year', ['30 years of chilly relations', '30 years']]),
  examples(qty(400, 'yr', true), [['a history of more than 400 years', '400 years']]),
  examples(qty(3, 'd'), ['three days', '3 days', ['visits China for three days', 'three days']]),
  examples(qty(2, 'wk'), ['two weeks', '2 weeks']),
  examples(qty(6, 'mo'), ['six months', '6 months']),
  examples(qty(48, 'h'), ['48 hours', 'forty-eight hours']),
  examples(qty(120, 'km'), ['120 km', '120 kilometres', '120 kilometers']),
  examples(qty(15, 'km2'), ['15 square kilometers', '15 km2', '15 sq km']),
  examples(qty(500, 'ha'), ['500 hectares', '500 ha']),
  examples(qty(3.5, 'kg'), ['3.5 kg', '3.5 kilograms', '3 1/2 kilograms']),
  examples(qty(1.2e6, 'bbl'), ['1.2 million barrels']),
  // ranges: two numbers, the unit and scale written once belong to both
];

/** Ranges yield two mentions; the corpus test checks both. */
export const EN_RANGES: ReadonlyArray<readonly [string, ReadonlyArray<readonly [string, number, string | null]>]> = [
  ['10–15%', [['10', 10, '%'], ['15%', 15, '%']]],
  ['between 5 and 7 million tons', [['5', 5e6, 't'], ['7 million tons', 7e6, 't']]],
  ['$5-7 billion', [['$5', 5e9, 'USD'], ['7 billion', 7e9, 'USD']]],
  ['10 to 15 minutes', [['10', 10, 'min'], ['15 minutes', 15, 'min']]],
];

export const EN_NEGATIVE: NegativeCorpus = {
  language: 'eng',
  texts: [
    'one of the largest trading partners',
    'At first the talks stalled.',
    'One day the border will open.',
    'first of all',
    'they met one another',
    'the one that got away',
    'the last one standing',
    'Russian Su-35 airplanes',
    'S-400 air defence systems',
    'COVID-19 restrictions',
    'a 4G network',
    'flight MH17',
    'as the report notes [2]',
    'citing earlier work [3, 4]',
    'a one-sided deal',
    'millions of people',
    'hundreds of experts',
    'a few rubles',
    'the Three Gorges dam',
    'in 1969',
    'since 1992',
    'at 10:30 local time',
    'the G7 summit',
    'a first-class seat',
    'someone else',
    'for a split second',
    'the Hundred Years War',
  ],
};
