// English word lists for the organization rules. Each list says what belongs in it.

/**
 * Head nouns that make a capitalised name an organization (`Russian Academy of Sciences`, `Valdai Discussion
 * Club`). A head alone is not a name: it needs a capitalised modifier before it or an `of`/`for` complement.
 */
export const HEADS: ReadonlySet<string> = new Set([
  'Academy', 'Administration', 'Agency', 'Alliance', 'Assembly', 'Association', 'Authority', 'Bank', 'Board',
  'Bureau', 'Cabinet', 'Centre', 'Center', 'Chamber', 'Club', 'College', 'Commission', 'Committee', 'Company',
  'Confederation', 'Congress', 'Consortium', 'Corporation', 'Council', 'Court', 'Department', 'Directorate',
  'Division', 'Federation', 'Forum', 'Foundation', 'Front', 'Fund', 'Government', 'Group', 'Guard', 'Holding',
  'Holdings', 'Inspectorate', 'Institute', 'Institution', 'Laboratory', 'League', 'Ministry', 'Movement', 'Navy',
  'Army', 'Office', 'Organization', 'Organisation', 'Parliament', 'Partnership', 'Party', 'Police', 'Prosecutor',
  'School', 'Secretariat', 'Sector', 'Service', 'Society', 'Staff', 'Syndicate', 'Trust', 'Tribunal', 'Union',
  'University', 'Airlines', 'Airways', 'Railways', 'Motors', 'Industries', 'Systems', 'Technologies',
  'Laboratories', 'Bancorp', 'Petroleum', 'Gazette', 'Herald', 'Tribune', 'Exchange', 'Bourse',
]);

/** Heads that are often a person's office or a thing rather than a body: they need an `of` complement. */
export const WEAK_HEADS: ReadonlySet<string> = new Set([
  'Government', 'Office', 'Court', 'Staff', 'Front', 'Guard', 'Sector', 'Division', 'Police', 'Trust',
  'Federation', 'Assembly', 'Congress', 'Systems', 'Technologies', 'Industries',
]);

/** Legal-form suffixes after a company name (`Rand Corp.`, `Haier Group`); a trailing dot is part of them. */
export const LEGAL_SUFFIXES: ReadonlySet<string> = new Set([
  'Corp', 'Inc', 'Ltd', 'LLC', 'Co', 'PLC', 'plc', 'Plc', 'AG', 'SA', 'GmbH', 'NV', 'LP', 'Corporation', 'Incorporated',
  'Limited', 'SpA', 'S.p.A', 'S.A', 'N.V', 'A.G', 'AB', 'ASA', 'Oyj', 'BV', 'Pty', 'Bhd', 'KGaA',
]);

/** Words that join parts of one name: `Institute of ... of the ...`, `Ministry for the Development of ...`. */
export const JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'on']);

/**
 * Capitalised words that never start or continue an organization name to the left of a head: sentence-initial
 * function words, titles and offices of people, months and days.
 */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'Its', 'His', 'Her', 'Their', 'Our', 'Your', 'My', 'In',
  'At', 'On', 'For', 'From', 'By', 'With', 'To', 'Of', 'And', 'But', 'Or', 'As', 'After', 'Before', 'Since',
  'When', 'While', 'If', 'Although', 'Though', 'Because', 'Last', 'Next', 'Every', 'Each', 'Both', 'All', 'Some',
  'Many', 'Most', 'Several', 'Other', 'Another', 'Such', 'According', 'Under', 'Over', 'During', 'Among',
  'Between', 'Meanwhile', 'However', 'Also', 'Then', 'Now', 'Today', 'Yesterday', 'Tomorrow', 'There', 'Here',
  'It', 'He', 'She', 'They', 'We', 'I', 'You', 'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'President', 'Vice', 'Minister',
  'Prime', 'Deputy', 'Director', 'General', 'Chairman', 'Chairwoman', 'Chair', 'Head', 'Chief', 'Secretary',
  'Spokesman', 'Spokeswoman', 'Spokesperson', 'Ambassador', 'Governor', 'Mayor', 'Senator', 'Representative',
  'Adviser', 'Advisor', 'Expert', 'Analyst', 'Professor', 'Researcher', 'Member', 'Members', 'Leader', 'Officials',
  'Official', 'Commander', 'Colonel', 'Captain', 'Lieutenant', 'Sergeant', 'Admiral', 'King', 'Queen', 'Prince',
  'Pope', 'Judge', 'Justice', 'Chancellor', 'Premier', 'Envoy', 'CEO', 'Founder', 'Editor', 'Correspondent',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Photo', 'Source',
  'Read', 'See', 'More', 'Share', 'Click', 'Extraordinary', 'Plenipotentiary',
]);

/**
 * Descriptor nouns that introduce a company or outlet name right after them (`the global manufacturer Haier`,
 * `automaker Geely`) or right before them (`the Axios portal`).
 */
export const DESCRIPTORS: ReadonlySet<string> = new Set([
  'company', 'firm', 'manufacturer', 'maker', 'carmaker', 'automaker', 'chipmaker', 'producer', 'bank', 'lender',
  'retailer', 'operator', 'developer', 'conglomerate', 'corporation', 'holding', 'startup', 'start-up', 'airline',
  'broadcaster', 'newspaper', 'outlet', 'portal', 'website', 'agency', 'channel', 'publication', 'tabloid',
  'magazine', 'insurer', 'miner', 'supplier', 'contractor', 'publisher', 'giant', 'group', 'network', 'daily',
  'weekly', 'think-tank', 'watchdog', 'regulator', 'consultancy', 'exporter', 'importer', 'shipbuilder',
]);

/** Lowercase nouns heading a body that text names by its country or region: `government of the Russian Federation`. */
export const LOWERCASE_BODIES: ReadonlySet<string> = new Set(['government', 'parliament', 'cabinet']);

/**
 * Words after a capitalised run (`Fiat chairman`, `Volvo's chief executive`, `Sony shares`) that only a company or
 * body has: a person has a spokesman or an adviser, but not a chairman, shareholders or shares.
 */
export const COMPANY_CUES_AFTER: ReadonlySet<string> = new Set([
  'chairman', 'chairwoman', 'CEO', 'shareholders', 'shares', 'subsidiary', 'stockholders',
]);
/** `X chief executive`, `X's chief financial officer`: `chief` is a company cue only with one of these after it. */
export const CHIEF_OFFICES: ReadonlySet<string> = new Set(['executive', 'financial', 'operating']);

/**
 * Capitalised words that name a market, a sector or a kind of share rather than a company next to a company cue
 * (`Wall Street shares`, `Class A shares`, `Energy shares`).
 */
export const NOT_COMPANY_WORDS: ReadonlySet<string> = new Set([
  'New', 'York', 'Wall', 'Street', 'Class', 'Series', 'Global', 'World', 'Blue', 'Chip', 'Tech', 'Technology',
  'Bank', 'Banking', 'Energy', 'Oil', 'Mining', 'Insurance', 'Property', 'Retail', 'Airline', 'Defence', 'Defense',
]);

/** Superlatives in `X, the world's largest food group`: ranking by size is said of companies, not people. */
export const SIZE_RANKS: ReadonlySet<string> = new Set([
  'largest', 'biggest', 'second-largest', 'second-biggest', 'third-largest', 'third-biggest', 'fourth-largest',
  'fifth-largest', 'No',
]);

/** `X, a unit of Y`: both sides of these nouns are companies. */
export const PART_OF_COMPANY: ReadonlySet<string> = new Set(['unit', 'subsidiary', 'division', 'affiliate']);

/** Stock exchanges in a ticker note after a company: `Hanson Plc (LSE: HNS)`. */
export const TICKER_EXCHANGES: ReadonlySet<string> = new Set([
  'LSE', 'NYSE', 'Nasdaq', 'NASDAQ', 'AMEX', 'TSE', 'TSX', 'ASX', 'HKEX', 'SGX', 'Euronext', 'XETRA', 'FWB', 'BSE',
  'NSE', 'JSE', 'SIX', 'OTC', 'MOEX', 'KRX', 'SZSE', 'SSE',
]);

/**
 * Words of sports reporting. A document where they occur at least twice is a sports text, and there a one-word
 * club name (`Chelsea`, `Barcelona`) is the club rather than the place. A match score (`2-1`) counts as one.
 */
export const SPORTS_WORDS: ReadonlySet<string> = new Set([
  'soccer', 'football', 'striker', 'strikers', 'midfielder', 'midfielders', 'goalkeeper', 'defender', 'league',
  'coach', 'scored', 'goal', 'goals', 'penalty', 'cup', 'stadium', 'relegation', 'promoted', 'division', 'draw',
  'drew', 'beat', 'defeated', 'halftime', 'half-time', 'equaliser', 'equalizer', 'header', 'unbeaten',
]);
export const MATCH_SCORE = /^\d{1,2}-\d{1,2}$/;
