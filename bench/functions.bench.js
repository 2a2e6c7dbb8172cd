/**
 * Custom-function figures. Key: functions_overhead_ratio — the time to score the same 100,000 values
 * through the registered KTD5.SCORE (dist/functions.js loaded in a bare `vm` context, as the tests
 * load it) divided by the time of the engine called directly (lib/, criterion looked up by id).
 * Goal ≤ 1.5. Builds dist/ first when it is missing or older than its sources.
 */
const { performance } = require('node:perf_hooks');
const { formatNumber, scoreCriterion } = require('../lib/engine');
const { getRubric } = require('../lib/rubrics');
const { ensureBuilt, loadFunctions } = require('../tools/load-functions.js');

const N = 100000;
const ROUNDS = 7;

// Values as Excel hands them to SCORE: fractions from percent-formatted cells, typed text, booleans,
// choices without diacritics, counts, manual points; all valid (errors are not the common case).
const samples = {
  choice: ['Triển khai thường xuyên', 'trien khai it nhat 2 lan/nam', 'Không triển khai'],
  bool: ['Có', 'co', 'x', 'Không', true, false],
  count: [25, '12', 9, 20],
  percent: [1, 0.95, '95%', '92,5%', 0.8999999999999999, '100%', 0.5, 0.85],
  manual: [5, '4,5', 3, 0, 2.5],
};

function workload(rubric) {
  const ids = [];
  const values = [];
  for (let i = 0; i < N; i++) {
    const c = rubric.criteria[(i * 7) % rubric.criteria.length];
    const list = samples[c.kind];
    ids.push(c.id);
    values.push(list[(i * 13) % list.length]);
  }
  return { ids, values };
}

function time(fn) {
  const start = performance.now();
  const checksum = fn();
  return { ms: performance.now() - start, checksum };
}

/** Runs the figures; returns the keys and prints human lines through `log`. */
async function run(log) {
  try {
    if (ensureBuilt()) log('Đã dựng lại dist/ (webpack) trước khi đo.');
  } catch (e) {
    log(`Không dựng được dist/: ${e.message}`);
    return {};
  }
  const rubric = getRubric('ktd5-2023');
  const { associated } = loadFunctions();
  const SCORE = associated.get('SCORE');
  const { ids, values } = workload(rubric);

  const engine = () => {
    let sum = 0;
    for (let i = 0; i < N; i++) sum += scoreCriterion(rubric.byId.get(ids[i]), values[i]).points;
    return sum;
  };
  const viaFunction = () => {
    let sum = 0;
    for (let i = 0; i < N; i++) sum += SCORE(ids[i], values[i]);
    return sum;
  };

  // warm up both paths, and check they agree
  const expected = engine();
  if (viaFunction() !== expected) throw new Error('KTD5.SCORE and the engine disagree on the benchmark values');
  let bestEngine = Infinity;
  let bestFunction = Infinity;
  for (let r = 0; r < ROUNDS; r++) {
    bestEngine = Math.min(bestEngine, time(engine).ms);
    bestFunction = Math.min(bestFunction, time(viaFunction).ms);
  }
  const ratio = bestFunction / bestEngine;
  const result = { functions_overhead_ratio: Math.round(ratio * 100) / 100 };
  log(`100.000 giá trị: bộ máy trực tiếp ${formatNumber(bestEngine, 'vi', 1)} ms, qua KTD5.SCORE đã đăng ký ${formatNumber(bestFunction, 'vi', 1)} ms`);
  log(`Tỷ lệ chi phí của hàm tùy chỉnh: ${formatNumber(result.functions_overhead_ratio, 'vi', 2)} (mục tiêu ≤ 1,5)`);
  return result;
}

module.exports = { name: 'functions', run };
