import { type Rule } from './rule.js';
export declare const RU_RULES: readonly Rule[];
export declare const RU_PART_OF_PERIOD: ({
    pattern: RegExp;
    mod: "END";
} | {
    pattern: RegExp;
    mod: "START";
} | {
    pattern: RegExp;
    mod: "MID";
})[];
/** What may stand between two listed years: `2017 и 2019`, `с 1992 по 1996`, `2010, 2012`. */
export declare const RU_LIST_CONNECTOR: RegExp;
/**
 * Tense cues of a clause (see `applyTense`): future forms and plans; past forms of verbs
 * (`заявил`, `прошла`, `состоялись`).
 */
export declare const RU_TENSE: {
    future: RegExp;
    past: RegExp;
};
