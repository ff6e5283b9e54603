/* Generated from schemas/document.schema.json by scripts/gen-types.mjs: edit the schema, then run `npm run gen:types`. */

/**
 * This interface was referenced by `DocsiftRecord`'s JSON-Schema
 * via the `definition` "encoding".
 */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'koi8-r' | 'windows-1252';
/**
 * ISO 639-3 as franc reports it, or 'und'.
 *
 * This interface was referenced by `DocsiftRecord`'s JSON-Schema
 * via the `definition` "languageCode".
 */
export type LanguageCode = string;
/**
 * This interface was referenced by `DocsiftRecord`'s JSON-Schema
 * via the `definition` "offset".
 */
export type Offset = number;
/**
 * [start, end) of one sentence.
 *
 * @minItems 2
 * @maxItems 2
 *
 * This interface was referenced by `DocsiftRecord`'s JSON-Schema
 * via the `definition` "sentence".
 */
export type SentenceSpan = [number, number];

/**
 * One docsift record: a decoded document, its segments and the facts extracted from it. Every start/end is a code-point offset into `text`, end exclusive.
 */
export interface DocsiftRecord {
  /**
   * Stable document id: the input file name without extension, or the JSONL line's id.
   */
  id: string;
  /**
   * The decoded document text that all offsets index.
   */
  text: string;
  source: {
    /**
     * Input path relative to the input folder or file given on the command line, '/'-separated.
     */
    path: string;
    /**
     * 1-based line of the document in a JSONL input.
     */
    line?: number;
    /**
     * SHA-256 of the document's bytes (the JSONL line for JSONL input).
     */
    sha256: string;
    bytes: number;
    encoding: Encoding;
  };
  language: LanguageGuess;
  /**
   * The document's own date: from its text (start/end set) or from the JSONL input (start/end null).
   */
  published: null | {
    value: string;
    start: number | null;
    end: number | null;
  };
  segments: Segment[];
  numbers: NumberMention[];
  dates: DateMention[];
  organizations: OrganizationMention[];
  quotations: QuotationMention[];
  provenance: {
    /**
     * <name>@<version> of the pipeline that wrote the record.
     */
    pipeline: string;
    /**
     * SHA-256 of the effective configuration (canonical JSON).
     */
    config: string;
  };
}
/**
 * This interface was referenced by `DocsiftRecord`'s JSON-Schema
 * via the `definition` "languageGuess".
 */
export interface LanguageGuess {
  code: LanguageCode;
  confidence: number;
}
/**
 * This interface was referenced by `DocsiftRecord`'s JSON-Schema
 * via the `definition` "segment".
 */
export interface Segment {
  start: Offset;
  end: Offset;
  kind: 'title' | 'paragraph' | 'list-item' | 'metadata' | 'caption' | 'boilerplate';
  language: LanguageCode;
  /**
   * Index of the earlier segment this one repeats.
   */
  duplicateOf: number | null;
  sentences: SentenceSpan[];
}
/**
 * This interface was referenced by `DocsiftRecord`'s JSON-Schema
 * via the `definition` "number".
 */
export interface NumberMention {
  start: Offset;
  end: Offset;
  text: string;
  kind: 'cardinal' | 'ordinal' | 'percent' | 'money' | 'quantity';
  value: number;
  /**
   * ISO 4217 for money, '%' for percent, a short unit symbol for quantities, null otherwise.
   */
  unit: string | null;
  approximate: boolean;
}
/**
 * This interface was referenced by `DocsiftRecord`'s JSON-Schema
 * via the `definition` "date".
 */
export interface DateMention {
  start: Offset;
  end: Offset;
  text: string;
  /**
   * TIMEX3-style value at the expression's own granularity; null when a relative date has no anchor.
   */
  value: string | null;
  relative: boolean;
  /**
   * TIMEX3 mod for part-of-period expressions ('the end of August').
   */
  mod?: 'START' | 'MID' | 'END' | 'APPROX' | 'BEFORE' | 'AFTER';
}
/**
 * This interface was referenced by `DocsiftRecord`'s JSON-Schema
 * via the `definition` "organization".
 */
export interface OrganizationMention {
  start: Offset;
  end: Offset;
  text: string;
  /**
   * Canonical name: acronyms expanded where the document or the gazetteer gives the expansion; Russian names in the nominative.
   */
  name: string;
  acronym: string | null;
}
/**
 * This interface was referenced by `DocsiftRecord`'s JSON-Schema
 * via the `definition` "quotation".
 */
export interface QuotationMention {
  start: Offset;
  end: Offset;
  text: string;
  speaker: null | {
    /**
     * The fullest form of the speaker's name the document gives.
     */
    name: string;
    /**
     * The mention the speaker was read from (a name or a pronoun).
     */
    start: number;
    end: Offset;
  };
}
