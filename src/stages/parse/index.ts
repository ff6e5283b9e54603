import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Block, BlockStructure } from './blocks.js';
import { plainTextParse } from './plain-text.js';

export type { Block, BlockStructure } from './blocks.js';
export type InputFormat = 'text' | 'markdown';

const markdownParser = unified().use(remarkParse).freeze();
const plainTextParser = unified().use(plainTextParse).freeze();

/** Cuts a document into blocks: Markdown keeps its structure, plain text is one block a line. */
export function parseBlocks(text: string, format: InputFormat): Block[] {
  const tree = (format === 'markdown' ? markdownParser : plainTextParser).parse(text);
  const found: Array<{ start: number; end: number; structure: BlockStructure }> = [];
  collect(tree, found);
  found.sort((a, b) => a.start - b.start);
  return found.map((block, i) => ({ ...block, adjacent: i > 0 && isNextLine(text, found[i - 1]!.end, block.start) }));
}

function collect(node: Root | Nodes, found: Array<{ start: number; end: number; structure: BlockStructure }>): void {
  switch (node.type) {
    case 'heading':
      return push(node, 'heading', found);
    case 'paragraph':
      return push(node, 'paragraph', found);
    case 'code':
      return push(node, 'code', found);
    case 'html':
      return push(node, 'html', found);
    case 'tableRow':
      return push(node, 'table-row', found);
    case 'listItem':
      // A list item's first paragraph carries its marker; later paragraphs and nested lists are
      // blocks of their own.
      node.children.forEach((child, i) => {
        if (i === 0 && child.type === 'paragraph') push({ position: { start: node.position!.start, end: child.position!.end } }, 'list-item', found);
        else collect(child, found);
      });
      return;
    default:
      if ('children' in node) for (const child of node.children) collect(child, found);
  }
}

function push(
  node: { position?: { start: { offset?: number }; end: { offset?: number } } },
  structure: BlockStructure,
  found: Array<{ start: number; end: number; structure: BlockStructure }>,
): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start !== undefined && end !== undefined && end > start) found.push({ start, end, structure });
}

function isNextLine(text: string, previousEnd: number, start: number): boolean {
  const between = text.slice(previousEnd, start);
  return (between.match(/\n/g)?.length ?? 0) === 1;
}
