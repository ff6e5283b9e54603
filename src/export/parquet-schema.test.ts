import { describe, expect, it } from 'vitest';
import { documentSchema } from '../schema/index.js';
import { parquetSchema, RECORD_FIELDS, type Leaf, type ParquetField, type ParquetListElement } from './parquet-schema.js';

/** A shape both schemas can be reduced to: what a dataset reader sees, field names and nullability included. */
type Shape =
  | { leaf: 'string' | 'integer' | 'number' | 'boolean' }
  | { struct: Record<string, { optional: boolean; shape: Shape }> }
  | { list: Shape };

interface JsonNode {
  $ref?: string;
  type?: string | string[];
  oneOf?: JsonNode[];
  properties?: Record<string, JsonNode>;
  required?: string[];
  items?: JsonNode;
  prefixItems?: JsonNode[];
}

const root = documentSchema as JsonNode & { $defs: Record<string, JsonNode> };

function resolve(node: JsonNode): JsonNode {
  return node.$ref ? resolve(root.$defs[node.$ref.replace('#/$defs/', '')] ?? {}) : node;
}

function types(node: JsonNode): string[] {
  return node.type === undefined ? [] : Array.isArray(node.type) ? node.type : [node.type];
}

/** Nullable when the type list or a oneOf branch admits null. */
function jsonNullable(node: JsonNode): boolean {
  const resolved = resolve(node);
  return types(resolved).includes('null') || (resolved.oneOf ?? []).some((branch) => types(resolve(branch)).includes('null'));
}

function jsonShape(node: JsonNode): Shape {
  const resolved = resolve(node);
  const nonNull = (resolved.oneOf ?? []).map(resolve).find((branch) => !types(branch).includes('null')) ?? resolved;
  const type = types(nonNull).find((name) => name !== 'null');
  if (type === 'object') {
    const required = new Set(nonNull.required ?? []);
    return {
      struct: Object.fromEntries(
        Object.entries(nonNull.properties ?? {}).map(([name, child]) => [
          name,
          { optional: !required.has(name) || jsonNullable(child), shape: jsonShape(child) },
        ]),
      ),
    };
  }
  if (type === 'array') {
    const element = nonNull.items ?? nonNull.prefixItems?.[0];
    if (!element) throw new Error('array without items');
    return { list: jsonShape(element) };
  }
  if (type === 'string' || type === 'integer' || type === 'number' || type === 'boolean') return { leaf: type };
  throw new Error(`unexpected JSON schema node ${JSON.stringify(nonNull)}`);
}

const LEAF_KIND: Record<Leaf, 'string' | 'integer' | 'number' | 'boolean'> = {
  STRING: 'string',
  INT32: 'integer',
  INT64: 'integer',
  DOUBLE: 'number',
  BOOLEAN: 'boolean',
};

function parquetShape(node: ParquetListElement): Shape {
  if ('leaf' in node) return { leaf: LEAF_KIND[node.leaf] };
  if ('list' in node) return { list: parquetShape(node.list) };
  return { struct: structOf(node.fields) };
}

function structOf(fields: readonly ParquetField[]): Record<string, { optional: boolean; shape: Shape }> {
  return Object.fromEntries(fields.map((field) => [field.name, { optional: field.optional === true, shape: parquetShape(field) }]));
}

describe('Parquet schema', () => {
  it('has every field of the record schema, with its type and nullability', () => {
    expect({ struct: structOf(RECORD_FIELDS) }).toEqual(jsonShape(root));
  });

  it('flattens to Parquet elements with child counts and standard three-level lists', () => {
    const elements = parquetSchema();
    expect(elements[0]).toEqual({ name: 'root', num_children: 11 });
    const sentences = elements.findIndex((element) => element.name === 'sentences');
    expect(elements.slice(sentences, sentences + 5)).toEqual([
      { name: 'sentences', repetition_type: 'REQUIRED', converted_type: 'LIST', num_children: 1 },
      { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
      { name: 'element', repetition_type: 'REQUIRED', converted_type: 'LIST', num_children: 1 },
      { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
      { name: 'element', type: 'INT32', repetition_type: 'REQUIRED' },
    ]);
    const leaves = elements.filter((element) => element.num_children === undefined);
    // pyarrow lists these 44 leaf columns in the file's metadata (num_columns).
    expect(leaves).toHaveLength(44);
  });
});
