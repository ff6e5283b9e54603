/**
 * Step 5 — spans: cut the segment at the boundaries and trim each piece, so the sentences cover all
 * non-space text in order and none starts or ends with whitespace.
 */
import { isWhiteSpaceCode } from '../../characters.js';

export function spansBetween(text: string, boundaries: readonly number[]): Array<[number, number]> {
  // A boundary found twice cuts an empty piece, which is dropped like a blank one.
  const cuts = [0, ...boundaries, text.length].sort((a, b) => a - b);
  const spans: Array<[number, number]> = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    let start = cuts[i]!;
    let end = cuts[i + 1]!;
    while (start < end && isWhiteSpaceCode(text.charCodeAt(start))) start++;
    while (end > start && isWhiteSpaceCode(text.charCodeAt(end - 1))) end--;
    if (end > start) spans.push([start, end]);
  }
  return spans;
}
