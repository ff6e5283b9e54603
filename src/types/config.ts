/* Generated from schemas/pipeline.config.schema.json by scripts/gen-types.mjs: edit the schema, then run `npm run gen:types`. */

/**
 * pipeline.config.json: what the pipeline does to each document. Every field has a default; the effective config (defaults filled in) is hashed into each record's provenance.
 */
export interface PipelineConfig {
  $schema?: string;
  /**
   * ISO 639-3 codes language identification chooses from, in order of preference for ties (franc's codes).
   *
   * @minItems 1
   */
  languages?: [string, ...string[]];
  /**
   * Text with fewer letters than this is short: the document's language is preferred for it and its confidence is reduced in proportion (docs/language.md).
   */
  minLanguageLength?: number;
  /**
   * Which extractors run. Their order is fixed by the pipeline (dates before numbers, organizations before quotations).
   */
  extractors?: ('numbers' | 'dates' | 'organizations' | 'quotations')[];
}
