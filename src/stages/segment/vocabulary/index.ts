import { en } from './en.js';
import { ru } from './ru.js';
export type { SegmentVocabulary } from './types.js';

/**
 * Documents mix languages (a Russian "read in Russian" link on an English page), so every line is
 * checked against the union of the vocabularies rather than the document language's alone.
 */
export const vocabulary = {
  chrome: new Set([...en.chrome, ...ru.chrome]),
  chromePhrases: [...en.chromePhrases, ...ru.chromePhrases],
  pollHeaders: new Set([...en.pollHeaders, ...ru.pollHeaders]),
  voteWords: new Set([...en.voteWords, ...ru.voteWords]),
  captionLabels: new Set([...en.captionLabels, ...ru.captionLabels]),
  metadataLabels: new Set([...en.metadataLabels, ...ru.metadataLabels]),
  roleWords: new Set([...en.roleWords, ...ru.roleWords]),
  partMarkers: [en.partMarker, ru.partMarker],
} as const satisfies Record<string, unknown>;
