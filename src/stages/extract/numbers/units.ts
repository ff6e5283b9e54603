/**
 * Vocabulary shared by every language: currency signs and codes written the same way in any text,
 * and the normalized unit symbols a quantity can carry. Language-specific words for currencies and
 * units ("dollars", "рублей", "square meters") live in `en.vocab.ts` / `ru.vocab.ts`.
 *
 * What belongs here: a surface form that does not depend on the language of the sentence, mapped to
 * its ISO 4217 code (money) or to a symbol of `UNIT_SYMBOLS` (quantities).
 */

/** A currency mention: ISO 4217 code, and a multiplier for forms that carry a scale (`MUSD`). */
export interface CurrencyMeaning {
  readonly code: string;
  readonly multiplier?: number;
  /** Written before the amount by inversion, which in Russian makes it approximate (`рублей 10`). */
  readonly approximate?: boolean;
}

/**
 * Signs and sign-like prefixes, matched case-insensitively (`us$` appears in lower-cased
 * newswire). Dollar signs without a country default to USD, as SPEC asks.
 */
export const CURRENCY_SIGNS: ReadonlyArray<readonly [string, CurrencyMeaning]> = [
  ['$', { code: 'USD' }],
  ['US$', { code: 'USD' }],
  ['U.S.$', { code: 'USD' }],
  ['C$', { code: 'CAD' }],
  ['CA$', { code: 'CAD' }],
  ['A$', { code: 'AUD' }],
  ['AU$', { code: 'AUD' }],
  ['HK$', { code: 'HKD' }],
  ['S$', { code: 'SGD' }],
  ['NZ$', { code: 'NZD' }],
  ['€', { code: 'EUR' }],
  ['£', { code: 'GBP' }],
  ['¥', { code: 'CNY' }],
  ['元', { code: 'CNY' }],
  ['₽', { code: 'RUB' }],
  ['₴', { code: 'UAH' }],
  ['₹', { code: 'INR' }],
  ['₩', { code: 'KRW' }],
  ['₪', { code: 'ILS' }],
  ['₺', { code: 'TRY' }],
  ['₸', { code: 'KZT' }],
  ['Rs', { code: 'INR' }],
  ['Rs.', { code: 'INR' }],
  ['RM', { code: 'MYR' }],
];

/**
 * ISO 4217 codes recognized before or after an amount. Matched case-sensitively (upper case only),
 * so English words such as "all", "try" or "cup" are never read as currencies.
 */
export const ISO_CODES: readonly string[] = [
  'USD', 'EUR', 'GBP', 'CNY', 'RMB', 'JPY', 'RUB', 'UAH', 'BYN', 'KZT', 'INR', 'CHF', 'CAD', 'AUD',
  'NZD', 'HKD', 'SGD', 'KRW', 'TRY', 'ILS', 'AED', 'SAR', 'QAR', 'EGP', 'MYR', 'BGN', 'PLN', 'CZK',
  'SEK', 'NOK', 'DKK', 'HUF', 'BRL', 'MXN', 'ZAR', 'IDR', 'THB', 'VND', 'PHP', 'PKR', 'UZS', 'KGS',
  'TJS', 'AMD', 'AZN', 'GEL', 'MNT', 'IRR', 'KPW', 'TWD',
];

/** Codes that are not ISO 4217 themselves but name one. */
export const CODE_ALIASES: Readonly<Record<string, string>> = { RMB: 'CNY' };

/** Scale prefixes glued to a code (`30 MUSD` is 30 million dollars, Swedish/Finnish business usage). */
export const CODE_SCALE_PREFIXES: ReadonlyArray<readonly [string, number]> = [
  ['M', 1e6],
  ['k', 1e3],
];

/**
 * The normalized unit symbols (SPEC: `mi km m m2 km2 ha t kg kB MB GB s min h d wk mo yr`; the rest
 * extend the list in the same short style). Every unit word in the vocabularies maps to one of these.
 */
export const UNIT_SYMBOLS = [
  'mi', 'km', 'm', 'cm', 'mm', 'ft', 'in', 'm2', 'km2', 'ha', 'm3', 'l', 'bbl', 't', 'kg', 'g', 'lb',
  'kB', 'MB', 'GB', 'TB', 'kW', 'MW', 'GW', 'kWh', 'MWh', 'GWh', 'Cel',
  's', 'min', 'h', 'd', 'wk', 'mo', 'yr',
] as const;
export type UnitSymbol = (typeof UNIT_SYMBOLS)[number];

/** Unit abbreviations written the same way in both languages (after a number only). */
export const SHARED_UNIT_ABBREVIATIONS: ReadonlyArray<readonly [string, UnitSymbol]> = [
  ['km', 'km'], ['cm', 'cm'], ['mm', 'mm'], ['km2', 'km2'], ['km²', 'km2'], ['m2', 'm2'], ['m²', 'm2'],
  ['m3', 'm3'], ['m³', 'm3'], ['ha', 'ha'], ['kg', 'kg'], ['kb', 'kB'], ['kB', 'kB'], ['KB', 'kB'],
  ['Kb', 'kB'], ['MB', 'MB'], ['Mb', 'MB'], ['GB', 'GB'], ['Gb', 'GB'], ['TB', 'TB'], ['kW', 'kW'],
  ['MW', 'MW'], ['GW', 'GW'], ['kWh', 'kWh'], ['MWh', 'MWh'], ['GWh', 'GWh'], ['°C', 'Cel'], ['℃', 'Cel'],
];
