/**
 * The dates extractor: per-language rules (en.ts, ru.ts) scanned by one engine, refined, then
 * resolved against the document's published day. Also detects that published day.
 */
import type { Extractor, FoundDate } from '../types.js';
import { parseIsoDay } from './calendar.js';
import type { Candidate } from './engine.js';
import { findDates } from './find.js';

export { findPublishedDate } from './published.js';

function toMention(c: Candidate, offset: number, published: string | null): FoundDate {
  const { value, mod } = c.parsed;
  const relative = typeof value === 'function';
  const ref = published ? parseIsoDay(published) : null;
  const resolved = typeof value === 'string' ? value : ref ? value(ref) : null;
  return { start: offset + c.start, end: offset + c.end, value: resolved, relative, ...(mod ? { mod } : {}) };
}

export const datesExtractor: Extractor<'dates'> = {
  name: 'dates',
  extract(input) {
    return input.segments.flatMap((segment) =>
      findDates(input.text.slice(segment.start, segment.end), segment.language).map((c) => toMention(c, segment.start, input.published)),
    );
  },
};
