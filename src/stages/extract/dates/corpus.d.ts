/**
 * Corpus format shared by the per-language corpora (Duckling's `Corpus.hs` shape): one value, many
 * surface forms. Square brackets mark the expected span inside an example (a leading preposition
 * stays outside); an example without brackets must be matched whole.
 */
import type { Mod } from './rule.js';
/** Every corpus example resolves against this published day (a Friday, ISO week 2025-W34). */
export declare const REFERENCE_DAY = "2025-08-22";
export interface CorpusGroup {
    readonly value: string | null;
    readonly relative: boolean;
    readonly mod?: Mod;
    readonly examples: readonly string[];
}
export declare const stated: (value: string, ...examples: string[]) => CorpusGroup;
export declare const relative: (value: string, ...examples: string[]) => CorpusGroup;
export declare const withMod: (group: CorpusGroup, mod: Mod) => CorpusGroup;
/** Splits `in [2017]` into the text and the expected span. */
export declare function parseExample(example: string): {
    text: string;
    span: {
        start: number;
        end: number;
    };
};
