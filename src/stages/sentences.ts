import { splitSentences } from '../text/sentences/index.js';
import type { SegmentDraft } from './segment/index.js';

/** Sentence spans (UTF-16 document offsets) of every segment; site chrome has none. */
export function sentencesOf(text: string, segments: readonly SegmentDraft[], languages: readonly string[]): Array<Array<[number, number]>> {
  // Repeated lines are split once: the splitter is a pure function of the text and the language.
  // Keyed by language, then line: a joined key would copy every line to hash it.
  const known = new Map<string, Map<string, Array<[number, number]>>>();
  return segments.map((segment, i) => {
    if (segment.kind === 'boilerplate') return [];
    const language = languages[i]!;
    const line = text.slice(segment.start, segment.end);
    let byLine = known.get(language);
    if (byLine === undefined) known.set(language, (byLine = new Map()));
    let spans = byLine.get(line);
    if (spans === undefined) {
      spans = splitSentences(line, language);
      byLine.set(line, spans);
    }
    return spans.map(([start, end]): [number, number] => [segment.start + start, segment.start + end]);
  });
}
