/**
 * After an action, keyboard and screen-reader focus moves to the heading of what it produced (once
 * that heading is on the screen): the heading carries `id` and tabIndex -1.
 */
import { useCallback, useEffect, useState } from 'react';

export function useFocusResult(): (id: string) => void {
  const [pending, setPending] = useState<string | undefined>();
  useEffect(() => {
    if (!pending) return;
    const el = document.getElementById(pending);
    if (!el) return; // not rendered yet: the next render tries again
    el.focus();
    setPending(undefined);
  });
  return useCallback((id: string) => setPending(id), []);
}
