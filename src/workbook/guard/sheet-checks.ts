/** The checks on the workbook's and worksheets' XML: areas of dimensions, merges, validations, defined names; columns; cells. */
import { decodeXmlReferences } from '../xml-text';
import { attribute, attributeValues, elementText } from './attributes';
import { SHEET_COLUMNS, type WorkbookLimits } from './limits';
import { partName } from './parts';
import { fail, type GuardProblem } from './problems';
import { areaOf, areaOfList } from './ranges';
import { nextStartTag, startTags, tagFinder } from './tags';

/** The reference among `values` covering the most cells, with its area. */
function largest(values: string[], area: (ref: string) => number): { ref: string; area: number } {
  let best = { ref: values[0] ?? '', area: 0 };
  for (const ref of values) {
    const a = area(ref);
    if (a > best.area) best = { ref, area: a };
  }
  return best;
}

/** Sheet names by their part path (xl/worksheets/sheet1.xml → "Dữ liệu"), for messages. */
export function sheetNames(workbookXml: string, relsXml: string | undefined): Map<string, string> {
  const targets = new Map<string, string>();
  for (const m of startTags(relsXml ?? '', 'Relationship')) {
    const id = attribute(m.text, 'Id');
    const target = attribute(m.text, 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const names = new Map<string, string>();
  for (const m of startTags(workbookXml, 'sheet')) {
    const name = attribute(m.text, 'name');
    const rid = attribute(m.text, 'r:id') ?? attribute(m.text, /^[A-Za-z0-9]+:id$/);
    const path = rid ? targets.get(rid) : undefined;
    if (name !== undefined && path) names.set(partName(path), name);
  }
  return names;
}

export interface SheetTally {
  cells: number;
  merges: number;
  validations: number;
}

/** `<dataValidation …>` tags and `<xm:sqref>…<` elements, in document order. */
function validationsInOrder(xml: string): ({ index: number; text: string; sqref?: undefined } | { index: number; sqref: string })[] {
  const tags: { index: number; text: string; sqref?: undefined }[] = [...startTags(xml, '(?:[A-Za-z0-9]+:)?dataValidation')];
  const elements = [...xml.matchAll(/<(?:[A-Za-z0-9]+:)?sqref>([^<]*)</g)].map((m) => ({ index: m.index, sqref: m[1] as string }));
  return elements.length === 0 ? tags : [...tags, ...elements].sort((a, b) => a.index - b.index);
}

export function checkSheetXml(xml: string, sheet: string, limits: WorkbookLimits, tally: SheetTally): { ok: false; problem: GuardProblem } | undefined {
  const dimension = nextStartTag(xml, tagFinder('dimension'));
  if (dimension) {
    const d = largest(attributeValues(dimension.text, 'ref'), areaOf);
    if (d.area > limits.maxDimensionArea) return fail('dimensionTooLarge', { ref: d.ref, area: d.area, limit: limits.maxDimensionArea }, sheet, d.ref);
  }
  // exceljs makes one object per column up to the highest <col> min or max, whatever the sheet holds.
  for (const m of startTags(xml, 'col')) {
    for (const v of [...attributeValues(m.text, 'min'), ...attributeValues(m.text, 'max')]) {
      const n = parseInt(v, 10);
      if (n > SHEET_COLUMNS) return fail('columnsTooLarge', { column: n, limit: SHEET_COLUMNS }, sheet);
    }
  }
  for (const m of startTags(xml, 'mergeCell')) {
    const r = largest(attributeValues(m.text, 'ref'), areaOf);
    tally.merges += r.area;
    if (tally.merges > limits.maxMergeArea) return fail('mergeTooLarge', { ref: r.ref, area: r.area, limit: limits.maxMergeArea }, sheet, r.ref);
  }
  // A validation's range is its sqref attribute, or for x14 validations the next <xm:sqref> element.
  let awaiting = false;
  for (const m of validationsInOrder(xml)) {
    let refs: string[];
    if (m.sqref === undefined) {
      refs = attributeValues(m.text, 'sqref');
      awaiting = refs.length === 0;
      if (awaiting) continue;
    } else {
      if (!awaiting) continue;
      awaiting = false;
      refs = [decodeXmlReferences(m.sqref)];
    }
    const r = largest(refs, areaOfList);
    tally.validations += r.area;
    if (tally.validations > limits.maxValidationArea) return fail('validationTooLarge', { ref: r.ref, area: r.area, limit: limits.maxValidationArea }, sheet, r.ref.trim().split(/\s+/)[0]);
  }
  // Cells: <c followed by whitespace, "/" or ">" (a tab or a line break is as good as a space).
  const cell = /<c[ \t\r\n/>]/g;
  while (cell.exec(xml)) {
    tally.cells += 1;
    if (tally.cells > limits.maxCells) return fail('tooManyCells', { limit: limits.maxCells }, sheet);
  }
  return undefined;
}

export function checkDefinedNames(workbookXml: string, limits: WorkbookLimits): { ok: false; problem: GuardProblem } | undefined {
  let area = 0;
  const open = tagFinder('definedName');
  for (let m = nextStartTag(workbookXml, open); m; ) {
    const tag = m;
    const from = tag.index + tag.text.length;
    const close = tag.text.endsWith('/>') ? -1 : workbookXml.indexOf('</definedName', from);
    if (close < 0 && !tag.text.endsWith('/>')) break;
    m = nextStartTag(workbookXml, open, close < 0 ? from : close);
    if (close < 0) continue;
    const formula = elementText(workbookXml.slice(from, close));
    area += areaOfList(formula);
    if (area > limits.maxDefinedNameArea) {
      return fail('definedNameTooLarge', { name: attribute(tag.text, 'name') ?? '', ref: formula.slice(0, 80), limit: limits.maxDefinedNameArea });
    }
  }
  return undefined;
}
