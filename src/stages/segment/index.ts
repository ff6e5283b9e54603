import type { Block } from '../parse/index.js';
import { classifyBlocks, type SegmentKind } from './classify.js';
import { findDuplicates } from './duplicates.js';
import { withoutTrailingCredits } from './lines.js';

export type { SegmentKind } from './classify.js';

/** A segment before language and sentences are known; UTF-16 offsets. */
export interface SegmentDraft {
  readonly start: number;
  readonly end: number;
  readonly kind: SegmentKind;
  readonly duplicateOf: number | null;
}

export function segmentBlocks(text: string, blocks: readonly Block[]): SegmentDraft[] {
  const lines = blocks.map((block) => text.slice(block.start, block.end));
  const credits = lines.map(withoutTrailingCredits);
  const kinds = classifyBlocks(lines, blocks, credits);
  const duplicates = findDuplicates(lines, kinds, credits);
  return blocks.map((block, i) => ({ start: block.start, end: block.end, kind: kinds[i]!, duplicateOf: duplicates[i]! }));
}

/** Extractors read content segments only: their facts are not reported twice nor from site chrome. */
export function isContent(segment: { kind: SegmentKind; duplicateOf: number | null }): boolean {
  return segment.kind !== 'boilerplate' && segment.duplicateOf === null;
}
