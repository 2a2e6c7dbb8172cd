/** English messages. */
import { type TargetStatusCode } from '../status';
import { type GapWords } from '../gap';
import { num, quantity } from './numbers';
import { type CitationWords, type MessageCatalog } from './types';

export const en: MessageCatalog = {
  'phrase.empty': () => 'Empty phrase: a band such as "Từ 90% đến dưới 100%" or "Có" is needed.',
  'phrase.noNumber': (p) => `Cannot read "${p.phrase}": it has no number and is not "Có"/"Không".`,
  'phrase.unknownWords': (p) => `Cannot read "${p.phrase}": "${p.words}" is not a known band wording (Từ, Trên, Dưới, Đạt, Tối thiểu, … trở lên).`,
  'phrase.tooManyNumbers': (p) => `Cannot read "${p.phrase}": it has ${p.count} numbers; a band has one or two (Từ … đến …).`,
  'phrase.rangeWithoutDen': (p) => `Cannot read "${p.phrase}": two numbers without "đến" between them.`,
  'phrase.reversedRange': (p) => `"${p.phrase}": the first number is larger than the second (reversed range).`,
  'phrase.badNumber': (p) => `The number "${p.number}" in "${p.phrase ?? ''}" cannot be read.`,
  'value.notPercent': (p) => `"${num(p.value, 'en')}" is not a percentage (valid: 95%, 95,5%, 0,95).`,
  'value.percentOutOfRange': (p) => `The percentage "${num(p.value, 'en')}" is outside 0%–100%.`,
  'value.percentPoints': (p) => `${num(p.value, 'en')} was read as ${num(p.percent, 'en')}% (type "${num(p.percent, 'en')}%" or ${num(Number(p.percent) / 100, 'en')}).`,
  'value.notCount': (p) => `"${num(p.value, 'en')}" is not a count (valid: 20).`,
  'value.notWholeCount': (p) => `The count "${num(p.value, 'en')}" must be a whole number.`,
  'value.negative': (p) => `"${num(p.value, 'en')}" must not be negative.`,
  'value.notYesNo': (p) => `"${num(p.value, 'en')}" is not "Có" (yes) or "Không" (no).`,
  'value.unknownChoice': (p) => `"${num(p.value, 'en')}" is not one of the choices: ${p.options}.`,
  'value.ambiguousChoice': (p) => `"${num(p.value, 'en')}" matches several choices; write one in full: ${p.options}.`,
  'value.notNumber': (p) => `"${num(p.value, 'en')}" is not a number.`,
  'value.manualAboveMax': (p) => `${num(p.value, 'en')} points exceed the criterion's maximum of ${num(p.max, 'en')}.`,
  'value.unsupportedType': (p) => `The type of "${num(p.value, 'en')}" cannot be used for this criterion.`,
  'score.missing': (p) => (p.criterion ? `Criterion ${p.criterion} has no value (scored 0).` : 'No value.'),
  'score.noBand': (p) => `Criterion ${p.criterion}: the value${p.value === undefined ? '' : ` ${quantity(p.value, p.quantity, 'en')}`} falls in none of the document's bands.`,
  'score.unknownCriterion': (p) => `There is no criterion "${p.criterion}" in rubric ${p.rubric ?? ''}.`,
  'doc.schema': (p) => `Invalid document data at ${p.path}: ${p.message}`,
  'doc.duplicateId': (p) => `Duplicate id "${p.id}".`,
  'doc.builtinId': (p) => `The id "${p.id}" belongs to a built-in document; give the new rubric another id (e.g. "ktd5-2024").`,
  'lint.gap': (p) => `Criterion ${p.criterion}: the bands leave out values from ${quantity(p.from, p.quantity, 'en')} to ${quantity(p.to, p.quantity, 'en')} (near "${p.band}").`,
  'lint.missingPoint': (p) => `Criterion ${p.criterion}: no band takes the value ${quantity(p.value, p.quantity, 'en')} (near "${p.band}").`,
  'lint.overlap': (p) => `Criterion ${p.criterion}: bands "${p.first}" and "${p.second}" overlap.`,
  'lint.bandAboveMax': (p) => `Criterion ${p.criterion}: band "${p.band}" gives ${num(p.points, 'en')} points, above the maximum of ${num(p.max, 'en')}.`,
  'lint.maxUnreachable': (p) => `Criterion ${p.criterion}: no band reaches the maximum of ${num(p.max, 'en')}.`,
  'lint.sectionSum': (p) => `Section ${p.section}: its criteria add up to ${num(p.sum, 'en')}, not the ${num(p.points, 'en')} points stated.`,
  'lint.totalSum': (p) => `The sections add up to ${num(p.sum, 'en')}, not the stated total of ${num(p.total, 'en')}.`,
  'lint.choiceDuplicate': (p) => `Criterion ${p.criterion}: choice "${p.band}" appears twice.`,
  'lint.boolBands': (p) => `Criterion ${p.criterion}: needs exactly one "Có" band and one "Không" band.`,
  'lint.mixedQuantities': (p) => `Criterion ${p.criterion}: bands mix percentages, counts or Có/Không.`,
  'lint.noBands': (p) => `Criterion ${p.criterion}: no bands.`,
};

export const enCitation: CitationWords = { numbered: (n) => `No. ${n}`, dated: (d) => `dated ${d}` };

/** Target states as the documents print them. */
export const enStatusLabels: Record<TargetStatusCode, string> = { vuot: 'Exceeded', dat: 'Met', 'chua-dat': 'Not met', unknown: 'Not assessed' };

/** How a gap to a target is worded ("short by 5.83 percentage points"; "Target 2023: short by …"). */
export const enGapWords: GapWords = {
  short: 'short by',
  towards: (year) => `Target ${year}: `,
  units: { percentPoints: 'percentage points', points: 'points' },
  money: (word) => ({ 'tỷ đồng': 'billion VND', 'triệu đồng': 'million VND', đồng: 'VND' })[word] ?? word,
  of: (whole) => `(of ${whole})`,
};
