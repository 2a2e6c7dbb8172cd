/**
 * The Khối's job at scale, held against the floor and the peer, in the same run on the same 200
 * member workbooks (made here by our own template: bench/lib/members.js):
 *   floor        each file read, unzipped and one SAX pass over its sheets and shared strings, in
 *                this process (bench/lib/floor.js): the least work any reader must do;
 *   ours         `ktd5 consolidate` end to end (a fresh process, parser processes, output written);
 *   LibreOffice  `soffice --headless --convert-to csv` of the same files, when soffice is installed.
 * The floor and ours run ROUNDS times, interleaved, and their medians are compared, because the machine
 * may be shared; LibreOffice runs once, after one untimed conversion that creates its profile.
 * Keys: consolidate_200_seconds (median of ours), consolidate_200_vs_floor_ratio (goal ≤ 2.5),
 * consolidate_200_libreoffice_ratio (LibreOffice ÷ ours; goal ≥ 6; null without soffice),
 * consolidate_200_peak_rss_mb (ours, command and parser processes together, highest round; goal ≤ 600),
 * consolidate_200_floor_seconds (median of the floor), consolidate_200_cpu_seconds and
 * consolidate_200_floor_cpu_seconds (CPU time over all cores, medians: on a shared machine they say
 * how much work each does, where wall time also says how busy the machine was).
 */
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const { setInterval, clearInterval } = require('node:timers');
const { makeMembers } = require('./lib/members');
const { readFloor } = require('./lib/floor');
const { formatNumber } = require('../lib/engine');

const UNITS = 200;
const ROUNDS = 5;

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/**
 * Resident memory of a process and all its descendants, in MB (Linux /proc; 0 where unreadable).
 * Also notes the CPU time so far of each process of the tree in `cpuByPid`: the command kills its
 * parser processes without waiting for them, so their CPU time may never reach the command's own
 * children's total, or reach it only sometimes.
 */
function sampleTree(pid, cpuByPid) {
  let kb = 0;
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[11], fields[12]: utime, stime in clock ticks
    cpuByPid.set(pid, (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND);
    for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
      const children = fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      for (const child of children ? children.split(/\s+/) : []) kb += sampleTree(Number(child), cpuByPid) * 1024;
    }
  } catch {
    // the process ended while we looked
  }
  return kb / 1024;
}

/**
 * Runs a command, timing it and sampling the memory of its whole process tree; `treeCpu` is the CPU
 * time of the command and every process it started, as last sampled (every 25 ms: a little short).
 */
function runMeasured(command, args) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let peak = 0;
    const cpuByPid = new Map();
    const sum = () => [...cpuByPid.values()].reduce((a, b) => a + b, 0);
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setInterval(() => (peak = Math.max(peak, sampleTree(child.pid, cpuByPid))), 25);
    child.on('error', (error) => {
      clearInterval(timer);
      resolve({ status: null, stderr: String(error), peakMb: peak, seconds: 0, treeCpu: 0 });
    });
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({ status, stderr, peakMb: peak, seconds: (performance.now() - t0) / 1000, treeCpu: sum() });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round3 = (x) => Number(x.toFixed(3));
/** A figure as the Vietnamese lines show it (decimal comma), by the project's one number formatter. */
const vi = (x, decimals = 2) => formatNumber(x, 'vi', decimals);

function hasSoffice() {
  return spawnSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 }).status === 0;
}

/** LibreOffice converting the files to CSV, in one soffice run with a profile of its own. */
async function libreOffice(dir, files) {
  const profile = `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`;
  const args = (outdir, inputs) => [profile, '--headless', '--norestore', '--convert-to', 'csv', '--outdir', outdir, ...inputs];
  // Untimed: the first start creates the profile, which a user pays once, not per season.
  await runMeasured('soffice', args(path.join(dir, 'lo-warm'), [files[0]]));
  const out = path.join(dir, 'lo-csv');
  const r = await runMeasured('soffice', args(out, files));
  const converted = fs.existsSync(out) ? fs.readdirSync(out).filter((f) => f.endsWith('.csv')).length : 0;
  if (r.status !== 0 || converted !== files.length) throw new Error(`LibreOffice converted ${converted}/${files.length} (${r.status}): ${r.stderr.slice(-300)}`);
  return r.seconds;
}

module.exports = {
  name: 'consolidate',
  async run(log) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ktd5-bench-'));
    try {
      const members = path.join(dir, 'members');
      const files = await makeMembers(members, UNITS);
      const bin = path.join(__dirname, '..', 'bin', 'ktd5.js');

      const floor = [];
      const floorCpu = [];
      const ours = [];
      const oursCpu = [];
      let peakMb = 0;
      for (let k = 0; k < ROUNDS; k++) {
        const f0 = performance.now();
        const c0 = process.cpuUsage();
        readFloor(files);
        const c1 = process.cpuUsage(c0);
        floor.push((performance.now() - f0) / 1000);
        floorCpu.push((c1.user + c1.system) / 1e6);

        const out = path.join(dir, `xep-hang-${k}.xlsx`);
        const r = await runMeasured(process.execPath, [bin, 'consolidate', members, '-o', out]);
        oursCpu.push(r.treeCpu);
        if (r.status !== 0 || !fs.existsSync(out)) throw new Error(`consolidate failed (${r.status}): ${String(r.stderr).slice(-500)}`);
        ours.push(r.seconds);
        peakMb = Math.max(peakMb, r.peakMb);
      }
      const seconds = median(ours);
      const floorSeconds = median(floor);
      const ratio = seconds / floorSeconds;
      const fmt = (xs) => xs.map((x) => vi(x)).join('; ');
      log(`Sàn (đọc, giải nén, một lượt SAX qua các trang và chuỗi dùng chung; ${UNITS} tệp, một tiến trình): ${fmt(floor)} s`);
      log(`Tổng hợp ${UNITS} tệp bằng \`ktd5 consolidate\` (đầu cuối, có ghi kết quả): ${fmt(ours)} s`);
      log(`Thời gian CPU (mọi lõi): sàn ${fmt(floorCpu)} s; tổng hợp ${fmt(oursCpu)} s (lệnh và các tiến trình đọc tệp)`);
      log(`Trung vị ${ROUNDS} lượt: ${vi(seconds)} s; so với sàn ${vi(ratio)} (mục tiêu ≤ 2,5)`);
      log(`Bộ nhớ đỉnh khi tổng hợp (lệnh và các tiến trình đọc tệp): ${Math.round(peakMb)} MB (mục tiêu ≤ 600)`);

      let loRatio = null;
      if (hasSoffice()) {
        const lo = await libreOffice(dir, files);
        loRatio = lo / seconds;
        log(`LibreOffice chỉ chuyển ${UNITS} tệp sang CSV: ${vi(lo)} s; gấp ${vi(loRatio)} lần (mục tiêu ≥ 6)`);
      } else {
        log('Không có soffice: bỏ qua phép so với LibreOffice');
      }
      return {
        consolidate_200_seconds: round3(seconds),
        consolidate_200_floor_seconds: round3(floorSeconds),
        consolidate_200_vs_floor_ratio: round3(ratio),
        consolidate_200_libreoffice_ratio: loRatio === null ? null : round3(loRatio),
        consolidate_200_peak_rss_mb: Math.round(peakMb),
        consolidate_200_cpu_seconds: round3(median(oursCpu)),
        consolidate_200_floor_cpu_seconds: round3(median(floorCpu)),
      };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
