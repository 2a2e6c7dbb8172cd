/**
 * What a refused workbook's owner is told: in Vietnamese (English with --lang en), naming the file,
 * and the sheet and cell or range where the guard found the problem.
 */
import { type Lang } from '../../engine';
import { workbookTexts } from '../messages';
import { type GuardProblem } from './inspect';
import { en } from './messages.en';
import { vi } from './messages.vi';

export function describeGuardProblem(problem: GuardProblem, file: string, lang: Lang): string {
  const texts = lang === 'en' ? en : vi;
  return `${workbookTexts(lang).location(file, problem.sheet, problem.cell)}: ${texts[problem.code](problem.detail)}`;
}
