import { type Rule } from './rule.js';
export declare const EN_RULES: readonly Rule[];
/** Part-of-period words before a date, anchored at its start. */
export declare const EN_PART_OF_PERIOD: ({
    pattern: RegExp;
    mod: "END";
} | {
    pattern: RegExp;
    mod: "START";
} | {
    pattern: RegExp;
    mod: "MID";
})[];
/** What may stand between two listed years: `2017 and 2019`, `2010, 2012`, `1992 to 1996`. */
export declare const EN_LIST_CONNECTOR: RegExp;
/**
 * Tense cues of a clause (see `applyTense`): future auxiliaries and plans; past auxiliaries,
 * reporting verbs, `-ed` forms and the irregular past forms common in news.
 */
export declare const EN_TENSE: {
    future: RegExp;
    past: RegExp;
};
