/** The pane's language: Vietnamese first, English on request; one file of messages per locale. */
import { createContext, useContext } from 'react';
import { formatNumber } from '../../engine/condition';
import { en } from './en';
import { vi, type Messages } from './vi';

export type { Messages };
export type PaneLang = 'vi' | 'en';

export function messages(lang: PaneLang): Messages {
  return lang === 'en' ? en : vi;
}

/** Numbers as each language writes them: 95,5 in Vietnamese, 95.5 in English (the engine's one formatter). */
export function formatPoints(n: number, lang: PaneLang): string {
  return formatNumber(n, lang, 2);
}

/** A fraction as a percent in each language's style (0.955 → "95,5%"). */
export function formatPercent(n: number, lang: PaneLang): string {
  return `${formatPoints(Math.round(n * 10000) / 100, lang)}%`;
}

export const MessagesContext = createContext<Messages>(vi);

export function useMessages(): Messages {
  return useContext(MessagesContext);
}
