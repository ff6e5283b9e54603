import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { createProcessor as CreateProcessor } from '../src/batch/processor.js';
import { resolveConfig } from '../src/config/index.js';

// Pool threads load the built worker module, so the processor under test is the built one.
const dist = new URL('../dist/batch/processor.js', import.meta.url).href;
const { createProcessor } = (await import(dist)) as { createProcessor: typeof CreateProcessor };

const config = resolveConfig({});
if (!config.ok) throw new Error('default config is invalid');
const { resolved } = config;

const paragraph = 'The company said on Monday that revenue rose 12% to $4.5 billion in 2024. ';
const document = (id: string, repeat: number) => ({ id, path: `${id}.txt`, format: 'text' as const, bytes: Buffer.from(paragraph.repeat(repeat)) });

type Where = Pick<Parameters<typeof CreateProcessor>[0], 'jobs' | 'inline' | 'bounds'>;

async function recordsOf(where: Where) {
  const out = await mkdtemp(path.join(tmpdir(), 'docsift-processor-'));
  const processor = await createProcessor({ resolved, outDir: out, mode: 'write', ...where });
  try {
    const inputs = [document('small', 3), document('large', 8_000)];
    // One batch: a thread lost under it is lost to either document, so each is redone alone.
    const { outcomes, timings } = await processor.process(inputs);
    expect(outcomes.map((outcome) => outcome.ok && `${outcome.id} ${outcome.status}`).sort()).toEqual(['large written', 'small written']);
    expect(timings['extract:numbers']).toBeGreaterThan(0);
    return Promise.all(inputs.map((input) => readFile(path.join(out, `${input.id}.json`), 'utf8')));
  } finally {
    await processor.close();
  }
}

describe('worker pool bounds', () => {
  it('writes the same records from one pool thread as from the calling thread', async () => {
    expect(await recordsOf({ jobs: 1 })).toEqual(await recordsOf({ jobs: 1, inline: true }));
  }, 60_000);

  it('runs a document that outgrows a pool thread heap on the roomy thread, with the same record', async () => {
    const inline = await recordsOf({ jobs: 1, inline: true });
    // 32 MB holds the rule tables only just: every document runs a pool thread out of heap.
    const starved = await recordsOf({ jobs: 2, bounds: { heap: { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 4 }, roomyFromBytes: Number.POSITIVE_INFINITY } });
    expect(starved).toEqual(inline);
  }, 60_000);

  it('survives pool threads that cannot even load the pipeline', async () => {
    const inline = await recordsOf({ jobs: 1, inline: true });
    const broken = await recordsOf({ jobs: 2, bounds: { heap: { maxOldGenerationSizeMb: 4, maxYoungGenerationSizeMb: 1 }, roomyFromBytes: Number.POSITIVE_INFINITY } });
    expect(broken).toEqual(inline);
  }, 60_000);
});
