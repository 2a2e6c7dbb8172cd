/** A sheet's cell formats (fill, font, alignment, borders, locking), one rectangle of equal style at a time. */
import { COLOURS, type CellStyle, type SheetSpec } from '../spec';
import { ACTION_BYTES, type Batch } from './batch';
import { type XlWorksheet } from './excel-api';
import { formattedCells, rectAddress, styleRects, type Rect } from './style-rects';

async function applyStyle(ws: XlWorksheet, rect: Rect, batch: Batch): Promise<void> {
  const s = JSON.parse(rect.key) as CellStyle;
  const range = ws.getRange(rectAddress(rect));
  const set = async (fn: () => void) => {
    await batch.reserve();
    fn();
  };
  const colour = s.colour ? COLOURS[s.colour] : undefined;
  if (colour) await set(() => (range.format.fill.color = `#${colour.fill}`));
  const fontColour = s.fontColour ?? colour?.font;
  if (fontColour) await set(() => (range.format.font.color = `#${fontColour}`));
  if (s.bold) await set(() => (range.format.font.bold = true));
  if (s.italic) await set(() => (range.format.font.italic = true));
  if (s.size) await set(() => (range.format.font.size = s.size as number));
  if (s.wrap) await set(() => (range.format.wrapText = true));
  if (s.align) await set(() => (range.format.horizontalAlignment = s.align === 'center' ? 'Center' : s.align === 'right' ? 'Right' : 'Left'));
  if (s.wrap || s.align || s.vertical) await set(() => (range.format.verticalAlignment = s.vertical === 'middle' ? 'Center' : 'Top'));
  if (s.border) {
    // Edge borders draw the rectangle's outline only; the inside lines are their own borders.
    const edges = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', ...(rect.bottom > rect.top ? ['InsideHorizontal' as const] : []), ...(rect.right > rect.left ? ['InsideVertical' as const] : [])] as const;
    for (const edge of edges) {
      await batch.reserve(2 * ACTION_BYTES);
      const b = range.format.borders.getItem(edge);
      b.style = 'Continuous';
      b.color = '#BFBFBF';
    }
  }
  if (s.unlocked) await set(() => (range.format.protection.locked = false));
}

/** Every cell's format of the sheet (merged areas included), before the values go in. */
export async function writeCellFormats(ws: XlWorksheet, spec: SheetSpec, batch: Batch): Promise<void> {
  for (const rect of styleRects(formattedCells(spec))) await applyStyle(ws, rect, batch);
}
