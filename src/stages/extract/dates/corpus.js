/** Every corpus example resolves against this published day (a Friday, ISO week 2025-W34). */
export const REFERENCE_DAY = '2025-08-22';
export const stated = (value, ...examples) => ({ value, relative: false, examples });
export const relative = (value, ...examples) => ({ value, relative: true, examples });
export const withMod = (group, mod) => ({ ...group, mod });
/** Splits `in [2017]` into the text and the expected span. */
export function parseExample(example) {
    const open = example.indexOf('[');
    const close = example.indexOf(']');
    if (open < 0 || close < open)
        return { text: example, span: { start: 0, end: example.length } };
    const text = example.slice(0, open) + example.slice(open + 1, close) + example.slice(close + 1);
    return { text, span: { start: open, end: close - 1 } };
}
//# sourceMappingURL=corpus.js.map