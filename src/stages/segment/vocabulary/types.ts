/** The words the segmenter recognises site furniture by; every entry is lower case. */
export interface SegmentVocabulary {
  /** Whole lines of site chrome (navigation, sharing, rating, subscription, language switch). */
  readonly chrome: readonly string[];
  /** Phrases that make a line chrome wherever they occur in it. */
  readonly chromePhrases: readonly string[];
  /** Lines that open a poll: the question and answers after them are boilerplate too. */
  readonly pollHeaders: readonly string[];
  /** Words of vote counters like `(no votes)` or `12 votes`. */
  readonly voteWords: readonly string[];
  /** Labels that open a photo caption or credit (`Photo: …`). */
  readonly captionLabels: readonly string[];
  /** Labels that open a metadata line (`Last Updated: …`, `Автор: …`). */
  readonly metadataLabels: readonly string[];
  /** Words of academic degrees and positions that an author's bio line under a byline carries. */
  readonly roleWords: readonly string[];
  /** The word that numbers the parts of a serial headline (`… Part 1.`). */
  readonly partMarker: string;
}
