/** The shape both locales' texts share. */
import { type TrackProblemCode } from './reader';

export type Params = Record<string, string>;
export type TrackTexts = Record<TrackProblemCode, (p: Params) => string> & {
  /** The header of the column with the document's own printed text of a value (a sheet contract). */
  asPrintedHeader: string;
};
