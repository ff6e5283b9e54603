import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { configSchema, documentSchema } from './schemas.js';

export { configSchema, documentSchema };

const ajv = new Ajv2020({ allErrors: true, strict: true });
// `tsType` tells the type generator how to spell a tuple; it means nothing to validation.
ajv.addKeyword('tsType');

/** A validator in ajv's shape: whether the data is valid, and after a call, the errors found. */
export type Validator = ((data: unknown) => boolean) & { errors: ErrorObject[] | null | undefined };

/**
 * Compiles its schema on the first call: compiling the record schema costs a thread ~0.1-0.2 s, and
 * of a run's threads only those that make records validate them.
 */
function compiledOnFirstUse(schema: object): Validator {
  let compiled: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null } | undefined;
  const validate: Validator = Object.assign(
    (data: unknown) => {
      compiled ??= ajv.compile(schema);
      const valid = compiled(data);
      validate.errors = compiled.errors;
      return valid;
    },
    { errors: null },
  );
  return validate;
}

export const validateDocument = compiledOnFirstUse(documentSchema);
export const validateConfig = compiledOnFirstUse(configSchema);

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
