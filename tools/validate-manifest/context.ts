/** What the checks share: the parsed manifest's main elements, the problems found so far, the facts gathered. */
import { type Params, type Problem, type ProblemCode, type Severity } from './messages';
import { type XmlElement } from './xml';

export interface CheckOptions {
  /** The build's output, to resolve URLs against; URLs are not resolved when undefined. */
  distDir?: string;
  /** package.json's version, which <Version> must carry. */
  version?: string;
}

export interface ManifestInfo {
  id?: string;
  namespace?: string;
  origin?: string;
  basePath?: string;
  /** Every well-formed https URL of the manifest. */
  urls: string[];
  runtimeUrl?: string;
}

export interface CheckResult {
  problems: Problem[];
  info: ManifestInfo;
}

export class Context {
  readonly problems: Problem[] = [];
  readonly info: ManifestInfo = { urls: [] };

  constructor(
    readonly root: XmlElement,
    readonly options: CheckOptions,
  ) {}

  add(severity: Severity, code: ProblemCode, params: Params = {}): void {
    this.problems.push({ severity, code, params });
  }

  error(code: ProblemCode, params?: Params): void {
    this.add('error', code, params);
  }

  /** A text over Excel's limit, counted in characters (code points). */
  lengthLimit(what: string, max: number, value: string | undefined): void {
    if (value !== undefined && [...value].length > max) this.error('value.tooLong', { what, length: [...value].length, max });
  }
}
