/** The KTD5.* functions' error messages in English: the same keys as messages.vi.ts. */
import { formatNumber } from '../engine/condition';
import { type FunctionTexts } from './messages.vi';

export const en: FunctionTexts = {
  unknownRubric: (id: string) => `There is no rubric "${id}", built in or stored in the workbook. =KTD5.RUBRICS() lists them.`,
  notRubric: (id: string) => `"${id}" is a set of targets, not a scoring rubric.`,
  noCriterion: () => 'No criterion id (e.g. "II.4").',
  unknownCriterion: (id: string, rubric: string) => `There is no criterion "${id}" in rubric ${rubric}.`,
  unknownId: (id: string, rubric: string) => `There is no criterion or section "${id}" in rubric ${rubric}.`,
  missing: () => 'No value.',
  manualNoBand: (id: string, max: number) => `Criterion ${id} is scored directly (0–${formatNumber(max, 'en')} points); it has no bands.`,
  sizeMismatch: (a: number, b: number) => `The two ranges differ in size: ${a} criterion ids, ${b} values.`,
  duplicate: (id: string) => `Criterion ${id} appears twice.`,
  valueWithoutId: (n: number) => `Value cell ${n} has data but no criterion id.`,
  breakdownSize: (n: number, rubric: string, m: number) => `Expected exactly ${m} values in the criteria order of ${rubric}, got ${n}.`,
  notNumber: (v: string) => `"${v}" is not a number.`,
  notInList: (v: number) => `${formatNumber(v, 'en')} is not in the list to rank.`,
  noTarget: () => 'No target (e.g. "Trên 55%").',
  undetermined: () => 'The result cannot be placed against the target.',
  pillarCount: (n: number, m: number) => `Expected exactly ${m} pillar indices (in the DTI's order), got ${n}.`,
  pillarValue: (v: string) => `The pillar index "${v}" must be a number from 0 to 1.`,
  internal: () => 'KTD5 internal error.',
};
