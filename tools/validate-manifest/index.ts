/**
 * Checks manifest.xml: first offline (pure Node, no network), then with Microsoft's online validation
 * service when it can be reached. `npm run validate` runs it (scripts/validate-manifest.js);
 * scripts/package-addin.js and the tests call checkManifest directly.
 */
export { checkManifest } from './check';
export type { CheckOptions, CheckResult, ManifestInfo } from './context';
export { NAMESPACE } from './constants';
export { formatProblem, type Lang, type Problem, type ProblemCode, type Severity } from './messages';
export { main, readArgs, type Args } from './cli';
export { validateOnline, type OnlineResult } from './online';
export { parseXml, XmlError, type XmlAttr, type XmlElement } from './xml';
