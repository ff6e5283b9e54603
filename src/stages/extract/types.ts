import type {
  DateMention,
  NumberMention,
  OrganizationMention,
  QuotationMention,
  Segment,
} from '../../types/record.js';

/**
 * A content segment (not boilerplate, not a duplicate) as extractors see it. Offsets are UTF-16
 * indices into `ExtractionInput.text`, so extractors can use plain string and RegExp indices; the
 * runner converts every offset to code points once, when it builds the record.
 */
export interface ExtractionSegment {
  /** Index of the segment in `record.segments`. */
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly kind: Segment['kind'];
  /** ISO 639-3 language of the segment (a Russian line in an English document is `rus`). */
  readonly language: string;
  /** Sentence spans inside the segment, UTF-16 document offsets. */
  readonly sentences: ReadonlyArray<readonly [number, number]>;
}

export interface ExtractionInput {
  /** The whole document text. */
  readonly text: string;
  /** ISO 639-3 language of the whole document. */
  readonly language: string;
  /** The document's own date, `YYYY-MM-DD`, that relative dates resolve against; null when unknown. */
  readonly published: string | null;
  /** Content segments only, in document order. */
  readonly segments: readonly ExtractionSegment[];
}

/** A mention as an extractor returns it: UTF-16 offsets, no `text` (the runner slices it). */
type Found<M> = Omit<M, 'text'>;
export type FoundNumber = Found<NumberMention>;
export type FoundDate = Found<DateMention>;
export type FoundOrganization = Found<OrganizationMention>;
export type FoundQuotation = Found<QuotationMention>;

export interface Extracted {
  numbers: FoundNumber[];
  dates: FoundDate[];
  organizations: FoundOrganization[];
  quotations: FoundQuotation[];
}

export type ExtractorName = keyof Extracted;

/**
 * An extractor fills one array of the record. It sees the content segments of one document and
 * what the extractors before it found (dates run before numbers, so digits inside dates are not
 * numbers; organizations before quotations, so an organization can be a speaker).
 */
export interface Extractor<K extends ExtractorName = ExtractorName> {
  readonly name: K;
  extract(input: ExtractionInput, earlier: Readonly<Partial<Extracted>>): Extracted[K];
}
