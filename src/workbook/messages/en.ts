import { type WorkbookTexts } from './vi';

/** A file-system failure in words (an errno code, or `notRegular:KIND` for what is not a regular file). */
function fsReasonEn(code: string): string {
  const words: Record<string, string> = {
    ENOENT: 'no such file or folder',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'the disk or folder is read-only',
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
    ENOTDIR: 'part of the path is a file, not a folder',
    EISDIR: 'this is a folder, not a file',
    ENAMETOOLONG: 'the file name or path is too long',
    EEXIST: 'a file of that name already exists',
    EBUSY: 'the file is in use by another program',
    EMFILE: 'too many files are open',
    ELOOP: 'the path has a loop of links',
    ENXIO: 'cannot be opened (a device or socket)',
    EIO: 'a disk input/output error',
    EXDEV: 'the file cannot be moved between two disks',
    'notRegular:fifo': 'this is a pipe (FIFO), not a regular file; not read',
    'notRegular:characterDevice': 'this is a device, not a regular file; not read',
    'notRegular:blockDevice': 'this is a device, not a regular file; not read',
    'notRegular:socket': 'this is a socket, not a regular file; not read',
    'notRegular:other': 'this is not a regular file; not read',
  };
  if (words[code]) return `${words[code]} (${code.replace(/^notRegular:/, '')})`;
  // An error code ("EFBIG") is named as one; a sentence (the page's cancelled or crashed reads) is told as it is.
  return /^[A-Z][A-Z0-9_]*$/.test(code) ? `system error ${code}` : code;
}

/** English texts of the workbook layouts and of file problems. */
export const en: WorkbookTexts = {
  sheets: { ranking: 'Ranking', matrix: 'Points matrix', appraisal: 'Appraisal', errors: 'Errors', summary: 'Summary' },
  resultSheet: (unit) => `Result ${unit}`,
  problems: {
    noDataSheet: (p) => `no data sheet: a table with the columns ${p.headers} is needed.`,
    missingHeaders: (p) => `the table lacks columns: ${p.missing}.`,
    unknownRubric: (p) => `there is no rubric "${p.value}"; name one with --rubric.`,
    noRubric: () => '"Bộ tiêu chí" (rubric) is empty; name one with --rubric.',
    unknownCriterion: (p) => `criterion id "${p.id}" is not in rubric ${p.rubric}.`,
    duplicateCriterion: (p) => `criterion ${p.id} appears twice (first at ${p.first}); this row is ignored.`,
    missingCriterion: (p) => `the row of criterion ${p.id} is missing (scored 0).`,
    formulaText: (p) => `the cell holds a formula or formula-like text "${p.value}"; type a value.`,
    errorValue: (p) => `the cell holds the error ${p.value}; type a value.`,
    dateValue: (p) => `the cell holds the date ${p.value}, not a value for the criterion.`,
    hiddenDataSheet: (p) => `the data table is on a ${p.visibility === 'veryHidden' ? 'very hidden' : 'hidden'} sheet; only a visible sheet is scored — unhide it or copy the values to the visible sheet.`,
    hiddenCopy: (p) => `this hidden sheet also holds a data table; it is not scored, only the visible sheet "${p.read}" is.`,
    twoDataSheets: (p) => `two visible sheets hold the data table (${p.sheets}); which one to score is unclear, so the file is not counted — keep one.`,
    hiddenHeader: (p) => `table headers are in hidden columns (${p.cells}); the visible columns do not carry the right headers, so the file is not scored — unhide the columns or fix the headers.`,
    hiddenRow: (p) => `row ${p.row} is hidden; values in a hidden row are not scored — unhide the row.`,
    hidingFormat: (p) => `the number format "${p.format}" hides the cell's value; it is not scored — remove that format.`,
  },
  crashedMemory: 'the file exhausted memory while being read (damaged or hostile); reading it was stopped.',
  crashedTimeout: 'reading the file took too long and was stopped; check the file.',
  io: (code) => `the file cannot be read: ${fsReasonEn(code)}.`,
  fsReason: (code) => fsReasonEn(code),
  duplicateUnit: (unit, files) => `unit "${unit}" sent ${files.length} files (${files.join(', ')}); none is ranked until the Block's secretariat removes all but one.`,
  duplicateReason: (files) => `The unit sent ${files.length} files (${files.join(', ')}); not ranked until all but one are removed.`,
  mixedScripts: (unit) => `the unit name "${unit}" mixes Cyrillic or Greek letters that look Latin; not ranked — retype the unit name.`,
  invisibleName: (unit) => `the unit name holds invisible or control characters; they were removed for comparing and printing: "${unit}".`,
  nothingEntered: 'no value entered: the sheet is empty; not ranked.',
  nothingEnteredStatus: 'No values entered',
  status: {
    complete: 'Complete',
    provisional: (errorCells, missing, others) =>
      `Provisional (${[errorCells ? `${errorCells} cell${errorCells > 1 ? 's' : ''} in error` : '', missing ? `${missing} criteri${missing > 1 ? 'a' : 'on'} not entered` : '', others ? `${others} other problem${others > 1 ? 's' : ''}` : ''].filter(Boolean).join(', ')})`,
    missingValue: (id) => `criterion ${id} has no value.`,
  },
  certainty: {
    provisionalTop: (unit) => `${unit} is still provisional`,
    challenger: (unit, max) => `${unit} (provisional) could reach ${max} points`,
    notCounted: (n) => `${n} file${n > 1 ? 's' : ''} not counted`,
    note: (reasons) => `Not certain: ${reasons}.`,
  },
  firstPage: {
    provisional: 'Provisional units (their points may still change):',
    provisionalLine: (unit, status, total, max) => `• ${unit} — ${status}; now ${total} points, at most ${max}.`,
    notCounted: 'Files not counted in the ranking:',
    notCountedLine: (file, reason) => `• ${file}: ${reason}`,
  },
  mixedRubric: (id, expected) => `the file uses rubric ${id}, not ${expected} like the other files.`,
  location: (file, sheet, cell) => `File "${file}"${sheet ? `, sheet "${sheet}"` : ''}${cell ? `, cell ${cell}` : ''}`,
  where: { file: 'File', sheet: 'Sheet', cell: 'Cell', message: 'Message' },
  states: { full: 'Full points', partial: 'Partial points', zero: 'Zero points', missing: 'Not entered', error: 'Invalid value' },
  labels: {
    khoi: 'Block', period: 'Period', rubric: 'Rubric', source: 'Document', unit: 'Unit', file: 'File',
    rank: 'Rank', total: 'Total', tie: 'Tie', tieYes: 'Tie', basis: 'Points based on', appraisedBasis: 'Appraisal', selfBasis: 'Self-assessment',
    section: (id) => `Section ${id}`,
    id: 'Code', criterion: 'Criterion', max: 'Max points', selfValue: 'Self value', selfPoints: 'Self points', selfBand: 'Self band',
    appraisedValue: 'Appraised value', appraisedPoints: 'Appraised points', appraisedBand: 'Appraised band', finalPoints: 'Final points',
    evidence: 'Evidence', note: 'Note', next: 'To reach the next band', gain: 'Points to gain', difference: 'Difference', state: 'Status',
    missingEvidence: 'Missing evidence', missingValue: 'No value entered', sectionTotal: 'Section total', grandTotal: 'Total',
  },
  titles: {
    ranking: 'EMULATION POINTS AND RANKING',
    matrix: 'POINTS PER CRITERION AND UNIT',
    appraisal: 'CRITERIA WHOSE APPRAISAL DIFFERS FROM THE SELF-ASSESSMENT',
    errors: 'FILES AND CELLS TO CHECK',
    result: 'EMULATION SCORING RESULT',
  },
  proposal: (unit) => `Proposed for the certificate of merit: ${unit} (highest total).`,
  proposalUncertain: (unit, note) => `Proposed for the certificate of merit: ${unit} (highest total so far). ${note}`,
  proposalTie: (units) => `Tied for first: ${units} — for the Block to decide.`,
  proposalNone: 'No unit was scored.',
  noAppraisalDifferences: 'No criterion has an appraisal that differs from the self-assessment.',
  noErrors: 'No errors.',
  manualNext: (max) => `Send evidence for the Block's appraisal, up to ${max} points`,
  legend: {
    title: 'Colour legend',
    points: [['full', 'Full points'], ['partial', 'Partial points'], ['zero', 'Zero points or an invalid value'], ['missing', 'Not entered']],
    ranking: [['full', 'Complete data'], ['partial', 'Provisional or tied (may still change)']],
    difference: [['full', 'Appraisal above the self-assessment'], ['zero', 'Appraisal below the self-assessment']],
    errors: [['zero', 'Error: the cell or file is not counted'], ['partial', 'Warning: to check']],
  },
  signature: { place: 'Đồng Tháp, date ..................', role: 'HEAD OF THE BLOCK', note: '(Signature, full name, seal)', preparer: 'PREPARED BY', preparerNote: '(Signature, full name)' },
  progress: (i, n, file) => `[${i}/${n}] ${file}`,
  excelCut: {
    subjects: {
      unit: (u) => `the unit name "${u}"`,
      khoi: (u) => `the Block name in the sheet of unit "${u}"`,
      period: (u) => `the period in the sheet of unit "${u}"`,
      evidence: (u, id) => `the evidence of criterion ${id} of unit "${u}"`,
    },
    parts: { cell: 'cell', header: 'the printed header', footer: 'the printed footer', sheetName: 'the sheet name' },
    place: (part, sheet, cell) => (cell ? `sheet "${sheet}", cell ${cell}` : `${part} of sheet "${sheet}"`),
    ofUnit: (subject, length, limit, place) => `${subject} is ${length} characters long, beyond Excel's limit of ${limit}; the output (${place}) holds only its start, ending in "…".`,
    generic: (length, limit, place) => `Output, ${place}: the text is ${length} characters long, beyond Excel's limit of ${limit}; only its start is written, ending in "…".`,
    sheetRenamed: (reason, original, written, length, limit) =>
      `Output: the sheet name "${original}" ${
        reason === 'length' ? `is ${length} characters long, beyond Excel's limit of ${limit}; shortened`
        : reason === 'duplicate' ? 'is the name of another sheet (Excel ignores upper and lower case); renamed'
        : reason === 'reserved' ? 'is empty or reserved by Excel; renamed'
        : "holds characters Excel does not allow in a sheet name (\\ / ? * [ ] :, an apostrophe at either end); renamed"} to "${written}".`,
  },
};
