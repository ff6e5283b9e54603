/**
 * The document's own date: stated on a metadata line (`date 2025-08-22`, `Last Updated: 07/27/2016`,
 * `Опубликовано: 12.03.2021`) or as a dateline opening the text (`MOSCOW, Aug. 22 —`). Dates in
 * the body are never taken: they are what the document talks about, not when it was written. Only
 * the top segments and metadata lines are read.
 */
import { findDates } from './find.js';
const KEYWORDS = '(?:date|dated|published|posted|updated|last\\s+updated|last\\s+modified|released|опубликовано|опубл\\.|дата(?:\\s+публикации)?|обновлено|размещено|добавлено)';
/** Words that announce the document's date; the date must follow within a few characters. */
const KEYWORD = new RegExp(`(?<![\\p{L}])${KEYWORDS}(?![\\p{L}])[\\s:.,\\-–—|]{0,4}(?:on\\s+|в\\s+)?$`, 'iu');
/** Whether a segment has a keyword at all: the others are read only where a dateline may be. */
const HAS_KEYWORD = new RegExp(KEYWORDS, 'iu');
/** How many segments from the top may hold a dateline. */
const DATELINE_SEGMENTS = 3;
/**
 * How many segments from the top may hold a keyword line; further down only metadata lines are
 * read (a `Last updated:` footer is a metadata line), so a long document is not scanned whole.
 */
const TOP_SEGMENTS = 8;
/** A dateline's date starts within this many characters of its segment (after a city name). */
const DATELINE_REACH = 40;
/** Enough of a segment's head to hold a whole dateline date (the longest is about 30 characters). */
const DATELINE_HEAD = DATELINE_REACH + 60;
/** Only capitals, spaces and punctuation before a dateline's date (`BEIJING --`, `MOSCOW, `). */
const DATELINE_LEAD = /^[\p{Lu}\s\p{P}\p{S}]*$/u;
const isDay = (value) => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);
/** Absolute day-grain dates of one segment, with document offsets and what precedes them. */
function daysIn(text, language, start, end) {
    const slice = text.slice(start, end);
    return findDates(slice, language)
        .filter((c) => typeof c.parsed.value === 'string' && isDay(c.parsed.value))
        .map((c) => ({ value: c.parsed.value, start: start + c.start, end: start + c.end, before: slice.slice(0, c.start) }));
}
/**
 * The part of a segment worth reading: all of a metadata line or a segment with a keyword, only
 * the head of a segment that can only hold a dateline (cut after a space, so no date is cut in
 * half: `22.08.20|25` would read as 2020), nothing of the others.
 */
function readableEnd(text, s, i) {
    if (s.kind === 'metadata' || (i < TOP_SEGMENTS && HAS_KEYWORD.test(text.slice(s.start, s.end))))
        return s.end;
    if (i >= DATELINE_SEGMENTS)
        return s.start;
    if (s.end - s.start <= DATELINE_HEAD)
        return s.end;
    const space = text.slice(s.start + DATELINE_HEAD, s.end).search(/\s/u);
    return space < 0 ? s.end : s.start + DATELINE_HEAD + space;
}
export function findPublishedDate(input) {
    const segments = input.segments
        .map((s, i) => ({ ...s, i, end: readableEnd(input.text, s, i) }))
        .filter((s) => s.end > s.start)
        .map((s) => ({ ...s, days: daysIn(input.text, input.language, s.start, s.end) }));
    const pick = (d) => ({ value: d.value, start: d.start, end: d.end });
    for (const s of segments) {
        const keyed = s.days.find((d) => KEYWORD.test(d.before.slice(-40)));
        if (keyed)
            return pick(keyed);
    }
    for (const s of segments) {
        if (s.kind !== 'metadata')
            continue;
        const first = s.days[0];
        if (first)
            return pick(first);
    }
    for (const s of segments.filter((s) => s.i < DATELINE_SEGMENTS)) {
        const first = s.days[0];
        if (first && first.before.length <= DATELINE_REACH && DATELINE_LEAD.test(first.before))
            return pick(first);
    }
    return null;
}
//# sourceMappingURL=published.js.map