import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { peakRssBytes } from '../src/batch/peak-rss.js';

const MB = 2 ** 20;

describe('the peak memory a run reports', () => {
  it('is at least what the process holds now', () => {
    expect(peakRssBytes()).toBeGreaterThanOrEqual(process.memoryUsage().rss * 0.9);
  });

  it.runIf(process.platform === 'linux')('is the process’s own, not that of a larger process that started it', () => {
    // Held while the child runs: getrusage would report the child's peak as at least this.
    const ballast = Buffer.alloc(400 * MB, 1);
    // The built module (the global setup builds dist/): a plain node child cannot load TypeScript.
    const module = new URL('../dist/batch/peak-rss.js', import.meta.url).href;
    const script = `const { peakRssBytes } = await import(${JSON.stringify(module)}); console.log(peakRssBytes(), process.resourceUsage().maxRSS * 1024);`;
    const child = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    const [own, inherited] = child.trim().split(' ').map(Number) as [number, number];
    expect(ballast[ballast.length - 1]).toBe(1);
    expect(inherited).toBeGreaterThan(400 * MB);
    expect(own).toBeLessThan(200 * MB);
  });
});
