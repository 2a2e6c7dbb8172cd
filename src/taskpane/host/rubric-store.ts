/**
 * Where the pane keeps the rubric files it loaded: the workbook's settings in Excel (so the member
 * units' data sheets made from them keep scoring when the workbook is reopened, and the custom
 * functions find them), localStorage on the standalone page (best effort). A small port, so the
 * pane's logic is tested with a fake settings object. Tiny and data-free: part of the start page.
 */
import { type StoredRubric } from '../../rubrics/registry';
import { STORED_RUBRICS_KEY } from '../../rubrics/stored-key';
import { type PaneHost } from './pane-host';


export interface RubricStore {
  readonly where: 'workbook' | 'browser';
  /** What was stored (unvalidated: the caller checks every entry again). */
  read(): unknown;
  write(entries: StoredRubric[]): Promise<void>;
}

/** The part of Office.Settings used here. */
export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message?: string } | null }) => void): void;
}

export function settingsStore(settings: SettingsLike): RubricStore {
  return {
    where: 'workbook',
    read: () => settings.get(STORED_RUBRICS_KEY),
    write: (entries) =>
      new Promise<void>((resolve, reject) => {
        settings.set(STORED_RUBRICS_KEY, entries);
        settings.saveAsync((result) => {
          if (String(result?.status).toLowerCase() === 'failed') reject(new Error(result.error?.message || 'saveAsync failed'));
          else resolve();
        });
      }),
  };
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export function browserStore(storage: StorageLike | undefined): RubricStore {
  return {
    where: 'browser',
    read: () => {
      try {
        return storage?.getItem(STORED_RUBRICS_KEY) ?? undefined;
      } catch {
        return undefined;
      }
    },
    write: async (entries) => {
      if (!storage) throw new Error('localStorage');
      storage.setItem(STORED_RUBRICS_KEY, JSON.stringify(entries));
    },
  };
}

/** The store for where the pane runs; none while the host is still being found. */
export function paneRubricStore(host: PaneHost): RubricStore | undefined {
  if (host.kind === 'loading') return undefined;
  if (host.kind === 'excel') {
    const settings = typeof Office !== 'undefined' ? (Office.context?.document?.settings as unknown as SettingsLike | undefined) : undefined;
    return settings ? settingsStore(settings) : undefined;
  }
  let storage: StorageLike | undefined;
  try {
    storage = globalThis.localStorage ?? undefined;
  } catch {
    storage = undefined;
  }
  return browserStore(storage);
}
