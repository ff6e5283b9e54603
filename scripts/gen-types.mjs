// Derives the TypeScript types of the record and of the config from the JSON Schemas in schemas/,
// so the schema stays the single source of truth. `npm run gen:types` rewrites them; a test fails
// when the committed files are stale.
import { compileFromFile } from 'json-schema-to-typescript';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const targets = [
  ['schemas/document.schema.json', 'src/types/record.ts'],
  ['schemas/pipeline.config.schema.json', 'src/types/config.ts'],
];

export async function generate(schemaPath) {
  return compileFromFile(root + schemaPath, {
    cwd: root + 'schemas',
    bannerComment: `/* Generated from ${schemaPath} by scripts/gen-types.mjs: edit the schema, then run \`npm run gen:types\`. */`,
    additionalProperties: false,
    unreachableDefinitions: true,
    style: { singleQuote: true, printWidth: 110 },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [schema, out] of targets) {
    await writeFile(root + out, await generate(schema));
  }
}
export { targets };
