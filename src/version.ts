import { createRequire } from 'node:module';

// package.json sits two levels above this module both in src/ and in the built dist/.
const manifest = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

/** `<name>@<version>`: the records' provenance, so a record says which pipeline wrote it. */
export const PIPELINE = `${manifest.name}@${manifest.version}`;
