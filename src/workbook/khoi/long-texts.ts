/**
 * Texts from member files too long for Excel (a 40,000-character unit name or evidence) are cut by
 * `fitToExcel`; here each cut is traced back to the unit and file it came from, so the output says
 * which unit's text was shortened and where, instead of cutting silently.
 */
import { type Lang } from '../../engine';
import { printableName } from '../../engine/identity';
import { cutText, fitToExcel, type ExcelCut } from '../excel-limits';
import { workbookTexts } from '../messages';
import { type WorkbookSpec } from '../spec';
import { type FileError, type ScoredUnit } from './score-files';

/** How much of a unit name a message quotes. */
const QUOTED_NAME = 60;

interface Source {
  unit: ScoredUnit;
  text: string;
  cell?: string;
  subject: (t: ReturnType<typeof workbookTexts>, name: string) => string;
}

function sourcesOf(unit: ScoredUnit): Source[] {
  const u = unit.unit;
  const sources: Source[] = [
    { unit, text: u.unit, subject: (t, n) => t.excelCut.subjects.unit(n) },
    { unit, text: u.khoi, subject: (t, n) => t.excelCut.subjects.khoi(n) },
    { unit, text: u.period, subject: (t, n) => t.excelCut.subjects.period(n) },
  ];
  for (const [id, text] of Object.entries(u.evidence)) {
    const cell = u.cells[id]?.evidence;
    sources.push({ unit, text, ...(cell ? { cell } : {}), subject: (t, n) => t.excelCut.subjects.evidence(n, id) });
  }
  return sources.filter((s) => s.text.length > 0);
}

/** The member text a cut output text holds: the longest one it contains (a cell may add a prefix). */
function sourceOf(cut: ExcelCut, sources: Source[]): Source | undefined {
  let best: Source | undefined;
  for (const s of sources) if ((!best || s.text.length > best.text.length) && cut.original.includes(s.text)) best = s;
  return best;
}

/** One warning per cut text of a member file (named by file, sheet and cell), or of the output itself. */
export function cutWarnings(cuts: ExcelCut[], units: ScoredUnit[], lang: Lang): FileError[] {
  const t = workbookTexts(lang);
  const sources = units.flatMap(sourcesOf);
  const warnings = new Map<string, FileError>();
  for (const cut of cuts) {
    if (cut.part === 'sheetName') {
      // The sheet's own name, told as such: a unit name's length is not the sheet name's.
      const message = t.excelCut.sheetRenamed(cut.reason ?? 'characters', printableName(cut.original), printableName(cut.sheet), cut.length, cut.limit);
      warnings.set(message, { file: '', message, severity: 'warning' });
      continue;
    }
    const place = t.excelCut.place(t.excelCut.parts[cut.part], printableName(cut.sheet), cut.cell);
    const source = sourceOf(cut, sources);
    if (!source) {
      const message = t.excelCut.generic(cut.length, cut.limit, place);
      warnings.set(message, { file: '', message, severity: 'warning' });
      continue;
    }
    const key = `${source.unit.file}\u0000${source.cell ?? ''}\u0000${source.text.length}\u0000${cut.part}`;
    if (warnings.has(key)) continue; // the same text cut again elsewhere (matrix, ranking): said once
    const name = cutText(printableName(source.unit.unit.unit), QUOTED_NAME);
    const sheet = source.unit.unit.sheet;
    warnings.set(key, {
      file: source.unit.file,
      sheet,
      ...(source.cell ? { cell: source.cell } : {}),
      message: `${t.location(source.unit.file, sheet, source.cell)}: ${t.excelCut.ofUnit(source.subject(t, name), source.text.length, cut.limit, place)}`,
      severity: 'warning',
    });
  }
  return [...warnings.values()];
}

/**
 * The workbook a layout builds from `errors`-bearing results, within Excel's limits; when texts were
 * cut, the warnings are added to `errors` and the workbook built again, so its errors sheet lists them.
 */
export function fittedWorkbook(build: () => WorkbookSpec, units: ScoredUnit[], errors: FileError[], lang: Lang): WorkbookSpec {
  const first = fitToExcel(build());
  if (first.cuts.length === 0) return first.spec;
  errors.push(...cutWarnings(first.cuts, units, lang));
  return fitToExcel(build()).spec;
}
