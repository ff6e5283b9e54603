import { createHash } from 'node:crypto';
import { describeErrors, validateConfig } from '../schema/index.js';
import type { ExtractorName } from '../stages/extract/types.js';
import type { PipelineConfig } from '../types/config.js';

/** The configuration with every default filled in: what a run actually does. */
export type EffectiveConfig = Required<Omit<PipelineConfig, '$schema' | 'extractors'>> & {
  extractors: ExtractorName[];
};

export interface ResolvedConfig {
  readonly config: EffectiveConfig;
  /** SHA-256 of the canonical JSON of `config`: records carry it as provenance. */
  readonly hash: string;
}

export type ConfigResult = { ok: true; resolved: ResolvedConfig } | { ok: false; errors: string[] };

export const DEFAULT_CONFIG: EffectiveConfig = {
  languages: ['rus', 'eng', 'ukr', 'bel', 'bul', 'srp', 'mkd', 'kaz'],
  minLanguageLength: 30,
  extractors: ['numbers', 'dates', 'organizations', 'quotations'],
};

/** Validates a parsed pipeline.config.json against its schema and fills the defaults. */
export function resolveConfig(raw: unknown): ConfigResult {
  if (!validateConfig(raw)) return { ok: false, errors: describeErrors(validateConfig.errors) };
  const given = raw as PipelineConfig;
  const config: EffectiveConfig = {
    languages: given.languages ?? DEFAULT_CONFIG.languages,
    minLanguageLength: given.minLanguageLength ?? DEFAULT_CONFIG.minLanguageLength,
    extractors: given.extractors ?? DEFAULT_CONFIG.extractors,
  };
  return { ok: true, resolved: { config, hash: sha256(canonicalJson(config)) } };
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
