/**
 * Engine figures. Keys: engine_scores_per_second (criterion scorings per second, ktd5-2023, mixed
 * realistic values), engine_10k_units_ms (score 10,000 units end to end, self and appraised values).
 */
const { performance } = require('node:perf_hooks');
const { formatNumber, scoreCriterion, scoreUnit } = require('../lib/engine');
const { getRubric } = require('../lib/rubrics');

const rubric = getRubric('ktd5-2023');

// Values as units type them: fractions, "95%" and "92,5%" text, bare percent points, Có/co/x,
// choices without diacritics, counts, manual points with a decimal comma, and some blanks.
const samples = {
  choice: ['Triển khai thường xuyên', 'trien khai it nhat 2 lan/nam', 'Không triển khai'],
  bool: ['Có', 'co', 'x', 'Không', true, ''],
  count: [25, '12', 9, '20 bài'],
  percent: [1, 0.95, '95%', '92,5%', 88, 0.8999999999999999, '100%', 0.5],
  manual: [5, '4,5', 3, 10, ''],
};

function valueFor(criterion, i) {
  const list = samples[criterion.kind];
  const v = list[i % list.length];
  return criterion.kind === 'manual' && typeof v === 'number' ? Math.min(v, criterion.max) : v;
}

function unitInput(u) {
  const self = {};
  const appraised = {};
  rubric.criteria.forEach((c, i) => {
    self[c.id] = valueFor(c, u + i);
    if ((u + i) % 7 === 0) appraised[c.id] = valueFor(c, u + i + 1);
  });
  return { self, appraised };
}

function measureScoresPerSecond() {
  const criteria = rubric.criteria;
  const pairs = [];
  for (let i = 0; i < 4096; i++) {
    const c = criteria[i % criteria.length];
    pairs.push([c, valueFor(c, i * 31 + 7)]);
  }
  let checksum = 0;
  for (let i = 0; i < 200000; i++) checksum += scoreCriterion(...pairs[i & 4095]).points; // warm up
  const n = 2000000;
  const start = performance.now();
  for (let i = 0; i < n; i++) checksum += scoreCriterion(...pairs[i & 4095]).points;
  const seconds = (performance.now() - start) / 1000;
  return { perSecond: n / seconds, checksum };
}

function measureTenThousandUnits() {
  const inputs = Array.from({ length: 10000 }, (_, u) => unitInput(u));
  for (let u = 0; u < 1000; u++) scoreUnit(rubric, inputs[u]); // warm up
  const start = performance.now();
  let total = 0;
  for (const input of inputs) total += scoreUnit(rubric, input).total;
  return { ms: performance.now() - start, total };
}

/** Runs the engine figures; returns the keys and prints human lines through `log`. */
async function run(log) {
  const scores = measureScoresPerSecond();
  const units = measureTenThousandUnits();
  const result = {
    engine_scores_per_second: Math.round(scores.perSecond),
    engine_10k_units_ms: Math.round(units.ms * 10) / 10,
  };
  log(`Chấm tiêu chí (ktd5-2023, giá trị hỗn hợp): ${formatNumber(result.engine_scores_per_second)} lượt/giây (mục tiêu ≥ 1.000.000)`);
  log(`Chấm 10.000 đơn vị (tự chấm và thẩm định): ${formatNumber(result.engine_10k_units_ms, 'vi', 1)} ms (mục tiêu ≤ 1.000 ms)`);
  return result;
}

module.exports = { name: 'engine', run };
