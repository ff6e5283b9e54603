import { parseIsoDay } from './calendar.js';
import { findDates } from './find.js';
export { findPublishedDate } from './published.js';
function toMention(c, offset, published) {
    const { value, mod } = c.parsed;
    const relative = typeof value === 'function';
    const ref = published ? parseIsoDay(published) : null;
    const resolved = typeof value === 'string' ? value : ref ? value(ref) : null;
    return { start: offset + c.start, end: offset + c.end, value: resolved, relative, ...(mod ? { mod } : {}) };
}
const QUARTER = /^(?<year>\d{4})-(?<q>Q[1-4])$/u;
/** Figures compared just before `a year ago`: `from $93.3 million`, `14 Canadian cents a share,`, `higher than`. */
const COMPARISON_BEFORE = /(?:\d[^.;!?]{0,30}|(?<![\p{L}])(?:from|than|compared\s+with|versus|vs\.?|against)\s+)$/iu;
/** Figures owned by the period right after it: `last year's $1.55 billion`, `last year's results`. */
const FIGURES_AFTER = /^['’]s\s+(?:\$|\d|(?:results|earnings|profit|sales|revenue)(?![\p{L}]))/iu;
/**
 * Fills in references to the reported quarter (`Parsed.anaphor`) in document order: each takes
 * the latest quarter stated before it, shifted by its years.
 */
function resolveAnaphora(text, found) {
    let reported = null;
    const out = [];
    for (const { c, mention } of found) {
        const anaphor = c.parsed.anaphor;
        if (!anaphor) {
            const quarter = QUARTER.exec(mention.value ?? '');
            if (quarter)
                reported = { year: Number(quarter.groups.year), q: quarter.groups.q };
            out.push(mention);
            continue;
        }
        const compares = !anaphor.comparison ||
            COMPARISON_BEFORE.test(text.slice(Math.max(0, mention.start - 40), mention.start)) ||
            FIGURES_AFTER.test(text.slice(mention.end, mention.end + 20));
        if (reported && compares)
            out.push({ ...mention, value: `${reported.year + anaphor.years}-${reported.q}`, relative: true });
        else if (anaphor.comparison)
            out.push(mention);
    }
    return out;
}
export const datesExtractor = {
    name: 'dates',
    extract(input) {
        const found = input.segments.flatMap((segment) => findDates(input.text.slice(segment.start, segment.end), segment.language).map((c) => ({ c, mention: toMention(c, segment.start, input.published) })));
        return resolveAnaphora(input.text, found);
    },
};
//# sourceMappingURL=index.js.map