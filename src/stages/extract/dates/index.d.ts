/**
 * The dates extractor: per-language rules (en.ts, ru.ts) scanned by one engine, refined, then
 * resolved against the document's published day. Also detects that published day.
 */
import type { Extractor } from '../types.js';
export { findPublishedDate } from './published.js';
export declare const datesExtractor: Extractor<'dates'>;
