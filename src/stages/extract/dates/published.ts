/**
 * The document's own date: stated on a metadata line (`date 2025-08-22`, `Last Updated: 07/27/2016`,
 * `Опубликовано: 12.03.2021`) or as a dateline opening the text (`MOSCOW, Aug. 22 —`). Dates in
 * the body are never taken: they are what the document talks about, not when it was written.
 */
import { findDates } from './find.js';

interface PublishedInput {
  readonly text: string;
  readonly language: string;
  readonly segments: readonly { readonly start: number; readonly end: number; readonly kind: string }[];
}

export interface Published {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/** Words that announce the document's date; the date must follow within a few characters. */
const KEYWORD =
  /(?<![\p{L}])(?:date|dated|published|posted|updated|last\s+updated|last\s+modified|released|опубликовано|опубл\.|дата(?:\s+публикации)?|обновлено|размещено|добавлено)(?![\p{L}])[\s:.,\-–—|]{0,4}(?:on\s+|в\s+)?$/iu;

/** How many segments from the top may hold a dateline. */
const DATELINE_SEGMENTS = 3;
/** A dateline's date starts within this many characters of its segment (after a city name). */
const DATELINE_REACH = 40;
/** Only capitals, spaces and punctuation before a dateline's date (`BEIJING --`, `MOSCOW, `). */
const DATELINE_LEAD = /^[\p{Lu}\s\p{P}\p{S}]*$/u;

const isDay = (value: string | null): value is string => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Absolute day-grain dates of one segment, with document offsets and what precedes them. */
function daysIn(text: string, language: string, start: number, end: number) {
  const slice = text.slice(start, end);
  return findDates(slice, language)
    .filter((c) => typeof c.parsed.value === 'string' && isDay(c.parsed.value))
    .map((c) => ({ value: c.parsed.value as string, start: start + c.start, end: start + c.end, before: slice.slice(0, c.start) }));
}

export function findPublishedDate(input: PublishedInput): Published | null {
  const segments = input.segments.map((s, i) => ({ ...s, i, days: daysIn(input.text, input.language, s.start, s.end) }));
  const pick = (d: { value: string; start: number; end: number }): Published => ({ value: d.value, start: d.start, end: d.end });

  for (const s of segments) {
    const keyed = s.days.find((d) => KEYWORD.test(d.before.slice(-40)));
    if (keyed) return pick(keyed);
  }
  for (const s of segments) {
    if (s.kind !== 'metadata') continue;
    const first = s.days[0];
    if (first) return pick(first);
  }
  for (const s of segments.slice(0, DATELINE_SEGMENTS)) {
    const first = s.days[0];
    if (first && first.before.length <= DATELINE_REACH && DATELINE_LEAD.test(first.before)) return pick(first);
  }
  return null;
}
