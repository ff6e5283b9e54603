import type { LanguageData } from '../types.js';

/**
 * English sentence-splitting vocabulary.
 *
 * What belongs in `abbreviations`: forms written with a final period in news and reference text,
 * lowercase, without that final period (inner periods kept: `u.s`, `ph.d`). Pick the class by what
 * follows the abbreviation when the next word is capitalized (see `AbbreviationClass`). Words that are
 * also ordinary English words ending a sentence (`in`, `is`, `sun`, `sat`, `wed`) stay out: a sentence
 * ending in them must still split. Single letters and letter-period initialisms (`L.F.`) need no entry:
 * they are treated as `plain` abbreviations anyway.
 *
 * What belongs in `starters`: short function words that commonly open a sentence and rarely follow
 * an abbreviation inside a name (`the U.S. Army` must not split, `in the U.S. The next` must).
 */
export const english: LanguageData = {
  abbreviations: {
    title: [
      // Titles and ranks before a name.
      'mr', 'mrs', 'ms', 'messrs', 'mme', 'mlle', 'dr', 'drs', 'prof', 'rev', 'hon', 'pres', 'gov', 'sen',
      'sens', 'rep', 'reps', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'comdr', 'adm', 'sgt', 'cpl', 'pvt',
      'brig', 'supt', 'insp', 'det', 'msgr', 'atty', 'attys', 'amb', 'treas', 'fr',
      // Saints, mountains, forts: a name follows.
      'st', 'mt', 'pt',
      // Phrases that always continue the sentence.
      'e.g', 'i.e', 'cf', 'viz', 'vs', 'v', 'approx', 'ca', 'resp',
    ],
    plain: [
      // Organization shortenings that begin or sit inside a name.
      'assn', 'assoc', 'dept', 'univ', 'govt', 'intl', 'mfg', 'natl',
      // Countries and places written with periods (`the U.S. Army`).
      'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'u.s.s.r', 'd.c', 'n.y', 'l.a',
      // After a surname.
      'jr', 'sr',
      // Streets.
      'ave', 'blvd', 'rd', 'hwy', 'fwy', 'bldg', 'sq',
      // Months and weekdays (only those that are not common words).
      'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue',
      'tues', 'thu', 'thur', 'thurs', 'fri',
      // Times of day.
      'a.m', 'p.m',
      // References followed by a number.
      'no', 'nos', 'nr', 'p', 'pp', 'fig', 'figs', 'vol', 'vols', 'art', 'ch', 'chap', 'ed', 'eds', 'ext',
      'ref', 'op', 'rs', 'n°',
      // Degrees and other titles after a name.
      'ph.d', 'm.d', 'b.a', 'm.a', 'm.s', 'b.s', 'esq',
      // Miscellaneous shortenings.
      'med', 'est', 'dist', 'div', 'max', 'misc', 'orig', 'esp', 'incl', 'avg', 'nat', 'int',
      'tel', 'abbr', 'corr', 'hosp', 'mtn', 'yr', 'yrs',
    ],
    final: [
      'etc', 'al',
      // Company suffixes end the name; a capital after them starts a sentence more often than a title
      // (`… Lines Inc. Carnival, which`), as in pragmatic_segmenter.
      'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'cos',
      // US states as the AP abbreviates them, after a city.
      'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky',
      'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nebr', 'nev', 'okla', 'ore', 'pa',
      'penn', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wisc', 'wyo',
    ],
    unit: ['ft', 'lb', 'lbs', 'oz', 'mi', 'yd', 'yds', 'hr', 'hrs', 'min', 'mins', 'sec', 'secs', 'gal', 'qt', 'cu'],
  },
  starters: [
    'a', 'an', 'the', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you',
    'his', 'her', 'their', 'our', 'my', 'there', 'here', 'but', 'and', 'or', 'so', 'yet', 'however',
    'meanwhile', 'when', 'while', 'if', 'as', 'although', 'though', 'because', 'since', 'then', 'now',
    'today', 'yesterday', 'tomorrow', 'some', 'many', 'most', 'several', 'others', 'such', 'what', 'where',
    'who', 'why', 'how', 'which', 'also', 'still', 'even', 'both', 'each', 'all', 'every', 'being', 'did',
    'does', 'do', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could',
    'should', 'might', 'must', 'millions', 'more', 'according', 'after', 'before', 'during', 'despite',
    'instead', 'earlier', 'later', 'thus', 'therefore', 'moreover', 'nevertheless', 'perhaps', 'indeed',
    'in', 'on', 'at', 'for', 'with', 'from', 'by', 'to', 'of', 'under', 'over', 'not', 'no', 'yes', 'let',
    'last', 'another', 'only', 'until', 'among', 'about', 'unlike', 'like', 'officials', 'analysts',
    // Personal titles open a new sentence after an abbreviation (`… at 6 p.m. Mr. Smith then …`).
    'mr', 'mrs', 'ms', 'dr', 'messrs',
  ],
  dottedNames: [],
};
