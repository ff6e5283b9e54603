import { splitSentences } from '../text/sentences/index.js';
import type { SegmentDraft } from './segment/index.js';

/** Sentence spans (UTF-16 document offsets) of every segment; site chrome has none. */
export function sentencesOf(text: string, segments: readonly SegmentDraft[], languages: readonly string[]): Array<Array<[number, number]>> {
  return segments.map((segment, i) => {
    if (segment.kind === 'boilerplate') return [];
    return splitSentences(text.slice(segment.start, segment.end), languages[i]!).map(
      ([start, end]): [number, number] => [segment.start + start, segment.start + end],
    );
  });
}
