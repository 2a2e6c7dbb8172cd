/**
 * Microsoft's validation service through office-addin-manifest (the only step that uses the network,
 * and only from `npm run validate` without --offline).
 */
import { setTimeout, clearTimeout } from 'node:timers';

export interface OnlineResult {
  /** 'unreachable' for no network, a timeout or an HTTP error. */
  state: 'valid' | 'invalid' | 'unreachable';
  lines: string[];
}

interface Issue {
  title?: string;
  content?: string;
  line?: number;
}

interface Validation {
  isValid: boolean;
  report?: { errors?: Issue[]; warnings?: Issue[] };
  status?: number;
  statusText?: string;
}

export async function validateOnline(manifestPath: string, timeoutMs = 30000): Promise<OnlineResult> {
  let validateManifest: (file: string) => Promise<Validation>;
  try {
    ({ validateManifest } = await import('office-addin-manifest'));
  } catch (e) {
    return { state: 'unreachable', lines: [String((e as Error).message)] };
  }
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<{ timeout: true }>((resolve) => {
    timer = setTimeout(() => resolve({ timeout: true }), timeoutMs);
  });
  let result: Validation | { timeout: true };
  try {
    result = await Promise.race([validateManifest(manifestPath), timeout]);
  } catch (e) {
    return { state: 'unreachable', lines: [String((e as Error).message).split('\n').slice(-1)[0] as string] };
  } finally {
    clearTimeout(timer);
  }
  if ('timeout' in result) return { state: 'unreachable', lines: [`no answer in ${timeoutMs / 1000} s`] };
  if (result.status && result.status !== 200) return { state: 'unreachable', lines: [`HTTP ${result.status} ${result.statusText ?? ''}`.trim()] };
  const report = result.report ?? {};
  const describe = (x: Issue) => [x.title, x.content, x.line ? `(line ${x.line})` : ''].filter(Boolean).join(' — ');
  const lines = [...(report.errors ?? []).map((x) => `ERROR: ${describe(x)}`), ...(report.warnings ?? []).map((x) => `WARNING: ${describe(x)}`)];
  if (!result.report && !result.isValid) return { state: 'unreachable', lines: ['no report'] };
  return { state: result.isValid ? 'valid' : 'invalid', lines };
}
