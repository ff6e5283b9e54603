/* Generated from schemas/pipeline.config.schema.json by scripts/gen-types.mjs: edit the schema, then run `npm run gen:types`. */

/**
 * pipeline.config.json: what the pipeline does to each document. Every field has a default; the effective config (defaults filled in) is hashed into each record's provenance.
 */
export interface PipelineConfig {
  $schema?: string;
  /**
   * ISO 639-3 codes language identification chooses from (franc's `only`), in order of preference for ties.
   *
   * @minItems 1
   */
  languages?: [string, ...string[]];
  /**
   * Segments with fewer letters than this are identified by their script and letters instead of franc's trigrams.
   */
  minLanguageLength?: number;
  /**
   * Which extractors run. Their order is fixed by the pipeline (dates before numbers, organizations before quotations).
   */
  extractors?: ('numbers' | 'dates' | 'organizations' | 'quotations')[];
}
