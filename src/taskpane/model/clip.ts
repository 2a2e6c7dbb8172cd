/**
 * Text from member files shown in a 320 px pane: unit names, messages that quote them, evidence.
 * A name can be 40,000 characters (Excel allows 32,767 per cell, more across cells): shown whole it
 * makes one ranking row thousands of pixels tall. The pane shows the start, the full text stays in
 * the element's title (and in every workbook written).
 */
export const CLIP_CHARACTERS = { name: 80, message: 240 } as const;

/** The first `max` characters (whole code points, never half a surrogate pair), with "…" if cut. */
export function clip(text: string, max: number): { shown: string; cut: boolean } {
  if (text.length <= max) return { shown: text, cut: false };
  const points = Array.from(text);
  if (points.length <= max) return { shown: text, cut: false };
  return { shown: `${points.slice(0, max - 1).join('')}…`, cut: true };
}
