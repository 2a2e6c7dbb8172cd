/** The shape both locales' texts share. */
import { type TrackProblemCode } from './reader';

export type Params = Record<string, string>;
export type TrackTexts = Record<TrackProblemCode, (p: Params) => string>;
