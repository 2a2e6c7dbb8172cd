/**
 * One SAX pass over an XML part, delivered to a handler the way exceljs's parsers receive it (its
 * base-xform parse over saxes): open tags with plain attributes, text runs (CDATA and comments are
 * not delivered), close tags by name; the pass ends at the first close the handler reports as its
 * own end. A well-formedness error fails the part, as it fails exceljs's load. The document is not
 * closed at its end: exceljs never closes it, so a part cut short is read as far as it goes.
 */
import { SaxesParser } from 'saxes';

export interface OpenTag {
  name: string;
  attributes: Record<string, string>;
}

/** The three calls of an exceljs xform, with its return conventions. */
export interface Xform {
  open(node: OpenTag): boolean;
  text(text: string): void;
  /** False when this close ends the xform's element. */
  close(name: string): boolean;
}

/** Thrown for what exceljs cannot read; the loader reports it as a damaged file. */
export class DamagedPart extends Error {}

export function drive(xml: string, xform: Xform): void {
  const parser = new SaxesParser();
  let error: Error | undefined;
  let done = false;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('opentag', (tag) => {
    if (!done) xform.open(tag as OpenTag);
  });
  parser.on('text', (t) => {
    if (!done) xform.text(t);
  });
  parser.on('closetag', (tag) => {
    if (!done && !xform.close(tag.name)) done = true;
  });
  parser.write(xml);
  if (error) throw new DamagedPart(error.message);
}

/** exceljs's utils.xmlDecode: the five predefined entities decoded once more (names only, lower case). */
export function xmlDecode(text: string): string {
  return text.replace(/&([a-z]*);/g, (c) => {
    switch (c) {
      case '&lt;':
        return '<';
      case '&gt;':
        return '>';
      case '&amp;':
        return '&';
      case '&apos;':
        return "'";
      case '&quot;':
        return '"';
      default:
        return c;
    }
  });
}

/** exceljs's utils.parseBoolean on an attribute. */
export const parseBoolean = (value: string | undefined): boolean => value === 'true' || value === '1';

/** A text element's runs joined, with `_xHHHH_` escapes decoded (exceljs's TextXform). */
export function textModel(runs: string[]): string {
  return runs.join('').replace(/_x([0-9A-F]{4})_/g, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
