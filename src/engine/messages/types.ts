import { type IssueCode, type IssueParams } from '../issues';

export type Lang = 'vi' | 'en';

/** One sentence per issue code; every locale file implements all of them. */
export type MessageCatalog = { [K in IssueCode]: (p: IssueParams) => string };

/** The words a citation is built with ("số …", "ngày …"). */
export interface CitationWords {
  numbered: (number: string) => string;
  dated: (date: string) => string;
}
