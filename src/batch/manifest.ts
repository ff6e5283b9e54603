import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** What produced one record: a rerun skips the document while all three are unchanged. */
export interface ManifestEntry {
  readonly input: string;
  readonly config: string;
  readonly pipeline: string;
}

export type Manifest = Record<string, ManifestEntry>;

export const MANIFEST_FILE = '_manifest.json';
export const RUN_REPORT_FILE = '_run.json';

export async function readManifest(outDir: string): Promise<Manifest> {
  try {
    const parsed = JSON.parse(await readFile(path.join(outDir, MANIFEST_FILE), 'utf8')) as { documents?: Manifest };
    return parsed.documents ?? {};
  } catch {
    // No manifest, or one a killed run left unreadable: every document is redone.
    return {};
  }
}

export function serializeManifest(manifest: Manifest): string {
  const documents = Object.fromEntries(Object.keys(manifest).sort().map((id) => [id, manifest[id]!]));
  return `${JSON.stringify({ documents }, null, 2)}\n`;
}

export function sameEntry(a: ManifestEntry | undefined, b: ManifestEntry): boolean {
  return a !== undefined && a.input === b.input && a.config === b.config && a.pipeline === b.pipeline;
}
