/** One language's rules and refiners, and the scan of one text with them. */
import { type Candidate } from './engine.js';
/** Date candidates of one text in one language, UTF-16 offsets into that text. */
export declare function findDates(text: string, language: string): Candidate[];
