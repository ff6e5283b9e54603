/**
 * A letter or digit (`[\p{L}\p{N}]`) as the one character behind or ahead, ASCII tested first:
 * V8 runs a rule's edge test at every position of the text, and the full Unicode class costs
 * several times more there than the ASCII range that settles most characters. Under `iu` the
 * ASCII range also takes `ſ` and the Kelvin sign (both letters), and the non-ASCII branch then
 * skips them, so the union is exactly the class (rule.test.ts checks every character).
 */
export const LETTER_OR_DIGIT_BEHIND = '[a-zA-Z0-9]|(?=[\\p{L}\\p{N}])[^\\x00-\\x7F]';
export const LETTER_OR_DIGIT_AHEAD = '[a-zA-Z0-9]|(?=[^\\x00-\\x7F])[\\p{L}\\p{N}]';
/** Left and right edges of a token: no letter or digit glued on (works for Cyrillic, unlike `\b`). */
export const L = `(?<!${LETTER_OR_DIGIT_BEHIND})`;
export const R = `(?!${LETTER_OR_DIGIT_AHEAD})`;
/**
 * Builds a rule; every pattern is global, case-insensitive and Unicode-aware. `requires` are the
 * literal tests a match cannot pass without (see `Rule.requires`), e.g. `containsOne(MONTHS)`.
 */
export function rule(name, source, extract, requires = []) {
    return { name, pattern: new RegExp(source, 'giu'), extract, requires };
}
/** Alternation of literal words, longest first so a prefix never shadows a longer word. */
export function oneOf(words) {
    const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
    return `(?:${sorted.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})`;
}
/**
 * Lookahead refusing a number followed by a lower-case content word (`в 1500 километрах`,
 * `in 2000 people`): then it counts things. Function words are allowed after a year.
 */
export function notCounting(functionWords, verbEndings = []) {
    const verbs = verbEndings.length ? `|\\p{Ll}+${oneOf(verbEndings)}${R}` : '';
    return `(?!\\s+(?!${oneOf(functionWords)}${R}${verbs})\\p{Ll})`;
}
//# sourceMappingURL=rule.js.map