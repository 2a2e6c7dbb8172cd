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

Common options:
  --json                  machine output on stdout (messages on stderr)
  --lang vi|en            language of messages (default: vi)
  -h, --help              this help

Exit codes: 0 all good; 1 some inputs had errors; 2 usage error.`,
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
  summary: (units, errors) => `Scored ${units} units; ${errors} errors to check.`,
  cannotWrite: (f, why) => `Cannot write "${f}": ${why}`,
  kinds: { rubric: 'rubric', targets: 'targets', index: 'index' },
  headers: { id: 'Id', kind: 'Kind', title: 'Title', source: 'Source' },
  sourceLine: (number, date, issuer) => `Source: ${number || '(no number)'} of ${date} — ${issuer}`,
  total: (n) => `Total points: ${n}`,
  points: (n) => `${n} pts`,
  manual: (max) => `Scored directly from 0 to ${max} points`,
  target: 'Target',
  status: 'Document says',
  lead: 'Lead',
  pillarsTitle: 'Pillars (weight of 1000 points)',
  pillarTarget: 'target',
  tableRows: (n) => `${n} rows`,
  indicatorsTitle: 'Component indicators',
};
