/**
 * Office.js traffic, measured with the strict fake's accounting (test/helpers/fake-excel.ts: each
 * sync's request and response bytes as Office.js serialises them, UTF-8). Keys:
 *   officejs_consolidation_200_syncs          syncs to write a 200-unit consolidation (goal ≤ 12)
 *   officejs_consolidation_200_max_sync_mb    its largest sync, MB (goal ≤ 4; Excel on the web refuses 5)
 *   officejs_consolidation_200_operations     actions queued (goal ≤ 2× the distinct (range, property) pairs)
 *   officejs_consolidation_200_distinct_pairs those distinct pairs
 *   officejs_data_sheet_max_sync_mb           the largest sync writing one unit's data sheet (goal ≤ 4)
 * A benchmark, not a test: it reports and never fails.
 */
require('./ts-require');
const { performance } = require('node:perf_hooks');
const { formatNumber } = require('../src/engine');
const { getRubric } = require('../src/rubrics');
const { scoreFiles } = require('../src/workbook/khoi/score-files');
const { consolidationWorkbook } = require('../src/workbook/layouts/consolidation');
const { templateWorkbook } = require('../src/workbook/layouts/data-sheet');
const { readWorkbookGrid } = require('../src/workbook/office/read-grid');
const { writeWorkbookSpec } = require('../src/workbook/office/write-spec');
const { FakeExcel } = require('../test/helpers/fake-excel');
const { fillThroughFake } = require('../test/helpers/office-members');

const UNITS = 200;
const mb = (x) => Math.round(x * 1000) / 1000;

/** A member's grid with its unit's name replaced (five filled variants, renamed to 200 units). */
function renamed(grid, from, to) {
  return { sheets: grid.sheets.map((s) => ({ ...s, rows: s.rows.map((row) => row.map((c) => (c === from ? to : c))) })) };
}

async function run(log) {
  const rubric = getRubric('ktd5-2023');
  const variants = [];
  for (let v = 0; v < 5; v++) variants.push({ name: `Mẫu ${v}`, grid: await readWorkbookGrid(await fillThroughFake(rubric, `Mẫu ${v}`, v)) });
  const outcomes = Array.from({ length: UNITS }, (_, i) => {
    const v = variants[i % variants.length];
    return { file: `don-vi-${i + 1}.xlsx`, ok: true, grid: renamed(v.grid, v.name, `Đơn vị số ${i + 1}`) };
  });
  const result = scoreFiles(outcomes, { resolveRubric: getRubric, lang: 'vi' });
  if (result.units.length !== UNITS) throw new Error(`expected ${UNITS} scored units, got ${result.units.length}`);

  const excel = new FakeExcel();
  excel.addUserSheet('Sheet1');
  const t0 = performance.now();
  await writeWorkbookSpec(excel, consolidationWorkbook(result, { khoi: 'Khối 5', period: '2023' }, 'vi'));
  const ms = performance.now() - t0;
  const data = new FakeExcel();
  data.addUserSheet('Sheet1');
  await writeWorkbookSpec(data, templateWorkbook(rubric, { unit: 'Sở Thử nghiệm', khoi: 'Khối 5', period: '2023' }));

  const ranking = excel.sheets.find((s) => s.customProperties.get('ktd5') === consolidationWorkbook(result, { khoi: 'Khối 5', period: '2023' }, 'vi').sheets[0].name);
  const cells = excel.sheets.reduce((n, s) => n + s.cells.size, 0);
  log(`${cells} ô ghi vào ${excel.sheets.length - 1} trang; trang xếp hạng có ${ranking ? ranking.cells.size : 0} ô`);
  const figures = {
    officejs_consolidation_200_syncs: excel.syncs,
    officejs_consolidation_200_max_sync_mb: mb(excel.maxSyncMb()),
    officejs_consolidation_200_operations: excel.operations,
    officejs_consolidation_200_distinct_pairs: excel.distinctPairs.size,
    officejs_data_sheet_max_sync_mb: mb(data.maxSyncMb()),
  };
  log(`Tổng hợp ${UNITS} đơn vị qua Office.js (giả lập nghiêm ngặt): ${figures.officejs_consolidation_200_syncs} lần đồng bộ, lớn nhất ${formatNumber(figures.officejs_consolidation_200_max_sync_mb)} MB (mục tiêu ≤ 12 lần, ≤ 4 MB)`);
  log(`  ${figures.officejs_consolidation_200_operations} thao tác cho ${figures.officejs_consolidation_200_distinct_pairs} cặp (vùng, thuộc tính) khác nhau (mục tiêu ≤ 2×); ${Math.round(ms)} ms trong giả lập`);
  log(`Trang dữ liệu: lần đồng bộ lớn nhất ${formatNumber(figures.officejs_data_sheet_max_sync_mb)} MB (${data.syncs} lần)`);
  return figures;
}

module.exports = { name: 'officejs', run };
