/** The shape both locales' texts share: a translator edits vi.ts and en.ts, nothing else. */
import { type vi } from './vi';

/** A problem's parameters, as the checks record them. */
export type Params = Record<string, string | number | undefined>;

export type Texts = typeof vi;
export type ProblemCode = keyof Texts['problems'];
