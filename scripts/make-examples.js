#!/usr/bin/env node
/**
 * Makes the bundled examples: a Khối of ten fictional member units, each a data sheet made from the
 * ktd5-2023 template and filled the way units really type (text percents with a decimal comma, "co",
 * "x", choices without diacritics, bare percent points), with an appraisal and a tie.
 * Run after `npm run build`:  node scripts/make-examples.js
 */
const fs = require('node:fs');
const path = require('node:path');
const { getRubric } = require('../lib/rubrics');
const { templateWorkbook } = require('../lib/workbook/layouts/data-sheet');
const { renderXlsx } = require('../lib/workbook/xlsx/render');
const { fillDataSheet } = require('../lib/workbook/xlsx/fill');

const OUT = path.join(__dirname, '..', 'examples', 'khoi-5-2023');
const KHOI = 'Khối thi đua 5';
const KY = 'Năm 2023';

const full = {
  'I.1': 'Triển khai thường xuyên', 'I.2': 'Có', 'I.3': 'Có', 'I.4': 'Có', 'I.5': 24,
  'II.1': 'Có', 'II.2': 'Có', 'II.3': 'Có', 'II.4': '100%', 'II.5': '100%', 'II.6': '100%', 'II.7': '100%', 'II.8': 'Có',
  'III.1': '100%', 'III.2': '92%', 'III.3': '75%', 'III.4': '100%',
  'IV.1': 4, 'IV.2': 4, 'IV.3': 8,
};

const evidenceFor = (values) =>
  Object.fromEntries(Object.keys(values).map((id, i) => [id, `Văn bản số ${100 + i}/BC ngày 15/11/2023`]));

// Fictional units ("minh họa"): any likeness to a real unit is coincidental.
const units = [
  { file: '01-ngan-hang-sen-hong.xlsx', unit: 'Ngân hàng Sen Hồng (minh họa)', category: 'Chi nhánh ngân hàng', self: { ...full, 'IV.3': 10 } },
  { file: '02-kho-bac-tram-chim.xlsx', unit: 'Kho bạc Tràm Chim (minh họa)', category: 'Cơ quan Trung ương đóng tại tỉnh',
    self: { ...full, 'I.1': 'trien khai thuong xuyen', 'I.5': '18 bài', 'II.4': '95,5%', 'III.2': 0.85, 'IV.3': 9 },
    appraised: { 'IV.1': 3, 'IV.3': 8 } },
  { file: '03-chi-cuc-thue-go-thap.xlsx', unit: 'Chi cục Thuế Gò Tháp (minh họa)', category: 'Cơ quan Trung ương đóng tại tỉnh',
    self: { ...full, 'I.2': 'co', 'I.3': 'x', 'II.7': '92%', 'III.3': 68, 'IV.1': 5, 'IV.3': 7 } },
  { file: '04-bao-hiem-xa-hoi-lang-sen.xlsx', unit: 'Bảo hiểm xã hội Láng Sen (minh họa)', category: 'Cơ quan Trung ương đóng tại tỉnh',
    self: { ...full, 'I.5': 15, 'II.4': '92%', 'II.7': '96%', 'III.3': '72%', 'IV.2': 5, 'IV.3': 7 } },
  { file: '05-cuc-thong-ke-xeo-quyt.xlsx', unit: 'Cục Thống kê Xẻo Quýt (minh họa)', category: 'Cơ quan Trung ương đóng tại tỉnh',
    self: { ...full, 'I.1': 'Triển khai ít nhất 2 lần/năm', 'II.4': '100%', 'II.7': '100%', 'III.2': '80%', 'IV.1': 5, 'IV.2': 5, 'IV.3': 6 } },
  { file: '06-kiem-toan-khu-vuc-phu-huu.xlsx', unit: 'Kiểm toán Phú Hữu (minh họa)', category: 'Cơ quan Trung ương đóng tại tỉnh',
    self: { ...full, 'I.4': 'Không', 'I.5': 12, 'II.4': '90%', 'III.1': '85%', 'III.2': '60%', 'IV.1': 3, 'IV.2': 3, 'IV.3': 5 } },
  { file: '07-ngan-hang-chinh-sach-an-long.xlsx', unit: 'Ngân hàng An Long (minh họa)', category: 'Chi nhánh ngân hàng',
    self: { ...full, 'II.6': '98%', 'III.3': 0.66, 'III.4': '92%', 'IV.1': 4, 'IV.2': 4, 'IV.3': 6 } },
  { file: '08-buu-dien-tan-thuan.xlsx', unit: 'Bưu điện Tân Thuận (minh họa)', category: 'Doanh nghiệp nhà nước',
    self: { ...full, 'I.3': 'Không', 'II.2': 'khong', 'II.4': '85%', 'II.7': '93,5%', 'III.1': '100%', 'III.2': '45%', 'IV.1': 2, 'IV.2': 3, 'IV.3': 4 } },
  { file: '09-dien-luc-my-hiep.xlsx', unit: 'Điện lực Mỹ Hiệp (minh họa)', category: 'Doanh nghiệp nhà nước',
    self: { ...full, 'I.5': 9, 'II.5': '97%', 'III.3': '55%', 'III.4': '88%', 'IV.1': 3, 'IV.2': 2, 'IV.3': 3 }, dropEvidence: ['II.5', 'III.3'] },
  { file: '10-vien-thong-binh-thanh.xlsx', unit: 'Viễn thông Bình Thạnh (minh họa)', category: 'Doanh nghiệp nhà nước',
    self: { ...full, 'I.1': 'Không triển khai', 'II.4': 95, 'II.7': '', 'III.2': '81%', 'III.4': '100%', 'IV.1': 4, 'IV.2': 4, 'IV.3': 7 } },
];

async function main() {
  const rubric = getRubric('ktd5-2023');
  fs.mkdirSync(OUT, { recursive: true });
  for (const u of units) {
    const template = await renderXlsx(templateWorkbook(rubric, { unit: u.unit, khoi: KHOI, period: KY, category: u.category }));
    const evidence = evidenceFor(u.self);
    for (const id of u.dropEvidence ?? []) delete evidence[id];
    const bytes = await fillDataSheet(template, { self: u.self, evidence, appraised: u.appraised ?? {} });
    fs.writeFileSync(path.join(OUT, u.file), bytes);
    console.log(`${u.file}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
