/**
 * The engine owns scanning and offsets (chrono's design): rules only read their match, refiners
 * clean up the whole list of candidates of one segment.
 */
import { GateSet } from './gates.js';
import type { Mod, Parsed, Rule } from './rule.js';
export interface Candidate {
    /** UTF-16 offsets into the scanned text. */
    readonly start: number;
    readonly end: number;
    readonly parsed: Parsed;
    /** Position of the producing rule in its list: earlier rules win ties. */
    readonly priority: number;
}
/** A refiner sees the scanned text and every candidate, in text order. */
export type Refiner = (text: string, candidates: readonly Candidate[]) => Candidate[];
/** A rule list ready to scan: every gate of its rules is tested in one pass over a text. */
export interface RuleSet {
    readonly rules: readonly Rule[];
    readonly gates: GateSet;
    /** Per rule, the positions of its gates in `gates`. */
    readonly gatesOf: ReadonlyArray<readonly number[]>;
    /** Scratch for one scan's gate results (scans never nest). */
    readonly passed: Uint8Array;
}
export declare function ruleSet(rules: readonly Rule[]): RuleSet;
export declare function scan(text: string, set: RuleSet): Candidate[];
export declare function refine(text: string, candidates: Candidate[], refiners: readonly Refiner[]): Candidate[];
/** The longer of two overlapping candidates wins; on equal length, a strong one, then the earlier rule. */
export declare const removeOverlaps: Refiner;
/**
 * A weak year (a bare number 1000–2100 without context) is kept only when it is listed beside a
 * real date: `in 2017 and 2019`, `2010, 2012 or 2014`, `between 2010 and 2015`.
 */
export declare function keepListedYears(connector: RegExp): Refiner;
/**
 * Part-of-period words in front of a date (`the end of`, `early`, `в конце`) join its span and
 * set its `mod`; the value stays at the date's own granularity (TimeML).
 */
export declare function attachPartOfPeriod(prefixes: ReadonlyArray<{
    readonly pattern: RegExp;
    readonly mod: Mod;
}>): Refiner;
/** Tense cues of one language: words of the future (`will`, `будет`) and of the past (`said`, `заявил`). */
export interface TenseCues {
    readonly future: RegExp;
    readonly past: RegExp;
}
/**
 * The tense of a date's clause picks the reading of a date that has two (`Parsed.future`): the
 * nearest tense cue decides (`was announced Wednesday, they will appeal` is past). Without any
 * cue, a candidate marked `aheadWithoutTense` (a weekday in a heading, an agenda line or a bare
 * phrase) reads ahead; the others keep the past-or-nearest reading (`the Aug. 7 bombings`). The
 * clause is read from the previous sentence end up to the next one.
 */
export declare function applyTense(cues: TenseCues): Refiner;
