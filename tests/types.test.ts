import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ESM build script without type declarations
import { generate, targets } from '../scripts/gen-types.mjs';

describe('types derived from the schemas', () => {
  it.each(targets as Array<[string, string]>)('%s matches the committed %s (run `npm run gen:types`)', async (schema, output) => {
    const committed = await readFile(new URL(`../${output}`, import.meta.url), 'utf8');
    expect(committed).toBe(await generate(schema));
  });
});
