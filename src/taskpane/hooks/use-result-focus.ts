/**
 * Focus after an action: the button that started it was disabled while it ran, so focus would fall
 * to the page body; instead it moves to the result's heading (or the status line that says what
 * happened). The result may be shown a render or more after the action ends (a step's heading
 * appears once its state settles), so the request waits, render after render, until its target
 * exists; a newer request replaces it. The target element needs tabIndex -1.
 */
import { useCallback, useEffect, useState } from 'react';

/** An element id, or a lookup run after each render (returning the first element that exists). */
export type FocusTarget = string | (() => HTMLElement | null | undefined);

export function useResultFocus(): (target: FocusTarget) => void {
  // A new object per request, so asking again for the same target focuses it again.
  const [request, setRequest] = useState<{ target: FocusTarget } | undefined>();
  useEffect(() => {
    if (!request) return;
    const { target } = request;
    const el = typeof target === 'string' ? document.getElementById(target) : target();
    if (!el) return; // not rendered yet: the next render tries again
    el.focus();
    setRequest(undefined);
  });
  return useCallback((target: FocusTarget) => setRequest({ target }), []);
}
