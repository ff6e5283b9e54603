import type { ExtractionInput, ExtractionSegment } from '../types.js';
import { matchesIn } from './matches.js';

// Sentence ends for test inputs: terminal punctuation (and a closing mark) before a capital or an opening mark.
const SENTENCE_BREAK = /[.!?…]["”»]?\s+(?=[\p{Lu}"“«„–—])/gu;
const LINE = /[^\n]+/gu;

function sentencesOf(text: string, start: number, end: number): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  let from = start;
  for (const m of matchesIn(SENTENCE_BREAK, text, start, end)) {
    const to = m.index + m[0].trimEnd().length;
    spans.push([from, to]);
    from = m.index + m[0].length;
  }
  if (from < end) spans.push([from, end]);
  return spans;
}

/**
 * The input the pipeline would hand the extractor for a plain text: every non-blank line a
 * paragraph segment, sentences split on terminal punctuation. For tests and corpus runs.
 */
export function inputFromText(text: string, language = 'eng'): ExtractionInput {
  const segments: ExtractionSegment[] = [];
  LINE.lastIndex = 0;
  for (let m = LINE.exec(text); m !== null; m = LINE.exec(text)) {
    if (m[0].trim() === '') continue;
    const start = m.index;
    const end = m.index + m[0].length;
    segments.push({ index: segments.length, start, end, kind: 'paragraph', language, sentences: sentencesOf(text, start, end) });
  }
  return { text, language, published: null, segments };
}
