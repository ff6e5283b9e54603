import { describe, expect, it } from 'vitest';
import { inputFromText } from './fixture.js';
import { extractQuotations } from './index.js';

/** About 1 MB of unbalanced marks, dashes, cues and capitalized runs, deterministic. */
function adversarialText(): string {
  const pieces = ['"', '“', '”', '«', '»', '„', '‘', '’', "'", "''", '``', ' — ', ', – ', ', “he said ', 'Said ', 'she said ', 'Anton Alikhanov ', 'Mrs. ', 'Sen. ', 'J.L. ', 'по словам ', 'the minister ', 'a spokeswoman for ', 'White House ', '\n', 'word ', ' ', '.', ',', ':'];
  let seed = 7;
  const parts: string[] = [];
  let size = 0;
  while (size < 1_000_000) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const piece = pieces[seed % pieces.length] ?? ' ';
    parts.push(piece);
    size += piece.length;
  }
  return parts.join('');
}

describe('adversarial input', () => {
  it('finishes on 1 MB of unbalanced quote marks and dashes with sane spans', () => {
    const text = adversarialText();
    const input = inputFromText(text);
    const found = extractQuotations(input, []);
    for (const q of found) {
      expect(q.start).toBeLessThan(q.end);
      expect(q.end).toBeLessThanOrEqual(text.length);
      if (q.speaker !== null) expect(q.speaker.end).toBeLessThanOrEqual(text.length);
    }
    // Top-level quotations never overlap one another.
    for (let i = 1; i < found.length; i++) expect(found[i]?.start).toBeGreaterThanOrEqual(found[i - 1]?.end ?? 0);
  });

  it('finishes on one unbroken 1 MB line of opening marks', () => {
    const text = `He said: ${'“word '.repeat(170_000)}`;
    expect(Array.isArray(extractQuotations(inputFromText(text), []))).toBe(true);
    const singles = `He said: ${"''word ‘x ".repeat(100_000)}`;
    expect(Array.isArray(extractQuotations(inputFromText(singles), []))).toBe(true);
  });
});
