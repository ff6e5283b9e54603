import type { SchemaElement } from 'hyparquet-writer';

/**
 * The Parquet layout of a record, mirroring schemas/document.schema.json field for field: objects
 * are structs, arrays are standard three-level LISTs, a sentence `[start, end]` is a list of two
 * INT32. A field the JSON schema requires is REQUIRED, one it lets be null or absent is OPTIONAL.
 * `parquet-schema.test.ts` checks this tree against the JSON schema, so a new record field cannot
 * be silently dropped from the export.
 */
export type Leaf = 'STRING' | 'INT32' | 'INT64' | 'DOUBLE' | 'BOOLEAN';
export type ParquetField =
  | { name: string; optional?: true; leaf: Leaf }
  | { name: string; optional?: true; fields: readonly ParquetField[] }
  | { name: string; optional?: true; list: ParquetListElement };
/** A list element has no name of its own: the standard layout calls it `element`. */
export type ParquetListElement = { leaf: Leaf } | { fields: readonly ParquetField[] } | { list: ParquetListElement };

const span: readonly ParquetField[] = [
  { name: 'start', leaf: 'INT32' },
  { name: 'end', leaf: 'INT32' },
];
const mention: readonly ParquetField[] = [...span, { name: 'text', leaf: 'STRING' }];

export const RECORD_FIELDS: readonly ParquetField[] = [
  { name: 'id', leaf: 'STRING' },
  { name: 'text', leaf: 'STRING' },
  {
    name: 'source',
    fields: [
      { name: 'path', leaf: 'STRING' },
      { name: 'line', optional: true, leaf: 'INT32' },
      { name: 'sha256', leaf: 'STRING' },
      { name: 'bytes', leaf: 'INT64' },
      { name: 'encoding', leaf: 'STRING' },
    ],
  },
  {
    name: 'language',
    fields: [
      { name: 'code', leaf: 'STRING' },
      { name: 'confidence', leaf: 'DOUBLE' },
    ],
  },
  {
    name: 'published',
    optional: true,
    fields: [
      { name: 'value', leaf: 'STRING' },
      { name: 'start', optional: true, leaf: 'INT32' },
      { name: 'end', optional: true, leaf: 'INT32' },
    ],
  },
  {
    name: 'segments',
    list: {
      fields: [
        ...span,
        { name: 'kind', leaf: 'STRING' },
        { name: 'language', leaf: 'STRING' },
        { name: 'duplicateOf', optional: true, leaf: 'INT32' },
        { name: 'sentences', list: { list: { leaf: 'INT32' } } },
      ],
    },
  },
  {
    name: 'numbers',
    list: {
      fields: [
        ...mention,
        { name: 'kind', leaf: 'STRING' },
        { name: 'value', leaf: 'DOUBLE' },
        { name: 'unit', optional: true, leaf: 'STRING' },
        { name: 'approximate', leaf: 'BOOLEAN' },
      ],
    },
  },
  {
    name: 'dates',
    list: {
      fields: [
        ...mention,
        { name: 'value', optional: true, leaf: 'STRING' },
        { name: 'relative', leaf: 'BOOLEAN' },
        { name: 'mod', optional: true, leaf: 'STRING' },
      ],
    },
  },
  {
    name: 'organizations',
    list: { fields: [...mention, { name: 'name', leaf: 'STRING' }, { name: 'acronym', optional: true, leaf: 'STRING' }] },
  },
  {
    name: 'quotations',
    list: {
      fields: [...mention, { name: 'speaker', optional: true, fields: [{ name: 'name', leaf: 'STRING' }, ...span] }],
    },
  },
  {
    name: 'provenance',
    fields: [
      { name: 'pipeline', leaf: 'STRING' },
      { name: 'config', leaf: 'STRING' },
    ],
  },
];

function leafElement(name: string, leaf: Leaf, repetition: SchemaElement['repetition_type']): SchemaElement {
  return leaf === 'STRING'
    ? { name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: repetition }
    : { name, type: leaf, repetition_type: repetition };
}

/** Preorder schema elements of one node, as Parquet's flat schema list wants them. */
function nodeElements(name: string, node: ParquetListElement, repetition: SchemaElement['repetition_type']): SchemaElement[] {
  if ('leaf' in node) return [leafElement(name, node.leaf, repetition)];
  if ('fields' in node) {
    return [{ name, repetition_type: repetition, num_children: node.fields.length }, ...node.fields.flatMap(fieldElements)];
  }
  return [
    { name, repetition_type: repetition, converted_type: 'LIST', num_children: 1 },
    { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
    ...nodeElements('element', node.list, 'REQUIRED'),
  ];
}

function fieldElements(field: ParquetField): SchemaElement[] {
  return nodeElements(field.name, field, field.optional ? 'OPTIONAL' : 'REQUIRED');
}

export function parquetSchema(fields: readonly ParquetField[] = RECORD_FIELDS): SchemaElement[] {
  return [{ name: 'root', num_children: fields.length }, ...fields.flatMap(fieldElements)];
}
