import type { Candidate } from './candidate.js';

/**
 * A shortened name takes the fullest form the document gives for the same body: `Ministry of Industry and
 * Trade` → `Ministry of Industry and Trade of the Russian Federation` when that longer name (the short one
 * plus an `of ...` complement, or a trailing country in Russian) occurs in the document. Only names built by
 * the head rules are widened; a listed name (`Gazprom`) is a body of its own (`Gazprom Neft` is another).
 */
export function widenShortNames(candidates: readonly Candidate[]): Candidate[] {
  const fullest = new Map<string, string>();
  for (const c of candidates) {
    if (c.rule !== 'head') continue;
    for (const short of shortForms(c.name)) if (!fullest.has(short)) fullest.set(short, c.name);
  }
  return candidates.map((c) => {
    const longer = c.rule === 'head' ? fullest.get(c.name) : undefined;
    return longer === undefined ? c : { ...c, name: longer };
  });
}

/** The shorter names a full name stands for: cut before each `of` (English) or capitalised word (Russian). */
function shortForms(name: string): string[] {
  const russian = /[а-яё]/i.test(name);
  // Most names have no cut at all: a look for its literal spares the pattern.
  if (!name.includes(russian ? ' ' : ' of ')) return [];
  const cuts = russian ? / (?=\p{Lu})/gu : / (?=of )/g;
  return [...name.matchAll(cuts)].map((m) => name.slice(0, m.index));
}
