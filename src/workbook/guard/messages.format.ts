/** What both locales' guard messages share: their shape, and how a size and the parser's reason are shown. */
import { printableName } from '../../engine/identity';
import { type GuardCode } from './problems';

export type Detail = Record<string, string | number>;
export type GuardTexts = Record<GuardCode, (d: Detail) => string>;

/** Bytes as whole megabytes. */
export function mb(bytes: string | number | undefined): string {
  return `${Math.round(Number(bytes ?? 0) / (1024 * 1024))} MB`;
}

/** The parser's own words (English, technical) in parentheses, printable: they may quote the file's bytes. */
export function reason(d: Detail): string {
  const text = printableName(String(d.reason ?? ''));
  return text ? ` (${text})` : '';
}
