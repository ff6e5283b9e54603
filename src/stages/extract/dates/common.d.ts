import { type Rule } from './rule.js';
export declare function numericRules(monthFirst: boolean): Rule[];
