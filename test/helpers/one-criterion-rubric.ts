/** A rubric of one section holding one criterion (I.1) with the given bands, for lint and message tests. */
import { type RubricData } from '../../src/engine';

export type Bands = { text: string; points: number }[];

export function oneCriterionRubric(bands: Bands, max = 5, sectionPoints = 5, total = 5): RubricData {
  return {
    id: 'test',
    kind: 'rubric',
    title: 'Bộ tiêu chí thử',
    source: { number: '1/KH', date: '2024-01-01', issuer: 'Khối thử', title: 'Kế hoạch thử' },
    total,
    sections: [{ id: 'I', row: 'I', title: 'Mục I', points: sectionPoints, criteria: [{ id: 'I.1', row: '1', text: 'Tỷ lệ', max, bands }] }],
  };
}
