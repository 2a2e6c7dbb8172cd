/**
 * The built-in documents are used as shipped, without validation at run time (src/rubrics/index.ts;
 * issue 18: a run on the built-ins loads no zod). That is honest only while this holds: every data
 * file passes the engine's schema, and what the schema returns is the file itself — zod trims strings,
 * strips unknown keys and could fill defaults, and none of that may change a built-in.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DocumentSchema } from '../../src/engine/schema';
import { builtinDocuments } from '../../src/rubrics';

const DATA = path.join(__dirname, '..', '..', 'src', 'rubrics', 'data');
/** Every document file shipped (the unit tables beside them are another format: src/rubrics/units.ts). */
const files = fs
  .readdirSync(DATA)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.units.json'))
  .sort();
const raw = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(DATA, file), 'utf8'));

test('every document file in src/rubrics/data is a built-in, and every built-in is such a file, as shipped', () => {
  const byId = new Map(files.map((f) => [(raw(f) as { id: string }).id, raw(f)]));
  expect(builtinDocuments().map((d) => d.id).sort()).toEqual([...byId.keys()].sort());
  for (const doc of builtinDocuments()) expect(doc).toStrictEqual(byId.get(doc.id));
});

test.each(files)('%s passes the schema, and parsing returns exactly the file', (file) => {
  const data = raw(file);
  const parsed = DocumentSchema.safeParse(data);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  expect(parsed.data).toStrictEqual(data);
});

test('the comparison above would see what zod changes: a padded title, an unknown key', () => {
  const file = files.find((f) => f.startsWith('ktd5-'))!;
  const padded = { ...(raw(file) as Record<string, unknown>), title: ' Kế hoạch ' };
  expect(DocumentSchema.parse(padded)).not.toStrictEqual(padded);
  const extra = { ...(raw(file) as Record<string, unknown>), note: 'x' };
  expect(DocumentSchema.parse(extra)).not.toStrictEqual(extra);
});
