import type { Paragraph, Root } from 'mdast';
import type { Point } from 'unist';
import type { Plugin } from 'unified';

/**
 * A unified parser for `.txt` input. Plain text is not Markdown: remark would join consecutive
 * lines into one paragraph (a document written one paragraph per line would become one block) and
 * read `1996.`, `#`, `---` or `* * *` as structure. Here every non-empty line becomes a paragraph
 * node whose position is exact in the original text (surrounding white space left out), and nothing
 * is interpreted: what a line is (title, list item, caption...) is the segmenter's decision.
 */
export const plainTextParse: Plugin<[], string, Root> = function () {
  this.parser = (document: string): Root => ({ type: 'root', children: lineParagraphs(document) });
};

function lineParagraphs(document: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let lineStart = 0;
  for (let lineNumber = 1; lineStart <= document.length; lineNumber++) {
    const newline = document.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? document.length : newline;
    const raw = document.slice(lineStart, lineEnd);
    const value = raw.trim();
    if (value !== '') {
      const column = raw.length - raw.trimStart().length + 1;
      const start: Point = { line: lineNumber, column, offset: lineStart + column - 1 };
      const end: Point = { line: lineNumber, column: column + value.length, offset: start.offset! + value.length };
      paragraphs.push({ type: 'paragraph', children: [{ type: 'text', value }], position: { start, end } });
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return paragraphs;
}
