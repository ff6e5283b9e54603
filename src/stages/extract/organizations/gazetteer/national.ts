// National governments' bodies, parties, armed services and intelligence agencies that news text names by
// acronym or by a name with no head word (FBI, Kremlin, Pentagon, Duma, PLA, CPC). Written by hand from the
// bodies' official names. What belongs here: bodies the head-word rules cannot find or whose acronym must be
// linked to the name; names that carry a head word (Ministry of Finance) are left to the rules.
import type { GazetteerEntry } from './types.js';

export const national: readonly GazetteerEntry[] = [
  // United States
  { name: 'Federal Bureau of Investigation', kind: 'government', acronym: 'FBI' },
  { name: 'Central Intelligence Agency', kind: 'government', acronym: 'CIA' },
  { name: 'National Security Agency', kind: 'government', acronym: 'NSA' },
  { name: 'National Aeronautics and Space Administration', kind: 'government', acronym: 'NASA' },
  { name: 'Securities and Exchange Commission', kind: 'government', acronym: 'SEC' },
  { name: 'Federal Reserve', kind: 'government', aliases: ['Federal Reserve System', 'Fed'] },
  { name: 'Pentagon', kind: 'government' },
  { name: 'White House', kind: 'government' },
  { name: 'State Department', kind: 'government', aliases: ['U.S. State Department', 'US State Department'] },
  { name: 'United States Congress', kind: 'government', aliases: ['Congress', 'U.S. Congress', 'US Congress'] },
  { name: 'United States Senate', kind: 'government', aliases: ['Senate', 'U.S. Senate', 'US Senate'] },
  { name: 'House of Representatives', kind: 'government' },
  { name: 'Democratic Party', kind: 'party' },
  { name: 'Republican Party', kind: 'party', acronym: 'GOP' },
  { name: 'Supreme Court', kind: 'government' },
  // Russia
  { name: 'Kremlin', kind: 'government' },
  { name: 'State Duma', kind: 'government', aliases: ['Duma'] },
  { name: 'Federation Council', kind: 'government' },
  { name: 'Federal Security Service', kind: 'government', acronym: 'FSB' },
  { name: 'Russian Academy of Sciences', kind: 'education', acronym: 'RAS' },
  { name: 'Ministry of Foreign Affairs of the Russian Federation', kind: 'government', acronym: 'MFA', aliases: ['Russian Foreign Ministry'] },
  { name: 'Bank of Russia', kind: 'government', aliases: ['Central Bank of Russia', 'Central Bank of the Russian Federation'] },
  { name: 'United Russia', kind: 'party' },
  { name: 'Communist Party of the Russian Federation', kind: 'party', acronym: 'CPRF' },
  { name: 'Liberal Democratic Party of Russia', kind: 'party', acronym: 'LDPR' },
  { name: 'Russian Direct Investment Fund', kind: 'government', acronym: 'RDIF' },
  { name: 'Rosstat', kind: 'government' },
  { name: 'Roscosmos', kind: 'government' },
  { name: 'Rosatom', kind: 'government' },
  { name: 'Rostec', kind: 'company' },
  // China
  { name: 'Communist Party of China', kind: 'party', acronym: 'CPC', aliases: ['Chinese Communist Party', 'CCP'] },
  { name: "People's Liberation Army", kind: 'government', acronym: 'PLA' },
  { name: 'Central Military Commission', kind: 'government', acronym: 'CMC' },
  { name: 'State Council', kind: 'government' },
  { name: "National People's Congress", kind: 'government', acronym: 'NPC' },
  { name: "Chinese People's Political Consultative Conference", kind: 'government', acronym: 'CPPCC' },
  { name: 'National Development and Reform Commission', kind: 'government', acronym: 'NDRC' },
  { name: "People's Bank of China", kind: 'government', acronym: 'PBOC', aliases: ['PBoC'] },
  { name: 'Chinese Academy of Social Sciences', kind: 'education', acronym: 'CASS' },
  { name: 'Chinese Academy of Sciences', kind: 'education', acronym: 'CAS' },
  // Elsewhere
  { name: 'Bundestag', kind: 'government' },
  { name: 'Bundeswehr', kind: 'government' },
  { name: 'Knesset', kind: 'government' },
  { name: 'Verkhovna Rada', kind: 'government' },
  { name: 'Conservative Party', kind: 'party' },
  { name: 'Labour Party', kind: 'party' },
  { name: 'Hamas', kind: 'other' },
  { name: 'Hezbollah', kind: 'other' },
  { name: 'Taliban', kind: 'other' },
  { name: 'Islamic State', kind: 'other', acronym: 'ISIS', aliases: ['ISIL'] },
  { name: 'Al-Qaeda', kind: 'other', aliases: ['al-Qaeda', 'Al Qaeda', 'al Qaeda'] },
];
