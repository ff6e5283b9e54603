import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A hash of the code and schemas this process runs. The package version alone would let an
 * incremental run keep records that a code change made stale; this changes with any edit.
 */
export function buildFingerprint(): string {
  fingerprint ??= hashCode();
  return fingerprint;
}

let fingerprint: string | undefined;

function hashCode(): string {
  const codeRoot = fileURLToPath(new URL('..', import.meta.url));
  const schemas = fileURLToPath(new URL('../../schemas', import.meta.url));
  const hash = createHash('sha256');
  for (const root of [codeRoot, schemas]) {
    for (const file of listFiles(root)) {
      hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex');
}

function listFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(?:js|ts|json|mjs)$/u.test(entry.name) && !entry.name.endsWith('.test.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
