/**
 * Russian number rules: `,` is the decimal mark (`6,8` is 6.8) and spaces group thousands
 * (`1 000 000`); `.` is read as a decimal mark too, as Russian web text often writes it. Case endings
 * glued to digits make ordinals (`15-й`, `21-го`) or inflected cardinals (`2-х`, `5-ти`). The words are
 * in `ru.vocab.ts`.
 */
import { codeAt } from '../../../text/characters.js';
import { compileLanguage, digitReader } from './common.js';
import type { CompiledLanguage, DigitFormat, LanguageRules } from './common.js';
import { isLetterUnit } from './phrases.js';
import { RU_VOCABULARY } from './ru.vocab.js';

const SPACES = /[\u00A0\u2009\u202F ]/g;

const FORMATS: readonly DigitFormat[] = [
  { pattern: /^\d{1,3}(?:[\u00A0\u2009\u202F ]\d{3})+(?:,\d+)?(?!\d)/, decimal: ',', group: SPACES },
  // Two or more groups cannot be a decimal: 2,700,000 and 1.000.000
  { pattern: /^\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?(?!\d)/, decimal: '.', group: /,/g },
  { pattern: /^\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?(?!\d)/, decimal: ',', group: /\./g },
  { pattern: /^\d+,\d+/, decimal: ',', group: SPACES },
  { pattern: /^\d+\.\d+/, decimal: '.', group: SPACES },
];

// Endings of ordinals; one-letter ones other than й/е need a hyphen ("5м" reads better as metres).
const ORDINAL_SUFFIX = /(?:-?(?:ого|его|ому|ему|ыми|ими|ый|ий|ой|ая|яя|ое|ее|ье|ья|ые|ие|го|му|ым|им|ом|ем|ую|юю|ых|их|й|е)|-(?:я|м|ю))(?![\p{L}\p{N}])/uy;
// Endings of inflected cardinals: 2-х (двух), 5-ти (пяти), 7-ми (семи).
const CARDINAL_SUFFIX = /-?(?:ух|ех|ти|ми|ью)(?![\p{L}\p{N}])|-(?:х|и)(?![\p{L}\p{N}])/uy;

export const RU_RULES: LanguageRules = {
  code: 'rus',
  vocabulary: RU_VOCABULARY,
  readDigits: digitReader(FORMATS),
  digitSuffix(text, pos, value) {
    // Both endings start with a hyphen or a letter: most digits are followed by neither.
    const first = codeAt(text, pos);
    if (first !== 0x2d && !isLetterUnit(first)) return null;
    CARDINAL_SUFFIX.lastIndex = pos;
    const cardinal = CARDINAL_SUFFIX.exec(text);
    // "90-х" is a plural ordinal (the nineties); "2-х" a cardinal (двух).
    if (cardinal !== null && !(cardinal[0] === '-х' && value >= 10)) return { end: pos + cardinal[0].length, ordinal: false };
    if (cardinal !== null) return { end: pos + cardinal[0].length, ordinal: true };
    ORDINAL_SUFFIX.lastIndex = pos;
    const ordinal = ORDINAL_SUFFIX.exec(text);
    return ordinal === null ? null : { end: pos + ordinal[0].length, ordinal: true };
  },
};

export const RUSSIAN: CompiledLanguage = compileLanguage(RU_RULES);
