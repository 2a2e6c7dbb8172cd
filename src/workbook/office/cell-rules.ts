/** A sheet's rules on cells: data validation (dropdowns, prompts, alerts) and conditional formats. */
import { COLOURS, type SheetSpec } from '../spec';
import { ACTION_BYTES, type Batch } from './batch';
import { typedFormula } from './cell-input';
import { type XlRange, type XlWorksheet } from './excel-api';

export interface SheetTargets {
  /** The lists sheet's range holding these items (the source of a dropdown). */
  listRange(items: string[]): XlRange | undefined;
  /** A formula with references to renamed sheets of this write pointed at their actual names. */
  retarget(formula: string): string;
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

export async function writeValidations(ws: XlWorksheet, spec: SheetSpec, targets: SheetTargets, batch: Batch): Promise<void> {
  for (const v of spec.validations) {
    await batch.reserve(5 * ACTION_BYTES);
    const range = ws.getRange(v.range);
    const source = v.items ? targets.listRange(v.items) : v.source ? targets.retarget(`=${v.source.replace(/^=/, '')}`) : undefined;
    if (source) range.dataValidation.rule = { list: { inCellDropDown: true, source } };
    range.dataValidation.ignoreBlanks = true;
    if (v.prompt) range.dataValidation.prompt = { showPrompt: true, title: clip(v.prompt.title, 32), message: clip(v.prompt.text, 255) };
    if (v.error) range.dataValidation.errorAlert = { showAlert: true, style: v.errorStyle === 'stop' ? 'Stop' : v.errorStyle === 'warning' ? 'Warning' : 'Information', title: clip(v.error.title, 32), message: clip(v.error.text, 225) };
  }
}

/**
 * Office.js adds each conditional format at the top priority, so the rules go in backwards: the
 * spec's first rule (priority 1 in the .xlsx file) is added last and is evaluated first.
 */
export async function writeConditionalFormats(ws: XlWorksheet, spec: SheetSpec, targets: SheetTargets, batch: Batch): Promise<void> {
  const rules: (() => void)[] = [];
  for (const cf of spec.conditionalFormats) {
    for (const rule of cf.rules) {
      rules.push(() => {
        const f = ws.getRange(cf.range).conditionalFormats.add('Custom');
        f.custom.rule.formula = targets.retarget(typedFormula(rule.formula));
        f.custom.format.fill.color = `#${COLOURS[rule.colour].fill}`;
        f.custom.format.font.color = `#${COLOURS[rule.colour].font}`;
        f.stopIfTrue = true;
      });
    }
  }
  for (const bar of spec.dataBars) {
    rules.push(() => {
      const f = ws.getRange(bar.range).conditionalFormats.add('DataBar');
      f.dataBar.positiveFormat.fillColor = `#${bar.colour}`;
      f.dataBar.lowerBoundRule = { type: 'Number', formula: String(bar.min ?? 0) };
      f.dataBar.upperBoundRule = bar.max === undefined ? { type: 'HighestValue' } : { type: 'Number', formula: String(bar.max) };
    });
  }
  for (const add of rules.reverse()) {
    await batch.reserve(6 * ACTION_BYTES);
    add();
  }
}
