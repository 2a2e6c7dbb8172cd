/** The `ktd5` command: verbs, JSON contracts, languages and exit codes. */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { capture } from '../helpers/cli';

const fixture = path.join(__dirname, '..', 'fixtures', 'rubric-2024-example.json');

describe('ktd5 rubrics', () => {
  test('--json: id, title, kind, source for each built-in document', async () => {
    const r = (await capture(['rubrics', '--json']));
    expect(r.code).toBe(0);
    const list = JSON.parse(r.out) as { id: string; title: string; kind: string; source: { number: string } }[];
    expect(list.map((d) => [d.id, d.kind])).toEqual([
      ['ktd5-2023', 'rubric'],
      ['dongthap-207-2022', 'targets'],
      ['tuyenquang-154-2022', 'targets'],
      ['dti-province-2022', 'index'],
      ['nq04-dongthap', 'targets'],
    ]);
    expect(list[0]!.source.number).toBe('741/KH-KTĐ5');
    for (const d of list) expect(Object.keys(d).sort()).toEqual(['id', 'kind', 'source', 'title']);
  });

  test('human output is a Vietnamese table', async () => {
    const r = (await capture(['rubrics']));
    expect(r.out).toMatch(/^Mã\s+Loại\s+Nguồn\s+Tên tài liệu/);
    expect(r.out).toContain('bộ tiêu chí');
    expect((await capture(['rubrics', '--lang', 'en'])).out).toMatch(/^Id\s+Kind\s+Source\s+Title/);
  });
});

describe('ktd5 show', () => {
  test('--json of ktd5-2023: items in the document\'s order with max and the document\'s band texts', async () => {
    const r = (await capture(['show', 'ktd5-2023', '--json']));
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect([doc.id, doc.kind, doc.items.length]).toEqual(['ktd5-2023', 'rubric', 20]);
    expect(doc.items[8]).toMatchObject({
      id: 'II.4',
      max: 5,
      bands: [
        { text: '100% các cuộc họp không có tài liệu giấy', points: 5 },
        { text: 'Từ 90% đến dưới 100%', points: 3 },
        { text: 'Dưới 90%', points: 0 },
      ],
    });
    expect(doc.items[19]).toMatchObject({ id: 'IV.3', max: 10 });
    expect(doc.items[19].bands).toBeUndefined();
  });

  test('--json of the index carries its pillars and weights', async () => {
    const doc = JSON.parse((await capture(['show', 'dti-province-2022', '--json'])).out);
    expect(doc.kind).toBe('index');
    expect(doc.pillars.map((p: { weight: number }) => p.weight)).toEqual([100, 100, 100, 100, 100, 200, 150, 150]);
    expect(doc.pillars[0]).toMatchObject({ id: 'nhan-thuc', name: 'Nhận thức số', weight: 100 });
    for (const item of doc.items) expect(typeof item.id === 'string' && typeof item.text === 'string').toBe(true);
  });

  test('--json of a target set lists its indicators with id and text', async () => {
    const doc = JSON.parse((await capture(['show', 'nq04-dongthap', '--json'])).out);
    expect(doc.items).toHaveLength(17);
    expect(doc.items[4]).toMatchObject({ id: '5', target: 'Trên 55%' });
  });

  test('human output shows sections, maxima and bands', async () => {
    const r = (await capture(['show', 'ktd5-2023']));
    expect(r.out).toContain('Tổng điểm: 100');
    expect(r.out).toContain('II  Xây dựng chính quyền số (40 điểm)');
    expect(r.out).toContain('• Từ 90% đến dưới 100% → 3');
    expect(r.out).toContain('• Chấm trực tiếp từ 0 đến 10 điểm');
  });

  test('a new year\'s rubric is a data file: show reads it by path, no code change', async () => {
    const r = (await capture(['show', fixture, '--json']));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).items.map((i: { id: string }) => i.id)).toEqual(['I.1', 'I.2', 'II.1']);
  });

  test('unknown ids and bad flags: a clear message and exit code 2', async () => {
    const unknown = (await capture(['show', 'ktd5-2099']));
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Không có tài liệu "ktd5-2099"');
    expect(unknown.err).toContain('ktd5-2023');
    expect((await capture(['show', 'ktd5-2023', '--bogus'])).code).toBe(2);
    expect((await capture(['show', 'ktd5-2023', '--bogus'])).err).toContain('Tùy chọn "--bogus"');
    expect((await capture(['show'])).code).toBe(2);
    expect((await capture(['frobnicate'])).code).toBe(2);
    expect((await capture(['show', 'ktd5-2023', '--lang', 'fr'])).code).toBe(2);
    expect((await capture(['show', 'ktd5-2099', '--lang', 'en'])).err).toContain('There is no document "ktd5-2099"');
  });

  test('a broken data file is an input error (exit 1) naming the file and the field', async () => {
    const r = (await capture(['show', path.join(__dirname, '..', 'fixtures', 'broken-rubric.json')]));
    expect(r.code).toBe(1);
    expect(r.err).toContain('broken-rubric.json');
    expect(r.err).toContain('sections.0.points');
  });
});

describe('the installed command (bin/ktd5.js over the build)', () => {
  const bin = path.join(__dirname, '..', '..', 'bin', 'ktd5.js');
  test('JSON on stdout, messages on stderr, exit codes by contract', async () => {
    const ok = execFileSync(process.execPath, [bin, 'rubrics', '--json'], { encoding: 'utf8' });
    expect(JSON.parse(ok)).toHaveLength(5);
    const bad = spawnSync(process.execPath, [bin, 'show', 'nope', '--json'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('nope');
  });

  test('a reader that stops early (`ktd5 show … | head`) is not a crash: the command ends with its own code', async () => {
    const child = spawn(process.execPath, [bin, 'show', 'ktd5-2023'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdout.destroy(); // the reader is gone before the first line
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  });

  test('starting the command does not load exceljs: parser processes start reading members meanwhile', () => {
    const main = path.join(__dirname, '..', '..', 'lib', 'cli', 'main.js');
    const probe = `require(${JSON.stringify(main)}); process.stdout.write(JSON.stringify(Object.keys(require.cache).filter((k) => k.includes('node_modules/exceljs'))))`;
    expect(JSON.parse(execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' }))).toEqual([]);
  });
});
