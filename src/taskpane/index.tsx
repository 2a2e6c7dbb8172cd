/**
 * The shared-runtime bootstrap: renders the pane at once, inside Excel or as a standalone page
 * (office.js missing, or no Office host, is not an error); Office.onReady only says where we are.
 */
import '../zod-jitless';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { officeRun, type PaneHost } from './host/pane-host';
import { type PaneLang } from './i18n';

const LANG_KEY = 'ktd5.lang';

function savedLang(): PaneLang {
  try {
    return globalThis.localStorage?.getItem(LANG_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

function saveLang(lang: PaneLang): void {
  try {
    globalThis.localStorage?.setItem(LANG_KEY, lang);
  } catch {
    // storage may be off (private mode, Office settings): the choice lasts for this session only
  }
}

function Root() {
  const [host, setHost] = useState<PaneHost>({ kind: 'loading' });
  useEffect(() => {
    let cancelled = false;
    detectHost().then((h) => {
      if (!cancelled) setHost(h);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return <App host={host} initialLang={savedLang()} onLangChange={saveLang} />;
}

/** Asks office.js where we run; a page without office.js, outside Office or outside Excel is "standalone". */
export function detectHost(timeoutMs = 3000): Promise<PaneHost> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return Promise.resolve({ kind: 'standalone' });
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ kind: 'standalone' }), timeoutMs);
    Office.onReady()
      .then((info) => {
        clearTimeout(timer);
        const excel = String(info.host) === 'Excel' && typeof Excel !== 'undefined' && typeof Excel.run === 'function';
        resolve(excel ? { kind: 'excel', run: officeRun, platform: String(info.platform ?? '') } : { kind: 'standalone' });
      })
      .catch(() => {
        clearTimeout(timer);
        resolve({ kind: 'standalone' });
      });
  });
}

const container = typeof document !== 'undefined' ? document.getElementById('root') : null;
if (container) {
  createRoot(container).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
}
