import type { DocsiftRecord } from '../../types/record.js';
import type { ToCodePoint } from '../../text/offsets.js';
import type { ExtractionInput, Extracted, Extractor, ExtractorName } from './types.js';

export type Mentions = Pick<DocsiftRecord, ExtractorName>;

/**
 * Runs the extractors in order, each seeing what the earlier ones found, then turns their UTF-16
 * mentions into record mentions: code-point offsets, the span's own text, document order.
 */
export function runExtractors(
  input: ExtractionInput,
  extractors: readonly Extractor[],
  toCodePoint: ToCodePoint,
  time: <T>(stage: string, work: () => T) => T,
): Mentions {
  const found: Partial<Extracted> = {};
  for (const extractor of extractors) {
    const mentions = time(`extract:${extractor.name}`, () => extractor.extract(input, found));
    for (const mention of mentions) checkSpan(extractor.name, mention, input.text.length);
    (found as Record<ExtractorName, unknown>)[extractor.name] = mentions;
  }
  const place = <M extends { start: number; end: number }>(mentions: readonly M[] | undefined) => toRecordMentions(mentions ?? [], input.text, toCodePoint);
  return {
    numbers: place(found.numbers),
    dates: place(found.dates),
    organizations: place(found.organizations),
    quotations: place(found.quotations).map((quotation) => ({
      ...quotation,
      speaker: quotation.speaker && {
        name: quotation.speaker.name,
        start: toCodePoint(quotation.speaker.start),
        end: toCodePoint(quotation.speaker.end),
      },
    })),
  };
}

function checkSpan(extractor: string, mention: { start: number; end: number }, length: number): void {
  if (!(Number.isInteger(mention.start) && Number.isInteger(mention.end) && 0 <= mention.start && mention.start < mention.end && mention.end <= length)) {
    throw new Error(`extractor ${extractor} returned an invalid span [${mention.start}, ${mention.end})`);
  }
}

/** Record key order is fixed: start, end, text, then the extractor's own fields in its order. */
function toRecordMentions<M extends { start: number; end: number }>(
  mentions: readonly M[],
  text: string,
  toCodePoint: ToCodePoint,
): Array<Omit<M, 'start' | 'end'> & { start: number; end: number; text: string }> {
  return [...mentions]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map(({ start, end, ...rest }) => ({ start: toCodePoint(start), end: toCodePoint(end), text: text.slice(start, end), ...rest }));
}
