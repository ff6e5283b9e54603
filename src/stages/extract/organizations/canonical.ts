import type { Candidate } from './candidate.js';

/**
 * A shortened name takes the fullest form the document gives for the same body: `Ministry of Industry and
 * Trade` → `Ministry of Industry and Trade of the Russian Federation` when that longer name (the short one
 * plus an `of ...` complement, or a trailing country in Russian) occurs in the document. Only names built by
 * the head rules are widened; a listed name (`Gazprom`) is a body of its own (`Gazprom Neft` is another).
 */
export function widenShortNames(candidates: readonly Candidate[]): Candidate[] {
  const heads = candidates.filter((c) => c.rule === 'head');
  return candidates.map((c) => {
    if (c.rule !== 'head') return c;
    const longer = heads.find((l) => l.name.startsWith(`${c.name} of `) || isRussianPlaceSuffix(c.name, l.name));
    return longer === undefined ? c : { ...c, name: longer.name };
  });
}

function isRussianPlaceSuffix(short: string, long: string): boolean {
  if (!/[а-яё]/i.test(short) || !long.startsWith(`${short} `)) return false;
  return /^\p{Lu}/u.test(long.slice(short.length + 1));
}
