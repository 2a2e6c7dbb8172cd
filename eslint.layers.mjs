/**
 * The layers of src/, enforced: engine ← rubrics ← workbook ← {cli, functions, taskpane, commands}.
 * Each folder lists what it may not import; a planted import fails `npm run lint` (test/lint/layers.test.ts).
 */
// A relative import with a path segment naming the layer ('../workbook/spec', '../../src/taskpane/x').
const ours = (folder) => ({ regex: `^\\.{1,2}/(.*/)?(${folder})(/|$)`, message: `this layer may not import src/${folder}` });
const NODE = { regex: '^(node:|(fs|path|os|child_process|worker_threads|crypto|zlib|stream|http|https|net|url|util)(/|$))', message: 'the engine and the rubrics do no I/O: no Node modules' };
const HOSTS = { regex: '^(exceljs|react|react-dom|@fluentui/.*|@microsoft/office-js|office-js|fflate)(/|$)', message: 'the engine and the rubrics know no host, file format or UI library' };
const FACES = ['cli', 'functions', 'taskpane', 'commands'];

function restrict(files, patterns) {
  return { files, rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

export const layers = [
  restrict(['src/engine/**'], [ours('rubrics|workbook|' + FACES.join('|')), NODE, HOSTS]),
  restrict(['src/rubrics/**'], [ours('workbook|' + FACES.join('|')), NODE, HOSTS]),
  restrict(['src/workbook/**'], [ours(FACES.join('|'))]),
  ...FACES.map((face) => restrict([`src/${face}/**`], [ours(FACES.filter((f) => f !== face).join('|'))])),
];
