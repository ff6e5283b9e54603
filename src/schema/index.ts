import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { configSchema, documentSchema } from './schemas.js';

export { configSchema, documentSchema };

const ajv = new Ajv2020({ allErrors: true, strict: true });
// `tsType` tells the type generator how to spell a tuple; it means nothing to validation.
ajv.addKeyword('tsType');

/**
 * A validator in ajv's shape (whether the data is valid; after a call, the errors found) that
 * compiles its schema when first needed: compiling the record schema costs a thread ~0.1-0.2 s,
 * and of a run's threads only those that make records validate them.
 */
export type Validator = ((data: unknown) => boolean) & {
  errors: ErrorObject[] | null | undefined;
  /** Compiles now: a thread that makes records does it as it loads, not within a document's time. */
  compile(): void;
};

function compiledOnFirstUse(schema: object): Validator {
  let validator: ValidateFunction | undefined;
  const compile = () => (validator ??= ajv.compile(schema));
  const validate: Validator = Object.assign(
    (data: unknown) => {
      const compiled = compile();
      const valid = compiled(data);
      validate.errors = compiled.errors;
      return valid;
    },
    { errors: null, compile },
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
