import { type Lang } from '../../engine';
import { en } from './en';
import { vi } from './vi';

export type CliMessages = typeof vi;

export function cliMessages(lang: Lang): CliMessages {
  return lang === 'en' ? en : vi;
}
