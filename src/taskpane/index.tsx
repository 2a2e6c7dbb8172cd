/**
 * The shared-runtime bootstrap and a small first task pane: the built-in documents with their source.
 * Renders at once, inside Excel or as a standalone page (office.js missing or no host is not an
 * error); Office.onReady only adds the host's name. A later issue builds the full pane on this.
 */
import '../functions/jitless';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App, type HostInfo } from './App';

function Root() {
  const [host, setHost] = useState<HostInfo>({ kind: 'loading' });
  useEffect(() => {
    let cancelled = false;
    detectHost().then((h) => {
      if (!cancelled) setHost(h);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return <App host={host} />;
}

/** Asks office.js where we run; a page without office.js, or outside Office, is "standalone". */
export function detectHost(timeoutMs = 3000): Promise<HostInfo> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return Promise.resolve({ kind: 'standalone' });
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ kind: 'standalone' }), timeoutMs);
    Office.onReady()
      .then((info) => {
        clearTimeout(timer);
        resolve(info.host ? { kind: 'office', host: String(info.host), platform: String(info.platform ?? '') } : { kind: 'standalone' });
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
