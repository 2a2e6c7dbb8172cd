/** Which zip entries exceljs reads, and as what; and the byte-level refusals of an XML part (wide encodings, DOCTYPE). */
/**
 * A part's name as exceljs sees it: JSZip resolves "." and ".." segments and empty segments
 * (`xl/./worksheets//sheet1.xml`), and exceljs drops a leading "/".
 */
export function partName(name: string): string {
  const parts = name.split('/');
  const out: string[] = [];
  parts.forEach((part, i) => {
    if (part === '.' || (part === '' && i !== 0 && i !== parts.length - 1)) return;
    if (part === '..') out.pop();
    else out.push(part);
  });
  const resolved = out.join('/');
  return resolved.startsWith('/') ? resolved.slice(1) : resolved;
}

/** exceljs parses as a worksheet every part whose name merely contains `xl/worksheets/sheetN.xml` (its pattern is not anchored). */
export function isSheetPart(part: string): boolean {
  return /^xl\/worksheets\/[^/]+\.xml$/.test(part) || /xl\/worksheets\/sheet\d+[.]xml/.test(part);
}

/** Whether exceljs reads this zip entry as a worksheet (by its part name, as the checks do). */
export function isWorksheetEntry(name: string): boolean {
  return isSheetPart(partName(name));
}

/** Other parts exceljs parses as XML, found by the same unanchored patterns. */
const EXCELJS_XML = [/xl\/worksheets\/_rels\/sheet\d+[.]xml.rels/, /xl\/drawings\/[a-zA-Z0-9]+[.]xml/, /xl\/comments\d+[.]xml/, /xl\/tables\/table\d+[.]xml/, /xl\/drawings\/_rels\/[a-zA-Z0-9]+[.]xml[.]rels/, /xl\/drawings\/vmlDrawing\d+[.]vml/];

export function isXmlPart(name: string): boolean {
  const part = partName(name);
  return /\.(xml|rels|vml)$/i.test(part) || isSheetPart(part) || EXCELJS_XML.some((p) => p.test(part));
}

/** The parts whose content the checks read: the workbook, its relationships, the worksheets. */
export function mustRead(name: string): boolean {
  const part = partName(name);
  return part === 'xl/workbook.xml' || part === 'xl/_rels/workbook.xml.rels' || isSheetPart(part);
}

/**
 * The encoding of an XML part when it is not UTF-8 (or ASCII): UTF-16 or UTF-32 by byte-order mark,
 * by the byte pattern of `<?` in the first four bytes, or by the declaration's `encoding`. The checks
 * scan bytes for ASCII markup, which such parts hide (`<\0!\0D\0…`), so they are refused: Excel and
 * LibreOffice write UTF-8 only.
 */
export function wideEncoding(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (a === 0x00 && b === 0x00 && c === 0xfe && d === 0xff) return 'UTF-32BE';
  if (a === 0xff && b === 0xfe && c === 0x00 && d === 0x00) return 'UTF-32LE';
  if (a === 0xfe && b === 0xff) return 'UTF-16BE';
  if (a === 0xff && b === 0xfe) return 'UTF-16LE';
  if (a === 0x00 && b === 0x00 && c === 0x00 && d === 0x3c) return 'UTF-32BE';
  if (a === 0x3c && b === 0x00 && c === 0x00 && d === 0x00) return 'UTF-32LE';
  if (a === 0x00 && b === 0x3c) return 'UTF-16BE';
  if (a === 0x3c && b === 0x00) return 'UTF-16LE';
  // `<?xml version="1.0" encoding="UTF-16"?>` in single bytes: a parser that honours it reads on in UTF-16.
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (bytes[start] !== 0x3c || bytes[start + 1] !== 0x3f) return undefined;
  const end = bytes.indexOf(0x3e, start);
  const declaration = String.fromCharCode(...bytes.subarray(start, end < 0 ? Math.min(bytes.length, start + 200) : Math.min(end, start + 200)));
  const declared = /encoding[ \t\r\n]*=[ \t\r\n]*["']([^"']*)["']/i.exec(declaration)?.[1];
  return declared && /^(?:utf-?(?:16|32)|ucs-?[24]|iso-10646)/i.test(declared.trim()) ? declared.trim() : undefined;
}

/** True when the bytes hold "<!DOCTYPE" or "<!ENTITY" (any case); scanned as bytes, no decoding. */
export function declaresDoctype(bytes: Uint8Array): boolean {
  // "!" is rare in spreadsheet XML, so look for it and check its neighbours.
  for (let i = bytes.indexOf(0x21, 1); i >= 0; i = bytes.indexOf(0x21, i + 1)) {
    if (bytes[i - 1] !== 0x3c) continue;
    const word = String.fromCharCode(...bytes.subarray(i + 1, i + 8)).toUpperCase();
    if (word.startsWith('DOCTYPE') || word.startsWith('ENTITY')) return true;
  }
  return false;
}
