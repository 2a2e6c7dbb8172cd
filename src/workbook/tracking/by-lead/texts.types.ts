/** The shape both locales' texts share. */
import { type LeadProblemCode } from './reader';

export type Params = Record<string, string>;
export type MergeProblemCode = 'conflict' | 'stranger' | 'unknownLeads';
export type LeadTexts = Record<LeadProblemCode | MergeProblemCode, (p: Params) => string>;
