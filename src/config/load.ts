import { readFile } from 'node:fs/promises';
import { resolveConfig, type ConfigResult } from './index.js';

/** Reads and resolves a pipeline.config.json; every problem names the file. */
export async function loadConfig(file: string): Promise<ConfigResult> {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (error) {
    return { ok: false, errors: [`${file}: cannot read: ${(error as Error).message}`] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch (error) {
    return { ok: false, errors: [`${file}: not JSON: ${(error as Error).message}`] };
  }
  const result = resolveConfig(raw);
  return result.ok ? result : { ok: false, errors: result.errors.map((error) => `${file}: ${error}`) };
}
