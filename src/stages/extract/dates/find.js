/** One language's rules and refiners, and the scan of one text with them. */
import { applyTense, attachPartOfPeriod, keepListedYears, refine, removeOverlaps, ruleSet, scan } from './engine.js';
import { EN_TENSE, EN_LIST_CONNECTOR, EN_PART_OF_PERIOD, EN_RULES } from './en.js';
import { RU_TENSE, RU_LIST_CONNECTOR, RU_PART_OF_PERIOD, RU_RULES } from './ru.js';
const locale = (rules, parts, connector, tense) => ({
    rules: ruleSet(rules),
    // Overlaps first so a weak year inside `May 2015` is gone before lists are checked.
    refiners: [removeOverlaps, keepListedYears(connector), attachPartOfPeriod(parts), applyTense(tense)],
});
const LOCALES = {
    eng: locale(EN_RULES, EN_PART_OF_PERIOD, EN_LIST_CONNECTOR, EN_TENSE),
    rus: locale(RU_RULES, RU_PART_OF_PERIOD, RU_LIST_CONNECTOR, RU_TENSE),
};
/**
 * Languages without rules of their own get the rules of their script: short Russian phrases are
 * often identified as Bulgarian or Serbian, and Cyrillic month names are shared; anything else
 * gets the English rules (digits and ISO forms still match).
 */
function localeOf(language, text) {
    const own = LOCALES[language];
    if (own)
        return own;
    return /\p{Script=Cyrillic}/u.test(text) ? LOCALES.rus : LOCALES.eng;
}
/** Date candidates of one text in one language, UTF-16 offsets into that text. */
export function findDates(text, language) {
    const { rules, refiners } = localeOf(language, text);
    return refine(text, scan(text, rules), refiners);
}
//# sourceMappingURL=find.js.map