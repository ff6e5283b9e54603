/** How the parser saw a block, before the segmenter decides what kind of segment it is. */
export type BlockStructure = 'heading' | 'paragraph' | 'list-item' | 'code' | 'html' | 'table-row';

/** One block of the document: UTF-16 offsets into the text, trimmed of surrounding white space. */
export interface Block {
  readonly start: number;
  readonly end: number;
  readonly structure: BlockStructure;
  /** The block follows the previous one on the next line, with no blank line between. */
  readonly adjacent: boolean;
}
