export { processDocument, type DocumentInput, type StageTimings } from './pipeline.js';
export { resolveConfig, DEFAULT_CONFIG, type EffectiveConfig, type ResolvedConfig, type ConfigResult } from './config/index.js';
export { DocumentError } from './errors.js';
export type * from './types/record.js';
/** The SPEC's span invariant, for consumers of records: `codePointSlice(record.text, span.start, span.end) === span.text`. */
export { codePointSlice } from './text/offsets.js';
