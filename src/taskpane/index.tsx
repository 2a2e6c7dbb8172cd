/**
 * The shared-runtime bootstrap: renders the pane at once, inside Excel or as a standalone page
 * (office.js missing, or no Office host, is not an error); Office.onReady only says where we are
 * (host/detect-host.ts waits for it as long as Office is loading).
 */
import '../zod-jitless';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { detectHost } from './host/detect-host';
import { type PaneHost } from './host/pane-host';
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

const container = typeof document !== 'undefined' ? document.getElementById('root') : null;
if (container) {
  createRoot(container).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
}
