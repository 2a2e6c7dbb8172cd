/**
 * Focus after an action: the button that started it was disabled while it ran, so focus would fall
 * to the page body; instead it moves to the result's heading (or the status line that says what
 * happened), once the result is on screen. The target element needs tabIndex -1.
 */
import { useEffect, useState } from 'react';

/** The element to focus, looked up after the render that shows the result (the first that exists). */
export type FocusTarget = () => HTMLElement | null | undefined;

export function useResultFocus(): (target: FocusTarget) => void {
  const [request, setRequest] = useState<{ target: FocusTarget; n: number } | undefined>();
  useEffect(() => {
    request?.target()?.focus();
  }, [request]);
  return (target) => setRequest((r) => ({ target, n: (r?.n ?? 0) + 1 }));
}
