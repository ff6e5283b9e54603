import { datesExtractor } from './dates/index.js';
import { numbersExtractor } from './numbers/index.js';
import { organizationsExtractor } from './organizations/index.js';
import { quotationsExtractor } from './quotations/index.js';
import type { ExtractorName, Extractor } from './types.js';

/**
 * Every extractor, in the order they run: dates before numbers (digits inside dates are not
 * numbers), organizations before quotations (an organization can be a speaker).
 */
const ALL: readonly Extractor[] = [datesExtractor, numbersExtractor, organizationsExtractor, quotationsExtractor];

export function extractorsFor(names: readonly ExtractorName[]): Extractor[] {
  return ALL.filter((extractor) => names.includes(extractor.name));
}
