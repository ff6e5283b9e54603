/** One corpus example: a sentence and the organizations expected in it, as `[span text, name, acronym?]`. */
export type CorpusExample = readonly [text: string, expected: ReadonlyArray<readonly [span: string, name: string, acronym?: string]>];
