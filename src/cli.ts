#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { defaultJobs } from './batch/processor.js';
import { findingLine, isCurrent, progressLine, stageLines, summaryLine } from './batch/report.js';
import { runBatchOnThread } from './batch/coordinator.js';
import type { Progress } from './batch/run.js';
import { DEFAULT_CONFIG, resolveConfig, type ConfigResult } from './config/index.js';
import { loadConfig } from './config/load.js';
import { EXPORT_FORMATS, ExportError, exportRecords, isExportFormat } from './export/index.js';
import { PIPELINE } from './version.js';

/** Exit codes, decided here only: all good; documents failed or outputs stale; the command was wrong. */
const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

const HELP = `Usage: docsift run [paths...] [options]
       docsift export --format jsonl|parquet --out FILE [--records DIR]

Turns documents into one schema-validated JSON record each (${PIPELINE}).

  paths          .txt, .md and .jsonl files or folders of them (default: input)
  --out DIR      where records are written as <id>.json (default: output)
  --config FILE  pipeline configuration (default: pipeline.config.json if present, else built-in defaults)
  --jobs N       worker threads that process documents (default: the number of cores)
  --force        redo every document, even those the manifest says are unchanged
  --check        write nothing; exit 1 listing the records in DIR that are stale, missing or extra
  --quiet        print only failures and the summary
  -h, --help     this text

export writes every record of DIR (default: output) into one dataset file, JSON Lines or Parquet
with the nested fields kept (docs/export.md).

Exit codes: 0 every document produced a valid record (with --check: and DIR is up to date),
1 some documents failed or DIR is out of date (each listed on stderr), 2 usage or configuration
error, or an output folder that cannot be used.`;

async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        config: { type: 'string' },
        out: { type: 'string' },
        jobs: { type: 'string' },
        force: { type: 'boolean', default: false },
        check: { type: 'boolean', default: false },
        records: { type: 'string', default: 'output' },
        format: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return usage((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, ...paths] = positionals;
  if (values.help || command === 'help') {
    console.log(HELP);
    return EXIT.ok;
  }
  if (command === 'export') return exportCommand(values.records, values.format, values.out);
  if (command !== 'run') return usage(command === undefined ? 'no command given' : `unknown command '${command}'`);
  const jobs = values.jobs === undefined ? defaultJobs() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) return usage(`--jobs takes a whole number of at least 1, not '${values.jobs}'`);
  const configResult = await configFrom(values.config);
  if (!configResult.ok) {
    for (const error of configResult.errors) console.error(`docsift: config error: ${error}`);
    return EXIT.usage;
  }

  const redraw = process.stderr.isTTY && !process.env.CI && !values.quiet;
  let progressShown = redraw;
  const clearProgress = () => {
    if (progressShown) process.stderr.write('\r\x1b[K');
    progressShown = false;
  };
  let summary;
  try {
    summary = await runBatchOnThread({
      paths: paths.length > 0 ? paths : ['input'],
      outDir: values.out ?? 'output',
      resolved: configResult.resolved,
      jobs,
      mode: values.check ? 'check' : 'write',
      force: values.force,
      onProgress: values.quiet ? undefined : progressReporter(!redraw),
      onFinding: (finding) => {
        const line = findingLine(finding);
        if (line === undefined) return;
        clearProgress();
        console.error(line);
      },
    });
  } catch (error) {
    // Documents fail one by one inside the run; what stops a whole run is a folder it cannot use.
    const { code, path, message } = error as NodeJS.ErrnoException;
    if (code === undefined || path === undefined) throw error;
    console.error(`docsift: cannot use ${path}: ${message}`);
    return EXIT.usage;
  }
  clearProgress();
  if (!values.quiet) for (const line of stageLines(summary)) console.log(line);
  console.log(summaryLine(summary));
  return summary.failed === 0 && isCurrent(summary) ? EXIT.ok : EXIT.failed;
}

async function exportCommand(recordsDir: string, format: string | undefined, outFile: string | undefined): Promise<number> {
  if (format === undefined || !isExportFormat(format)) return usage(`export needs --format ${EXPORT_FORMATS.join('|')}`);
  if (outFile === undefined) return usage('export needs --out FILE');
  try {
    const { records } = await exportRecords({ recordsDir, format, outFile });
    console.log(`docsift: exported ${records} records to ${outFile}`);
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof ExportError)) throw error;
    console.error(`docsift: export failed: ${error.message}`);
    return EXIT.failed;
  }
}

function usage(problem: string): number {
  console.error(`docsift: ${problem}\n\n${HELP}`);
  return EXIT.usage;
}

async function configFrom(file: string | undefined): Promise<ConfigResult> {
  if (file !== undefined) return loadConfig(file);
  if (existsSync('pipeline.config.json')) return loadConfig('pipeline.config.json');
  return resolveConfig(DEFAULT_CONFIG);
}

/** On a terminal a bar redrawn in place; elsewhere (a log, CI) a plain line every few seconds. */
function progressReporter(plain: boolean): (progress: Progress) => void {
  const started = performance.now();
  let shown = 0;
  return (progress) => {
    const now = performance.now();
    if (now - shown < (plain ? 5000 : 100)) return;
    shown = now;
    const line = progressLine(progress, now - started, { bar: !plain, columns: process.stderr.columns });
    if (plain) console.error(line);
    else process.stderr.write(`\r\x1b[K${line}`);
  };
}

process.exitCode = await main(process.argv.slice(2));
