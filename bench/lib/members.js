/**
 * The 200 member workbooks the consolidation bench reads: data sheets made by our own template and
 * filled with a deterministic spread of realistic answers, so that runs are comparable.
 */
const fs = require('node:fs');
const path = require('node:path');
const { getRubric } = require('../../lib/rubrics');
const { templateWorkbook } = require('../../lib/workbook/layouts/data-sheet');
const { renderXlsx } = require('../../lib/workbook/xlsx/render');
const { fillDataSheet } = require('../../lib/workbook/xlsx/fill');

function valuesFor(k) {
  const pick = (list) => list[k % list.length];
  return {
    'I.1': pick(['Triển khai thường xuyên', 'trien khai it nhat 2 lan/nam', 'Không triển khai']),
    'I.2': pick(['Có', 'co', 'Không']), 'I.3': pick(['x', 'Có']), 'I.4': pick(['Có', 'khong', 'Có', 'Có']), 'I.5': 5 + (k % 23),
    'II.1': 'Có', 'II.2': pick(['Có', 'Không']), 'II.3': 'Có', 'II.4': pick(['100%', '95,5%', 0.88, 92]),
    'II.5': pick(['100%', '97%']), 'II.6': '100%', 'II.7': pick(['100%', '93,5%', '']), 'II.8': 'Có',
    'III.1': pick(['100%', '85%', '70%']), 'III.2': pick([0.81, '80%', '45%']), 'III.3': pick(['70%', '55%', 40]), 'III.4': pick(['100%', '92%']),
    'IV.1': k % 6, 'IV.2': (k * 3) % 6, 'IV.3': pick([10, 8, '6,5', 4]),
  };
}

/** Writes `count` member workbooks into `dir` and returns their paths. */
async function makeMembers(dir, count) {
  const rubric = getRubric('ktd5-2023');
  fs.mkdirSync(dir, { recursive: true });
  const files = [];
  for (let k = 0; k < count; k++) {
    const template = await renderXlsx(templateWorkbook(rubric, { unit: `Đơn vị thử ${k + 1}`, khoi: 'Khối thi đua 5', period: '2023' }));
    const file = path.join(dir, `don-vi-${String(k + 1).padStart(3, '0')}.xlsx`);
    fs.writeFileSync(file, await fillDataSheet(template, { self: valuesFor(k), appraised: k % 10 === 0 ? { 'IV.3': 5 } : {} }));
    files.push(file);
  }
  return files;
}

module.exports = { makeMembers };
