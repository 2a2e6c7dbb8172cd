/**
 * The rubrics the task pane stored in the workbook's settings (`ktd5.rubrics`), registered for the
 * custom functions when Office is ready. Guarded throughout: settings may be missing (Excel on some
 * platforms, a bare runtime) or hold anything; a bad entry is skipped, never fatal.
 */
import { restoreRubrics, type RestoreResult } from '../rubrics/registry';

import { STORED_RUBRICS_KEY } from '../rubrics/stored-key';

/** The part of Office.Settings used here. */
export interface SettingsReader {
  get(name: string): unknown;
}

export function restoreWorkbookRubrics(settings: SettingsReader | undefined | null): RestoreResult | undefined {
  try {
    if (!settings || typeof settings.get !== 'function') return undefined;
    return restoreRubrics(settings.get(STORED_RUBRICS_KEY), STORED_RUBRICS_KEY);
  } catch {
    // Reading settings must never stop the functions from loading.
    return undefined;
  }
}
