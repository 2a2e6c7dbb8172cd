/**
 * Where the pane runs, as office.js says. Office.onReady is waited for as long as it takes (a cold
 * start of Excel desktop can take many seconds): giving up early would put the pane in standalone
 * mode inside Excel, offering downloads instead of writing into the workbook. Standalone only when
 * there is no office.js at all or when office.js reports no host; inside another Office application,
 * or an Excel without the manifest's requirement sets, the pane says it cannot run there.
 */
import { officeRun, type PaneHost } from './pane-host';
import { hostSupport, type RequirementsLike } from './support';

interface OfficeLike {
  onReady(): Promise<{ host?: unknown; platform?: unknown }>;
  context?: { requirements?: RequirementsLike };
}

export function detectHost(office: OfficeLike | undefined = typeof Office === 'undefined' ? undefined : (Office as unknown as OfficeLike), hasExcelRun: () => boolean = () => typeof Excel !== 'undefined' && typeof Excel.run === 'function'): Promise<PaneHost> {
  if (!office || typeof office.onReady !== 'function') return Promise.resolve({ kind: 'standalone' });
  return office.onReady().then(
    (info): PaneHost => {
      if (info?.host === null || info?.host === undefined) return { kind: 'standalone' };
      const host = String(info.host);
      const support = hostSupport(host, office.context?.requirements);
      if (support.ok && hasExcelRun()) return { kind: 'excel', run: officeRun, platform: String(info.platform ?? '') };
      return { kind: 'unsupported', host, missing: support.ok ? ['ExcelApi'] : support.missing.map((s) => `${s.name} ${s.version}`) };
    },
    () => ({ kind: 'standalone' }) as const,
  );
}
