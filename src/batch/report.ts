import type { Finding, Findings } from './findings.js';
import type { BatchSummary, Progress } from './run.js';

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

/**
 * The progress of a run. Once the inputs' size is known, how far through them the run is: on a
 * terminal a bar, redrawn in place, cut to `columns` so it never wraps; in a log, a plain line.
 * Before that, only counts.
 */
export function progressLine(progress: Progress, milliseconds: number, display: { bar: boolean; columns?: number }): string {
  const rate = milliseconds > 0 ? Math.round((progress.done * 1000) / milliseconds) : 0;
  const counts = `${progress.done} documents, ${progress.failed} failed, ${rate} docs/s`;
  const { totalBytes } = progress;
  if (totalBytes === undefined || totalBytes === 0) return `docsift: ${counts}`;
  const fraction = Math.min(1, progress.bytes / totalBytes);
  const percent = `${Math.floor(fraction * 100)}%`;
  const left = timeLeft(progress.bytes, totalBytes, milliseconds);
  if (!display.bar) return `docsift: ${percent} of ${formatBytes(totalBytes)}, ${counts}${left === undefined ? '' : `, about ${left} left`}`;
  const filled = Math.floor(fraction * BAR_WIDTH);
  const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
  const line = `docsift [${bar}] ${percent.padStart(4)} · ${formatBytes(progress.bytes)} of ${formatBytes(totalBytes)} · ${counts.replaceAll(', ', ' · ')}${left === undefined ? '' : ` · ${left} left`}`;
  // A line as wide as the terminal wraps on some, and a carriage return then redraws only its end.
  // A terminal of unknown width (a pseudo-terminal may say 0 columns) gets the whole line.
  return display.columns ? line.slice(0, display.columns - 1) : line;
}

const BAR_WIDTH = 20;

/** The time the rest of the input would take at the rate so far; none in the first second. */
function timeLeft(bytes: number, totalBytes: number, milliseconds: number): string | undefined {
  if (milliseconds < 1000 || bytes === 0) return undefined;
  const seconds = Math.max(0, Math.round(((totalBytes - bytes) * milliseconds) / bytes / 1000));
  const [hours, minutes] = [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60)];
  const twoDigits = (value: number) => String(value).padStart(2, '0');
  if (hours > 0) return `${hours}h ${twoDigits(minutes)}m`;
  return minutes > 0 ? `${minutes}m ${twoDigits(seconds % 60)}s` : `${seconds}s`;
}

/** `512 KB`, `3.4 MB`, `256 MB`, `1.2 GB`: decimal units, as `du --si` and the benchmark print. */
export function formatBytes(bytes: number): string {
  const [value, unit] = bytes >= 1e9 ? [bytes / 1e9, 'GB'] : bytes >= 1e6 ? [bytes / 1e6, 'MB'] : [bytes / 1e3, 'KB'];
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${unit}`;
}
