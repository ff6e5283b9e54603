import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { createRequire } from 'node:module';

// schemas/ sits two levels above this module both in src/schema and in the built dist/schema.
const require = createRequire(import.meta.url);
export const documentSchema = require('../../schemas/document.schema.json') as object;
export const configSchema = require('../../schemas/pipeline.config.schema.json') as object;

const ajv = new Ajv2020({ allErrors: true, strict: true });
// `tsType` tells the type generator how to spell a tuple; it means nothing to validation.
ajv.addKeyword('tsType');

export const validateDocument: ValidateFunction = ajv.compile(documentSchema);
export const validateConfig: ValidateFunction = ajv.compile(configSchema);

/** One readable line per problem, naming the field: `/segments/3/kind must be equal to one of …`. */
export function describeErrors(errors: readonly ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => {
    const field = error.instancePath === '' ? '(root)' : error.instancePath;
    const detail =
      'additionalProperty' in error.params
        ? ` '${String(error.params.additionalProperty)}'`
        : 'allowedValues' in error.params
          ? ` (${(error.params.allowedValues as unknown[]).map(String).join(', ')})`
          : '';
    return `${field} ${error.message ?? 'is invalid'}${detail}`;
  });
}
