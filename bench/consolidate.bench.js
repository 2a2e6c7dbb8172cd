/**
 * The Khối's job at scale. Keys: consolidate_200_seconds (200 member workbooks consolidated end to
 * end by the `ktd5` command, output written), consolidate_200_vs_load_ratio (that time divided by
 * merely loading the same 200 files with exceljs in one process), consolidate_200_peak_rss_mb.
 * Goals on the 2-core machine: ≤ 5 s and ≤ 1.5.
 */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const { setInterval, clearInterval } = require('node:timers');
const ExcelJS = require('exceljs');
const { getRubric } = require('../lib/rubrics');
const { templateWorkbook } = require('../lib/workbook/layouts/data-sheet');
const { renderXlsx } = require('../lib/workbook/xlsx/render');
const { fillDataSheet } = require('../lib/workbook/xlsx/fill');

const UNITS = 200;

/** Resident memory of a process and all its descendants, in MB (Linux /proc; 0 where unreadable). */
function treeRssMb(pid) {
  let kb = 0;
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
      const children = fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      for (const child of children ? children.split(/\s+/) : []) kb += treeRssMb(Number(child)) * 1024;
    }
  } catch {
    // the process ended while we looked
  }
  return kb / 1024;
}

/** Runs the command, sampling the memory of its whole process tree (command and parser processes). */
function runMeasured(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let peak = 0;
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setInterval(() => (peak = Math.max(peak, treeRssMb(child.pid))), 25);
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({ status, stderr, peakMb: peak });
    });
  });
}

/** A deterministic spread of realistic answers, so runs are comparable. */
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

module.exports = {
  name: 'consolidate',
  async run(log) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ktd5-bench-'));
    try {
      const rubric = getRubric('ktd5-2023');
      const files = [];
      for (let k = 0; k < UNITS; k++) {
        const template = await renderXlsx(templateWorkbook(rubric, { unit: `Đơn vị thử ${k + 1}`, khoi: 'Khối thi đua 5', period: '2023' }));
        const file = path.join(dir, 'members', `don-vi-${String(k + 1).padStart(3, '0')}.xlsx`);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, await fillDataSheet(template, { self: valuesFor(k), appraised: k % 10 === 0 ? { 'IV.3': 5 } : {} }));
        files.push(file);
      }

      const bin = path.join(__dirname, '..', 'bin', 'ktd5.js');
      const out = path.join(dir, 'xep-hang.xlsx');
      const t0 = performance.now();
      const r = await runMeasured([bin, 'consolidate', path.join(dir, 'members'), '-o', out]);
      const seconds = (performance.now() - t0) / 1000;
      if (r.status !== 0 || !fs.existsSync(out)) throw new Error(`consolidate failed (${r.status}): ${String(r.stderr).slice(-500)}`);

      // The yardstick: the same files merely loaded by exceljs, one after another, in this process.
      const l0 = performance.now();
      for (const f of files) await new ExcelJS.Workbook().xlsx.load(fs.readFileSync(f));
      const loadSeconds = (performance.now() - l0) / 1000;

      const ratio = seconds / loadSeconds;
      log(`Tổng hợp ${UNITS} tệp (đầu cuối, có ghi kết quả): ${seconds.toFixed(2)} s (mục tiêu ≤ 5 s)`);
      log(`Chỉ nạp ${UNITS} tệp bằng exceljs: ${loadSeconds.toFixed(2)} s; tỉ lệ ${ratio.toFixed(2)} (mục tiêu ≤ 1,5)`);
      log(`Bộ nhớ đỉnh khi tổng hợp (lệnh và các tiến trình đọc tệp): ${Math.round(r.peakMb)} MB`);
      return {
        consolidate_200_seconds: Number(seconds.toFixed(3)),
        consolidate_200_vs_load_ratio: Number(ratio.toFixed(3)),
        consolidate_200_peak_rss_mb: Math.round(r.peakMb),
      };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
