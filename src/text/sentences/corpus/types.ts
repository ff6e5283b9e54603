/**
 * One corpus example: the expected sentences of a segment. The segment text is the sentences joined
 * by one space unless `text` is given (for line breaks, double spaces and the like).
 */
export interface SentenceCase {
  readonly sentences: readonly string[];
  readonly text?: string;
  /** A known failure kept as a test (it must keep failing until fixed), with the reason. */
  readonly backlog?: string;
}
