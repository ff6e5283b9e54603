#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runBatch, type BatchSummary } from './batch/run.js';
import { DEFAULT_CONFIG, resolveConfig, type ConfigResult } from './config/index.js';
import { loadConfig } from './config/load.js';
import { PIPELINE } from './version.js';

/** Exit codes: every document became a record; some did not; the command itself was wrong. */
const EXIT = { ok: 0, documentsFailed: 1, usage: 2 } as const;

const HELP = `Usage: docsift run [paths...] [--config FILE] [--out DIR]

Turns documents into one schema-validated JSON record each (${PIPELINE}).

  paths          .txt, .md and .jsonl files or folders of them (default: input)
  --config FILE  pipeline configuration (default: pipeline.config.json if present, else built-in defaults)
  --out DIR      where records are written as <id>.json (default: output)
  -h, --help     this text

Exit codes: 0 every document produced a valid record, 1 some documents failed (listed),
2 usage or configuration error.`;

async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        config: { type: 'string' },
        out: { type: 'string', default: 'output' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`docsift: ${(error as Error).message}\n\n${HELP}`);
    return EXIT.usage;
  }
  const [command, ...paths] = parsed.positionals;
  if (parsed.values.help || command === undefined || command === 'help') {
    console.log(HELP);
    return parsed.values.help || command === 'help' ? EXIT.ok : EXIT.usage;
  }
  if (command !== 'run') {
    console.error(`docsift: unknown command '${command}'\n\n${HELP}`);
    return EXIT.usage;
  }
  const configResult = await configFrom(parsed.values.config);
  if (!configResult.ok) {
    for (const error of configResult.errors) console.error(`docsift: config error: ${error}`);
    return EXIT.usage;
  }
  const summary = await runBatch({ paths: paths.length > 0 ? paths : ['input'], outDir: parsed.values.out, resolved: configResult.resolved });
  report(summary);
  return summary.failures.length === 0 ? EXIT.ok : EXIT.documentsFailed;
}

async function configFrom(file: string | undefined): Promise<ConfigResult> {
  if (file !== undefined) return loadConfig(file);
  if (existsSync('pipeline.config.json')) return loadConfig('pipeline.config.json');
  return resolveConfig(DEFAULT_CONFIG);
}

function report(summary: BatchSummary): void {
  for (const failure of summary.failures) console.error(`docsift: failed ${failure.path} (${failure.id}): ${failure.reason}`);
  const seconds = (summary.milliseconds / 1000).toFixed(1);
  console.log(`docsift: ${summary.documents} documents, ${summary.written} records written, ${summary.failures.length} failed in ${seconds} s`);
}

process.exitCode = await main(process.argv.slice(2));
