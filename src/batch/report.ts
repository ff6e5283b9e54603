import type { Finding, Findings } from './findings.js';
import type { BatchSummary } from './run.js';

/** The one-line summary a run ends with. */
export function summaryLine(summary: BatchSummary): string {
  const seconds = (summary.milliseconds / 1000).toFixed(1);
  if (summary.mode === 'check') {
    const state = isCurrent(summary) ? 'up to date' : `${summary.stale} stale, ${summary.missing} missing, ${summary.extra} extra`;
    return `docsift: checked ${summary.documents} documents: ${state}, ${summary.failed} failed in ${seconds} s`;
  }
  const skipped = summary.skipped > 0 ? `, ${summary.skipped} unchanged` : '';
  const removed = summary.removed > 0 ? `, ${summary.removed} removed` : '';
  return `docsift: ${summary.documents} documents, ${summary.written} records written${skipped}${removed}, ${summary.failed} failed in ${seconds} s`;
}

export function isCurrent(summary: BatchSummary): boolean {
  return summary.stale + summary.missing + summary.extra === 0;
}

/** The line above the summary for a failure or an out-of-date record; removed records are only counted. */
export function findingLine(finding: Finding): string | undefined {
  if (finding.kind === 'failed') return `docsift: failed ${finding.path} (${finding.id}): ${finding.reason}`;
  return finding.kind === 'removed' ? undefined : `docsift: ${finding.kind} ${finding.id}.json`;
}

/**
 * `_run.json`, line by line: the summary, then every failure and every removed record, streamed
 * from where the findings lie, so a report of a million failures is never whole in memory.
 * The same bytes as `JSON.stringify(report, null, 2)`.
 */
export async function* runReportLines(summary: BatchSummary, findings: Findings): AsyncGenerator<string> {
  yield JSON.stringify(summary, null, 2).slice(0, -2) + ',';
  yield* arrayLines('failures', findings.failed(), ',');
  yield* arrayLines('removedIds', findings.ids('removed'), '');
  yield '}';
}

async function* arrayLines(key: string, items: AsyncIterable<unknown>, after: string): AsyncGenerator<string> {
  let previous: string | undefined;
  for await (const item of items) {
    if (previous === undefined) yield `  ${JSON.stringify(key)}: [`;
    else yield `${previous},`;
    previous = `    ${JSON.stringify(item, null, 2).replaceAll('\n', '\n    ')}`;
  }
  yield previous === undefined ? `  ${JSON.stringify(key)}: []${after}` : `${previous}\n  ]${after}`;
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
