/** xl/workbook.xml (its sheets and date system) and relationship parts, as exceljs reads them. */
import { DamagedPart, drive, xmlDecode, type OpenTag, type Xform } from './drive';
import { DispatchX, LeafX, ListX, SkipX } from './lists';

export interface SheetEntry {
  name: string;
  id: number;
  state: string | undefined;
  rId: string | undefined;
}

export interface BookModel {
  sheets: SheetEntry[];
  date1904: boolean;
}

export function parseBook(xml: string): BookModel {
  const sheets = new ListX(
    'sheets',
    new LeafX('sheet', (a) => ({ name: xmlDecode(a.name as string), id: parseInt(a.sheetId as string, 10), state: a.state, rId: a['r:id'] })),
  );
  const properties = new LeafX('workbookPr', (a) => ({ date1904: a.date1904 === '1' }));
  drive(
    xml,
    new DispatchX('workbook', {
      fileVersion: new SkipX('fileVersion'),
      workbookPr: properties,
      bookViews: new SkipX('bookViews'),
      sheets,
      definedNames: new SkipX('definedNames'),
      calcPr: new SkipX('calcPr'),
    }),
  );
  return { sheets: sheets.model ?? [], date1904: properties.model?.date1904 ?? false };
}

/** RelationshipsXform: `<Relationships>` of `<Relationship>`, anything else refused. */
class RelsX implements Xform {
  readonly model: Record<string, string>[] = [];
  private current: Record<string, string> | undefined;
  open(node: OpenTag): boolean {
    if (this.current) return true;
    if (node.name === 'Relationships') return true;
    if (node.name === 'Relationship') {
      this.current = node.attributes;
      return true;
    }
    throw new DamagedPart(`Unexpected xml node in parseOpen: ${node.name}`);
  }
  text(): void {}
  close(name: string): boolean {
    if (this.current) {
      this.model.push(this.current);
      this.current = undefined;
      return true;
    }
    if (name === 'Relationships') return false;
    throw new DamagedPart(`Unexpected xml node in parseClose: ${name}`);
  }
}

/** Relationship targets by Id (the last of a repeated Id wins, as in exceljs's reduce). */
export function parseRels(xml: string): Map<string, string | undefined> {
  const rels = new RelsX();
  drive(xml, rels);
  return new Map(rels.model.map((r) => [r.Id as string, r.Target]));
}
