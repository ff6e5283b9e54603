import { splitSentences } from '../text/sentences/index.js';
import type { SegmentDraft } from './segment/index.js';

/** Sentence spans (UTF-16 document offsets) of every segment; site chrome has none. */
export function sentencesOf(text: string, segments: readonly SegmentDraft[], languages: readonly string[]): Array<Array<[number, number]>> {
  // Repeated lines are split once: the splitter is a pure function of the text and the language.
  const known = new Map<string, Array<[number, number]>>();
  return segments.map((segment, i) => {
    if (segment.kind === 'boilerplate') return [];
    const line = text.slice(segment.start, segment.end);
    const key = `${languages[i]}\u0000${line}`;
    let spans = known.get(key);
    if (spans === undefined) {
      spans = splitSentences(line, languages[i]!);
      known.set(key, spans);
    }
    return spans.map(([start, end]): [number, number] => [segment.start + start, segment.start + end]);
  });
}
