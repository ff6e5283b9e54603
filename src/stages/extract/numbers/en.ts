/**
 * English number rules: `.` is the decimal mark and `,` groups thousands (`2,700` is 2700); ordinal
 * suffixes `st nd rd th`. The words are in `en.vocab.ts`.
 */
import { codeAt } from '../../../text/characters.js';
import { compileLanguage, digitReader } from './common.js';
import type { CompiledLanguage, DigitFormat, LanguageRules } from './common.js';
import { EN_VOCABULARY } from './en.vocab.js';
import { isLetterUnit } from './phrases.js';

const SPACES = /[\u00A0\u2009\u202F ]/g;

/** Tried in order; the first that reads the start of a digit run wins. */
const FORMATS: readonly DigitFormat[] = [
  // 1,674,200.5
  { pattern: /^\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)/, decimal: '.', group: /,/g },
  // 1.111,11 and 1.000.000: continental grouping, unambiguous only with a decimal comma or two groups
  { pattern: /^\d{1,3}(?:\.\d{3})+,\d+(?!\d)/, decimal: ',', group: /\./g },
  { pattern: /^\d{1,3}(?:\.\d{3}){2,}(?![\d,])/, decimal: ',', group: /\./g },
  // 1 000 000 with thin or non-breaking spaces; plain spaces only with two groups (not "in 1998 300 ...")
  { pattern: /^\d{1,3}(?:[\u00A0\u2009\u202F]\d{3})+(?:\.\d+)?(?!\d)/, decimal: '.', group: SPACES },
  { pattern: /^\d{1,3}(?: \d{3}){2,}(?:\.\d+)?(?!\d)/, decimal: '.', group: SPACES },
  { pattern: /^\d+\.\d+/, decimal: '.', group: SPACES },
  // "5,00" closing a run: a continental decimal, not a thousands group
  { pattern: /^\d+,\d{1,2}$/, decimal: ',', group: SPACES },
];

const ORDINAL_SUFFIX = /(?:st|nd|rd|th)(?![\p{L}\p{N}])/iuy;

export const EN_RULES: LanguageRules = {
  code: 'eng',
  vocabulary: EN_VOCABULARY,
  readDigits: digitReader(FORMATS),
  digitSuffix(text, pos) {
    if (!isLetterUnit(codeAt(text, pos))) return null;
    ORDINAL_SUFFIX.lastIndex = pos;
    const m = ORDINAL_SUFFIX.exec(text);
    return m === null ? null : { end: pos + m[0].length, ordinal: true };
  },
};

export const ENGLISH: CompiledLanguage = compileLanguage(EN_RULES);
