/**
 * Where the pane runs, as office.js says. Office.onReady is waited for as long as it takes (a cold
 * start of Excel desktop can take many seconds): giving up early would put the pane in standalone
 * mode inside Excel, offering downloads instead of writing into the workbook. Standalone only when
 * there is no office.js at all, when office.js reports no host, or when the host is not Excel.
 */
import { officeRun, type PaneHost } from './pane-host';

interface OfficeLike {
  onReady(): Promise<{ host?: unknown; platform?: unknown }>;
}

export function detectHost(office: OfficeLike | undefined = typeof Office === 'undefined' ? undefined : (Office as unknown as OfficeLike), hasExcelRun: () => boolean = () => typeof Excel !== 'undefined' && typeof Excel.run === 'function'): Promise<PaneHost> {
  if (!office || typeof office.onReady !== 'function') return Promise.resolve({ kind: 'standalone' });
  return office.onReady().then(
    (info) => (String(info?.host ?? '') === 'Excel' && hasExcelRun() ? { kind: 'excel', run: officeRun, platform: String(info.platform ?? '') } : { kind: 'standalone' }),
    () => ({ kind: 'standalone' }) as const,
  );
}
