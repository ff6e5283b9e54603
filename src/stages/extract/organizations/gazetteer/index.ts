import { clubsCc0, oneWordClubsCc0 } from './clubs-cc0.js';
import { companies } from './companies.js';
import { corporaCc0 } from './corpora-cc0.js';
import { international } from './international.js';
import { media } from './media.js';
import { national } from './national.js';
import { russian } from './russian.js';
import { world } from './world.js';
import type { GazetteerEntry } from './types.js';

export type { GazetteerEntry, OrganizationKind } from './types.js';

/** Lists searched in English (and any non-Russian) text; earlier lists win when two give the same surface form. */
export const englishGazetteer: readonly GazetteerEntry[] = [
  ...international,
  ...national,
  ...media,
  ...companies,
  ...world,
  ...corporaCc0,
  ...clubsCc0,
];

/** One-word club names, taken only in sports reporting (most are also towns: `Chelsea`, `Valencia`). */
export const oneWordClubs: ReadonlySet<string> = new Set(oneWordClubsCc0);

/** Lists searched in Russian text: Russian text also cites media and companies by their Latin names. */
export const russianGazetteer: readonly GazetteerEntry[] = [...russian, ...media, ...companies];
