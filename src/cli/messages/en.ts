import { formatNumber } from '../../engine';
import { type CliMessages } from './index';

/** The command's own sentences in English. */
export const en: CliMessages = {
  usage: `Usage: ktd5 <verb> [options]

Verbs:
  rubrics                 list the built-in documents (rubrics, target sets, indices)
  show ID|FILE.json       print one document: criteria, bands, maximum points
  template --rubric ID --unit NAME [--khoi NAME] [--ky 2023] -o FILE.xlsx
                          a unit's data sheet (it scores itself with native formulas)
  score FILE… [-o RESULTS.xlsx] [--rubric ID]
                          score data sheets into a results workbook (inputs never changed)
  consolidate FILE|DIR… -o OUT.xlsx [--khoi NAME] [--ky 2023] [--rubric ID]
                          consolidate and rank the Block's units, propose the award
                          [--roster ROSTER.xlsx] submission status; [--appraisal APPRAISAL.xlsx] appraised
                          values and reasons; [--explanations DIR] units' explanations; [--previous LAST.xlsx]
                          last year beside this year; [--final] official version (SHA-256 of files, sheets locked)
  roster-template -o ROSTER.xlsx
                          empty member list (Mã | Tên đơn vị | Đầu mối | Liên hệ)
  template --roster ROSTER.xlsx --rubric ID [--khoi NAME] [--ky 2023] -o DIR/
                          one data sheet per member unit (existing files are kept)
  appraise FILE|DIR… -o APPRAISAL.xlsx [--roster ROSTER.xlsx]
                          the Block's appraisal workbook: one row per unit and criterion
  notices FILE|DIR… --appraisal APPRAISAL.xlsx -o DIR/
                          a notice of appraisal results per unit, with a column for its explanation
  verify OFFICIAL.xlsx FILE|DIR… [--appraisal APPRAISAL.xlsx]
                          check an official version: files unchanged (0) or changed, missing, extra (1)
  rubric-template -o FILE.xlsx
                          a blank rubric sheet (with section I of the 2023 appendix as an example, and instructions)
  rubric-import FILE.xlsx [--sheet NAME] -o RUBRIC.json
                          turn an appendix typed in Excel into a rubric, checking every cell;
                          the .json works in every verb that takes --rubric
  targets --set ID [--year 2024] -o FILE.xlsx
                          a tracking workbook for a target set (nq04-dongthap, dti-province-2022…): the
                          years' results, next year to fill in, Vượt/Đạt/Chưa đạt by formula, gap to target
  targets --set ID --by-lead [--period 2023-11|2023-Q4] -o FOLDER/
                          one report workbook per lead unit (only the indicators it leads or co-leads)
  track FILE|DIR… [-o REPORT.xlsx]
                          read filled tracking workbooks: each indicator's status, counts per group;
                          DTI: total from the pillars, rank, pillars against targets, indicators not met;
                          per-lead report workbooks: merged by period, leads that sent nothing, conflicts
  standards [--set ID] [--category CAT] [--unit NAME] [--ky 2024] -o FILE.xlsx
                          emulation standards checklist by unit category (default dongthap-207-2022; CAT:
                          so-ban-nganh, huyen, xa, nong-nghiep, y-te, giao-duc, doanh-nghiep, ca-nhan)

Common options:
  --json                  machine output on stdout (messages on stderr)
  --lang vi|en            language of messages (default: vi)
  -h, --help              this help

Exit codes: 0 all good; 1 some inputs had errors (the output is still written); 2 usage error; 3 the output could not be written (nothing was written).`,
  unknownVerb: (v) => `There is no verb "${v}". Type "ktd5 --help" for the verbs.`,
  unknownFlag: (f) => `Option "${f}" does not exist for this verb.`,
  missingValue: (f) => `Option "${f}" needs a value.`,
  badValue: (f) => `Invalid value: ${f}.`,
  missingArgument: (what) => `Missing ${what}.`,
  tooManyArguments: (what) => `Unexpected arguments: ${what}.`,
  badLang: (l) => `No language "${l}"; use vi or en.`,
  unknownDocument: (id, known) => `There is no document "${id}". Built-in documents: ${known}.`,
  cannotReadFile: (f, why) => `Cannot read file "${f}": ${why}`,
  notJson: (f) => `File "${f}" is not valid JSON.`,
  documentId: 'a document id',
  notARubric: (ref, kind) => `"${ref}" is a ${kind} document, not a rubric.`,
  needRubric: '--rubric ID (or the path of a rubric .json file)',
  needUnit: '--unit UNIT-NAME',
  needOutput: '-o FILE.xlsx',
  needInputs: 'at least one .xlsx file or directory',
  notXlsxOutput: (f) => `The output "${f}" must end in .xlsx.`,
  outputIsInput: (f) => `Will not overwrite the input "${f}"; choose another output name.`,
  noSuchInput: (f) => `"${f}" does not exist.`,
  noXlsxFound: 'No .xlsx file found.',
  written: (f) => `Wrote ${f}`,
  templateWritten: (f, unit) => `Data sheet for "${unit}" written: ${f}`,
  summary: (units, errors) => `Scored ${units} unit${units === 1 ? '' : 's'}; ${errors} error${errors === 1 ? '' : 's'} to check.`,
  cannotWrite: (f, why) => `Cannot write "${f}": ${why}.`,
  nothingWritten: 'Nothing was written.',
  defaultOutputIsInput: (f) => `The default output name "${f}" is one of the inputs; it is not overwritten: name another output with -o.`,
  kinds: { rubric: 'rubric', targets: 'targets', index: 'index' },
  headers: { id: 'Id', kind: 'Kind', title: 'Title', source: 'Source' },
  sourceLine: (number, date, issuer) => `Source: ${number || '(no number)'} of ${date} — ${issuer}`,
  total: (n) => `Total points: ${formatNumber(n, 'en')}`,
  points: (n) => `${formatNumber(n, 'en')} pts`,
  manual: (max) => `Scored directly from 0 to ${formatNumber(max, 'en')} points`,
  target: 'Target',
  status: 'Per the document',
  lead: 'Lead',
  pillarsTitle: 'Pillars (weight of 1000 points)',
  pillarTarget: 'target',
  tableRows: (n) => `${n} rows`,
  indicatorsTitle: 'Component indicators',
  needRubricSheet: 'an .xlsx file with a rubric sheet',
  needJsonOutput: '-o FILE.json',
  notJsonOutput: (f) => `The output "${f}" must end in .json.`,
  rubricNotWritten: (f) => `The rubric sheet still has errors, so "${f}" was not written; fix the cells above and run again.`,
  rubricImported: (f, id, sections, criteria, total) => `Wrote rubric ${id} (${sections} sections, ${criteria} criteria, ${formatNumber(total, 'en')} points in total): ${f}`,
  rubricTemplateWritten: (f) => `Wrote the rubric sheet template: ${f} (see the "Hướng dẫn" and "Ví dụ" sheets).`,
  needSet: '--set ID (a target set: nq04-dongthap, dti-province-2022, …)',
  notATargetSet: (ref, sets) => `"${ref}" is not a target set; built-in sets: ${sets}.`,
  targetsWritten: (f, id, n, year) => `Tracking workbook for ${id} written (${n} indicator${n === 1 ? '' : 's'}, ${year} to fill in): ${f}`,
  trackSet: (id, sheet, year, met, notMet, unknown, total) => `${id} — sheet "${sheet}"${year ? `, year ${year}` : ''}: met or exceeded ${met}/${total}; not met ${notMet}/${total}; not assessed ${unknown}/${total}`,
  trackSetTowards: (id, sheet, year, targetYear, met, short, unknown, total) =>
    `${id} — sheet "${sheet}", ${year} results against the ${targetYear} target: met ${met}/${total}; short of it ${short}/${total}; not assessed ${unknown}`,
  trackCountsTowards: (vuot, dat, short, unknown) => `exceeded ${vuot}, met ${dat}, short ${short}, not assessed ${unknown}`,
  trackNotReachedTowards: (targetYear, n, unassessed) => `Component indicators short of the ${targetYear} target: ${n}; not assessable: ${unassessed}`,
  trackCounts: (vuot, dat, chuaDat, unknown) => `exceeded ${vuot}, met ${dat}, not met ${chuaDat}, not assessed ${unknown}`,
  trackDti: (subject, year, total, rank, place = '') => `DTI ${subject} ${year}: ${total} points (from the pillars), rank ${rank}${place ? ` in ${place}` : ''}`,
  trackBest: (name, value) => `best: ${name} ${value}`,
  trackNotReached: (n, unassessed) => `Component indicators not at their target: ${n}; not assessable: ${unassessed}`,
  unknownCategory: (c, known) => `No unit category "${c}". Categories: ${known}.`,
  standardsWritten: (f, n) => `Emulation standards checklist written (${n} unit categor${n === 1 ? 'y' : 'ies'}): ${f}`,
  needOutputDir: 'needs -o FOLDER/ (one file per lead unit)',
  byLeadNeedsDir: (f: string) => `With --by-lead, -o is a folder, not the file "${f}".`,
  badPeriodFlag: (p: string) => `Reporting period "${p}" is not valid; use a month 2023-11 or a quarter 2023-Q4.`,
  noLeads: (id: string) => `Target set ${id} names no lead unit for any indicator; it cannot be split by unit.`,
  leadExists: (f: string) => `"${f}" already exists; not overwritten (remove or move the old file, or choose another folder).`,
  leadWritten: (f: string, lead: string, n: number) => `Wrote the report workbook of "${lead}" (${n} indicator${n === 1 ? '' : 's'}): ${f}`,
  leadsSummary: (written: number, total: number, dir: string) => `Wrote ${written}/${total} per-lead report workbooks into ${dir}`,
  trackLeads: (set: string, period: string, sent: number, leads: number) => `${set} — period ${period}: ${sent}/${leads} lead units sent a report`,
  trackLead: (lead: string, reported: number, assigned: number, reached: number, notReached: number) => `  ${lead}: reported ${reported}/${assigned}; met or exceeded ${reached}; not met ${notReached}`,
  trackNotSent: (names: string) => `Sent nothing: ${names}`,
  trackUnreported: (n: number, ids: string) => `Indicators without a report: ${n}${n ? ` (${ids})` : ''}`,
  trackSetUnassessed: (id, sheet, year, total) => `${id} — sheet "${sheet}"${year ? `, year ${year}` : ''}: not assessed ${total}/${total} — no result to assess yet`,
  trackGroupUnassessed: (title, total) => `${title}: not assessed ${total}/${total}`,
};
