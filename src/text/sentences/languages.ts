import { english } from './data/eng.js';
import { russian } from './data/rus.js';
import type { AbbreviationClass, LanguageData, LanguageRules } from './types.js';

const CLASSES: readonly AbbreviationClass[] = ['title', 'plain', 'final', 'unit'];

function buildRules(sources: readonly LanguageData[]): LanguageRules {
  const abbreviations = new Map<string, AbbreviationClass>();
  for (const source of sources) {
    for (const kind of CLASSES) for (const form of source.abbreviations[kind]) abbreviations.set(form, kind);
  }
  return {
    abbreviations,
    starters: new Set(sources.flatMap((source) => source.starters)),
    dottedNames: new Set(sources.flatMap((source) => source.dottedNames)),
  };
}

const BY_LANGUAGE: ReadonlyMap<string, LanguageRules> = new Map([
  ['eng', buildRules([english])],
  ['rus', buildRules([russian])],
]);

// Other languages get both vocabularies: their abbreviations are mostly Latin or Cyrillic forms
// (Ukrainian and Belarusian share most Russian ones), and the two lists do not collide.
const GENERIC = buildRules([english, russian]);

export function rulesFor(language: string): LanguageRules {
  return BY_LANGUAGE.get(language) ?? GENERIC;
}
