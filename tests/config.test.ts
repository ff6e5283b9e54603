import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, resolveConfig } from '../src/config/index.js';
import { loadConfig } from '../src/config/load.js';

describe('resolveConfig', () => {
  it('fills defaults and hashes the effective config', () => {
    const empty = resolveConfig({});
    const explicit = resolveConfig({ ...DEFAULT_CONFIG });
    expect(empty).toMatchObject({ ok: true, resolved: { config: DEFAULT_CONFIG } });
    expect(empty.ok && explicit.ok && empty.resolved.hash === explicit.resolved.hash).toBe(true);
    const other = resolveConfig({ languages: ['eng'] });
    expect(other.ok && empty.ok && other.resolved.hash !== empty.resolved.hash).toBe(true);
  });

  it('hashes the same config the same whatever its key order', () => {
    const a = resolveConfig({ languages: ['rus', 'eng'], minLanguageLength: 10 });
    const b = resolveConfig({ minLanguageLength: 10, languages: ['rus', 'eng'] });
    expect(a.ok && b.ok && a.resolved.hash === b.resolved.hash).toBe(true);
  });

  it('names the field of every error', () => {
    const result = resolveConfig({ languages: ['russian'], extractors: ['numbers', 'people'], colour: 'blue' });
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors.join('\n');
    expect(errors).toMatch(/\/languages\/0 must match pattern/);
    expect(errors).toMatch(/\/extractors\/1 must be equal to one of the allowed values \(numbers, dates, organizations, quotations\)/);
    expect(errors).toMatch(/\(root\) must NOT have additional properties 'colour'/);
  });
});

describe('loadConfig', () => {
  it('names the file when it is not JSON or missing', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'docsift-config-'));
    const broken = path.join(folder, 'broken.json');
    await writeFile(broken, '{ "languages": [');
    expect(await loadConfig(broken)).toMatchObject({ ok: false, errors: [expect.stringMatching(/broken\.json: not JSON/)] });
    expect(await loadConfig(path.join(folder, 'absent.json'))).toMatchObject({ ok: false, errors: [expect.stringMatching(/absent\.json: cannot read/)] });
  });

  it('reads the project config', async () => {
    expect(await loadConfig(new URL('../pipeline.config.json', import.meta.url).pathname)).toMatchObject({ ok: true });
  });
});
