/** How the locale files print an issue's numbers: the one formatter, in the sentence's own language. */
import { formatNumber } from '../condition';
import { type Lang } from './types';

/** A number parameter in `lang` ("95,5" / "95.5"); text parameters (a user's own input) stay as typed. */
export function num(v: string | number | undefined, lang: Lang): string {
  if (typeof v !== 'number') return v ?? '';
  if (Number.isNaN(v)) return String(v);
  return Number.isFinite(v) ? formatNumber(v, lang) : v > 0 ? '∞' : '-∞';
}

/** A value of a band's domain: a fraction shown as a percent ("80%"), a count as it is. */
export function quantity(v: string | number | undefined, kind: string | number | undefined, lang: Lang): string {
  if (typeof v !== 'number' || !Number.isFinite(v)) return num(v, lang);
  return kind === 'percent' ? `${formatNumber(v * 100, lang)}%` : formatNumber(v, lang);
}
