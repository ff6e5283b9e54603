/** One corpus example: a news-like text and every quotation in it with its speaker (null: not said). */
export interface CorpusExample {
  readonly text: string;
  readonly quotes: ReadonlyArray<readonly [text: string, speaker: string | null]>;
}

/** Builds an example; lines of `text` become paragraphs. */
export const example = (text: string, ...quotes: Array<readonly [string, string | null]>): CorpusExample => ({ text, quotes });
