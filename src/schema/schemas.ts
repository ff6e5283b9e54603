import { createRequire } from 'node:module';

// schemas/ sits two levels above this module both in src/schema and in the built dist/schema.
// Apart from the validators (./index.ts), so that a thread that only reads a pattern off a schema
// (the coordinating thread: the id pattern) loads no validator library.
const require = createRequire(import.meta.url);
export const documentSchema = require('../../schemas/document.schema.json') as object;
export const configSchema = require('../../schemas/pipeline.config.schema.json') as object;
