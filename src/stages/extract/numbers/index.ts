/**
 * The numbers extractor: every numeric expression in content segments, digits or words, fully
 * scaled, with its kind, unit and approximation (SPEC "Numbers"; decisions in docs/numbers.md).
 */
import type { Extractor, FoundNumber } from '../types.js';
import { maskText, scanSegment, segmentExclusions } from './common.js';
import type { CompiledLanguage, Span } from './common.js';
import { ENGLISH } from './en.js';
import { RUSSIAN } from './ru.js';

export type { Span } from './common.js';

/** Languages with their own rules. */
const LANGUAGES: Readonly<Record<string, CompiledLanguage>> = { eng: ENGLISH, rus: RUSSIAN };
const CYRILLIC = /[\u0400-\u04FF]/u;

/**
 * The rules for a segment: its language's, else by script: Cyrillic text (Ukrainian, Belarusian, or
 * Russian the identifier could not name) reads best with the Russian rules, anything else with the
 * English ones (digits, `%`, `$`).
 */
function rulesFor(segmentLanguage: string, documentLanguage: string, text: string, segment: NumberSegment): CompiledLanguage {
  return LANGUAGES[segmentLanguage] ?? (CYRILLIC.test(text.slice(segment.start, segment.end)) ? RUSSIAN : LANGUAGES[documentLanguage] ?? ENGLISH);
}

export interface NumberSegment {
  readonly start: number;
  readonly end: number;
  readonly language: string;
}

function linesOf(text: string, language: string): NumberSegment[] {
  const segments: NumberSegment[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    segments.push({ start, end: start + line.length, language });
    start += line.length + 1;
  }
  return segments;
}

/**
 * Numbers in `text` (UTF-16 offsets). `segments` default to the lines of the text, all in
 * `language`; `exclusions` are spans with no numbers of their own (the dates found earlier).
 */
export function extractNumbers(text: string, language: string, exclusions: readonly Span[] = [], segments?: readonly NumberSegment[]): FoundNumber[] {
  const parts = segments ?? linesOf(text, language);
  const spans = exclusions.slice();
  for (const s of parts) spans.push(...segmentExclusions(text.slice(s.start, s.end), s.start));
  const masked = maskText(text, spans);
  const found: FoundNumber[] = [];
  for (const s of parts) {
    for (const { start, end, kind, value, unit, approximate } of scanSegment(rulesFor(s.language, language, text, s), masked, s.start, s.end)) {
      found.push({ start, end, kind, value, unit, approximate });
    }
  }
  return found;
}

export const numbersExtractor: Extractor<'numbers'> = {
  name: 'numbers',
  extract(input, earlier) {
    const dates = (earlier.dates ?? []).map((d): Span => [d.start, d.end]);
    return extractNumbers(input.text, input.language, dates, input.segments);
  },
};
