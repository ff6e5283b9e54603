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
  'Laboratories', 'Bancorp', 'Petroleum', 'Gazette', 'Herald', 'Tribune',
]);

/** Heads that are often a person's office or a thing rather than a body: they need an `of` complement. */
export const WEAK_HEADS: ReadonlySet<string> = new Set([
  'Government', 'Office', 'Court', 'Staff', 'Front', 'Guard', 'Sector', 'Division', 'Police', 'Trust',
  'Federation', 'Assembly', 'Congress', 'Systems', 'Technologies', 'Industries',
]);

/** Legal-form suffixes after a company name (`Rand Corp.`, `Haier Group`); a trailing dot is part of them. */
export const LEGAL_SUFFIXES: ReadonlySet<string> = new Set([
  'Corp', 'Inc', 'Ltd', 'LLC', 'Co', 'PLC', 'plc', 'AG', 'SA', 'GmbH', 'NV', 'LP', 'Corporation', 'Incorporated',
  'Limited',
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

/** Words between `the` and a descriptor that still describe it (`the global household appliances manufacturer`). */
export const DESCRIPTOR_MODIFIER = /^(?:[a-z][a-z-]*)$/;

/** Lowercase nouns heading a body that text names by its country or region: `government of the Russian Federation`. */
export const LOWERCASE_BODIES: ReadonlySet<string> = new Set(['government', 'parliament', 'cabinet']);
