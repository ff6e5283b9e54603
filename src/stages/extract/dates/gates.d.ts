/**
 * Gates (`Rule.requires`): cheap literal tests a text must pass before a rule's costly pattern is
 * run on it. All gates of one rule list are tested in a single pass over the text (an Aho-Corasick
 * automaton), instead of one case-insensitive Unicode RegExp search per gate: those searches cost
 * as much as the rules themselves.
 */
/**
 * Some word occurs case-insensitively (lower-case words; a space stands for any run of white
 * space, as in `oneOf`): anywhere, or with `whole` as a whole token, no letter or digit glued on
 * either side. Or: a run of at least `digitRun` ASCII digits.
 */
export type Gate = {
    readonly words: readonly string[];
    readonly whole?: boolean;
} | {
    readonly digitRun: number;
};
/** A gate for `Rule.requires`: some digit. */
export declare const HAS_DIGIT: Gate;
/** A gate for `Rule.requires`: four digits in a row (every year rule needs them). */
export declare const HAS_YEAR_DIGITS: Gate;
/** A gate for `Rule.requires`: one of these words occurs, matched anywhere. */
export declare function containsOne(words: Iterable<string>): Gate;
/**
 * A gate for `Rule.requires`: one of these words occurs as a whole token. Only for rules whose
 * every match holds one of them between token edges (`L`, `R`, white space or punctuation):
 * `may` as a word passes, `market` and `summary` do not.
 */
export declare function hasToken(words: Iterable<string>): Gate;
/**
 * The lower-case letter a character stands for in a word: at least every character that
 * case-insensitive Unicode matching (`iu`) equates with it. Lower case alone misses `ſ` (`s`)
 * and the Cyrillic letter variants `ᲀ`–`ᲅ`; the round trip through upper case catches them. Its
 * one extra, `ı` → `i`, only lets a gate pass more often (gates.test.ts checks the whole BMP).
 */
export declare function foldCase(code: number): number;
/** Which of a fixed list of gates a text passes, all found in one pass. */
export declare class GateSet {
    readonly gates: readonly Gate[];
    /** Symbol of each letter of the words (index into the transition rows); 0 is white space. */
    private readonly symbolOfLetter;
    /** Symbol of each UTF-16 code, filled in as codes are first seen (most texts use few). */
    private readonly symbolOfCode;
    private readonly width;
    /** `next[state * width + symbol]`: the automaton with its failure links folded in. */
    private readonly next;
    /** Words that end in each state (its own and those of its failure chain). */
    private readonly ends;
    /** Whether each UTF-16 code is a letter or digit, filled in as codes are first seen. */
    private readonly letterOrDigit;
    private readonly digitGates;
    constructor(gates: readonly Gate[]);
    /** Marks in `passed` (one entry per gate) every gate the text passes. */
    test(text: string, passed: Uint8Array): void;
    /** Whether the character at `index` leaves a token edge (outside the text does). */
    private edgeAt;
    private symbols;
    private symbolOf;
}
