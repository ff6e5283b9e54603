import type { BatchSummary } from './run.js';

/** The one-line summary a run ends with. */
export function summaryLine(summary: BatchSummary): string {
  const seconds = (summary.milliseconds / 1000).toFixed(1);
  if (summary.mode === 'check') {
    const state = isCurrent(summary) ? 'up to date' : `${summary.stale.length} stale, ${summary.missing.length} missing, ${summary.extra.length} extra`;
    return `docsift: checked ${summary.documents} documents: ${state}, ${summary.failures.length} failed in ${seconds} s`;
  }
  const skipped = summary.skipped > 0 ? `, ${summary.skipped} unchanged` : '';
  const removed = summary.removed.length > 0 ? `, ${summary.removed.length} removed` : '';
  return `docsift: ${summary.documents} documents, ${summary.written} records written${skipped}${removed}, ${summary.failures.length} failed in ${seconds} s`;
}

export function isCurrent(summary: BatchSummary): boolean {
  return summary.stale.length + summary.missing.length + summary.extra.length === 0;
}

/** The lines above the summary: each failure with its reason, each out-of-date record in check mode. */
export function detailLines(summary: BatchSummary): string[] {
  return [
    ...summary.failures.map((failure) => `docsift: failed ${failure.path} (${failure.id}): ${failure.reason}`),
    ...summary.stale.map((id) => `docsift: stale ${id}.json`),
    ...summary.missing.map((id) => `docsift: missing ${id}.json`),
    ...summary.extra.map((id) => `docsift: extra ${id}.json`),
  ];
}

/** Per-stage time and peak memory, for the screen after a run. */
export function stageLines(summary: BatchSummary): string[] {
  const total = Object.values(summary.stages).reduce((sum, ms) => sum + ms, 0);
  const stages = Object.entries(summary.stages)
    .sort(([, a], [, b]) => b - a)
    .map(([stage, ms]) => `${stage} ${(ms / 1000).toFixed(2)} s (${total > 0 ? Math.round((100 * ms) / total) : 0}%)`);
  return stages.length === 0 ? [] : [`docsift: stages: ${stages.join(', ')}; peak RSS ${Math.round(summary.peakRssBytes / 2 ** 20)} MB`];
}

/** `1234 documents, 12 failed, 310 docs/s`: the progress line, redrawn on a terminal. */
export function progressLine(done: number, failed: number, milliseconds: number): string {
  const rate = milliseconds > 0 ? Math.round((done * 1000) / milliseconds) : 0;
  return `docsift: ${done} documents, ${failed} failed, ${rate} docs/s`;
}
