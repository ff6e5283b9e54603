import type { Block } from '../parse/index.js';
import type { Segment } from '../../types/record.js';
import {
  hasListMarker,
  hasLowWordCharacterShare,
  hasRoleWord,
  isAttachment,
  isChrome,
  isCredit,
  isDateOnly,
  isPersonName,
  isPollHeader,
  isVoteCount,
  labelOf,
  MAX_FURNITURE_LENGTH,
  trimWhile,
  wordCount,
  withoutPartNumber,
  type TrailingCredits,
} from './lines.js';
import { vocabulary } from './vocabulary/index.js';

export type SegmentKind = Segment['kind'];

/** Longest line, in words, that can still be a headline. */
const MAX_TITLE_WORDS = 25;
/** A headline ending in a colon is a short label (`Recommendations:`), not a lead-in sentence. */
const MAX_COLON_TITLE_WORDS = 6;
/** Below this share of letters and digits among non-space characters a line is decoration. */
const MIN_WORD_CHARACTER_SHARE = 0.3;
/** Bylines stand at the top or the bottom of an article; elsewhere a short name line is a title. */
const BYLINE_ZONE = 8;
/** Three parallel short lines (`For business / For researchers / For students`) are a menu. */
const MIN_MENU_RUN = 3;
const MAX_MENU_WORDS = 3;

/**
 * Decides the kind of every block. Rules run in order and the first that matches wins; a few need
 * the neighbouring lines (poll answers sit above their vote counts, an author's bio under the
 * byline), so the whole list is classified at once.
 */
export function classifyBlocks(lines: readonly string[], blocks: readonly Block[], credits: readonly TrailingCredits[]): SegmentKind[] {
  const kinds: SegmentKind[] = [];
  const menu = menuLines(lines, blocks);
  const voteCounts = lines.map(isVoteCount);
  let inPoll = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const block = blocks[i]!;
    const kind = classifyLine(line, {
      structure: block.structure,
      inPoll,
      inMenu: menu.has(i),
      voteCount: voteCounts[i]!,
      credits: credits[i]!,
      followsByline: i > 0 && kinds[i - 1] === 'metadata' && isPersonName(lines[i - 1]!),
      inBylineZone: i < BYLINE_ZONE || i >= lines.length - 3,
    });
    inPoll = (line.length <= MAX_FURNITURE_LENGTH && isPollHeader(line)) || (inPoll && kind === 'boilerplate');
    kinds.push(kind);
  }
  markPollAnswers(lines, voteCounts, kinds);
  return kinds;
}

interface LineContext {
  readonly structure: Block['structure'];
  readonly inPoll: boolean;
  readonly inMenu: boolean;
  readonly voteCount: boolean;
  readonly credits: TrailingCredits;
  readonly followsByline: boolean;
  readonly inBylineZone: boolean;
}

function classifyLine(line: string, context: LineContext): SegmentKind {
  if (context.structure === 'code' || context.structure === 'html') return 'boilerplate';
  const short = line.length <= MAX_FURNITURE_LENGTH;
  if (context.inMenu || (short && (context.voteCount || isChrome(line) || isPollHeader(line)))) return 'boilerplate';
  if (context.inPoll && /\?\s*$/u.test(line)) return 'boilerplate';
  if (hasLowWordCharacterShare(line, MIN_WORD_CHARACTER_SHARE)) return 'boilerplate';
  if (isCaption(line, short, context.credits)) return 'caption';
  if (context.structure === 'heading') return 'title';
  if (short && isMetadata(line, context)) return 'metadata';
  if (context.structure === 'list-item' || (context.structure === 'paragraph' && hasListMarker(line))) return 'list-item';
  if (context.structure !== 'table-row' && isTitle(line)) return 'title';
  return 'paragraph';
}

function isCaption(line: string, short: boolean, credits: TrailingCredits): boolean {
  const label = labelOf(line);
  if (label && vocabulary.captionLabels.has(label.label)) return true;
  return (short && isCredit(line)) || credits.credits > 0;
}

function isMetadata(line: string, context: LineContext): boolean {
  if (isDateOnly(line) || isAttachment(line)) return true;
  const label = labelOf(line);
  if (label && vocabulary.metadataLabels.has(label.label)) return true;
  // `date 2025-08-22 Headline…` is a dated headline, not a metadata line; `date 2025-08-22` alone is.
  const dated = /^[^\p{L}\p{N}]{0,3}(?<label>\p{L}[\p{L} ]{0,24}?)\s(?<date>[\d./-]{6,10})(?<rest>.*)$/u.exec(line);
  if (dated && vocabulary.metadataLabels.has(dated.groups!.label!.toLowerCase()) && wordCount(dated.groups!.rest!) < 3) return true;
  if (context.inBylineZone && isPersonName(line)) return true;
  return context.followsByline && !/[.!?]["”»]?$/u.test(line) && hasRoleWord(line);
}

function isTitle(line: string): boolean {
  const headline = trimWhile(withoutPartNumber(line.trim()), (char) => `"'”’»)]`.includes(char), 'end');
  // Most paragraphs end in a full stop: read the last character before counting words.
  const last = headline.charAt(headline.length - 1);
  if (last === '.' || last === ';' || last === ',') return false;
  const words = wordCount(headline, MAX_TITLE_WORDS + 1);
  if (words === 0 || words > MAX_TITLE_WORDS) return false;
  return !headline.endsWith(':') || words <= MAX_COLON_TITLE_WORDS;
}

/** Runs of adjacent short lines that start with the same word: navigation and audience menus. */
function menuLines(lines: readonly string[], blocks: readonly Block[]): Set<number> {
  const menu = new Set<number>();
  const firstWords = lines.map(menuWord);
  let runStart = 0;
  for (let i = 1; i <= lines.length; i++) {
    const continues = i < lines.length && blocks[i]!.adjacent && firstWords[i] !== null && firstWords[i] === firstWords[runStart];
    if (continues) continue;
    if (i - runStart >= MIN_MENU_RUN) for (let j = runStart; j < i; j++) menu.add(j);
    runStart = i;
  }
  return menu;
}

/** The lower-cased first word of a short line that could be a menu entry, else null. */
function menuWord(line: string): string | null {
  const last = line.charAt(line.length - 1);
  if (last === '.' || last === '!' || last === '?') return null;
  return wordCount(line, MAX_MENU_WORDS + 1) <= MAX_MENU_WORDS ? line.split(/\s+/u)[0]!.toLowerCase() : null;
}

/** A poll's answers are the lines right above its vote counts. */
function markPollAnswers(lines: readonly string[], voteCounts: readonly boolean[], kinds: SegmentKind[]): void {
  for (let i = 1; i < lines.length; i++) {
    if (voteCounts[i] && kinds[i - 1] !== 'boilerplate' && wordCount(lines[i - 1]!) <= MAX_TITLE_WORDS) {
      kinds[i - 1] = 'boilerplate';
    }
  }
}
