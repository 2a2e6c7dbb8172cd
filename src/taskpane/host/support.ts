/**
 * Whether this Office host can run the pane: Excel, with every requirement set the manifest declares
 * (the build passes manifest.xml's <Requirements> in as __KTD5_REQUIREMENTS__, one source for the
 * fact). Where it cannot (another Office application, an older Excel reached by a direct link), the
 * pane says so with the alternatives instead of failing blank.
 */

export interface RequirementSet {
  name: string;
  version: string;
}

/** The part of Office.context.requirements used here. */
export interface RequirementsLike {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export type Support = { ok: true } | { ok: false; host: string; missing: RequirementSet[] };

declare const __KTD5_REQUIREMENTS__: RequirementSet[] | undefined;

/** The sets manifest.xml declares (empty where the build did not provide them, as in unit tests). */
export const MANIFEST_REQUIREMENTS: RequirementSet[] = typeof __KTD5_REQUIREMENTS__ !== 'undefined' ? __KTD5_REQUIREMENTS__ : [];

export function hostSupport(host: string, requirements: RequirementsLike | undefined, needed: RequirementSet[] = MANIFEST_REQUIREMENTS): Support {
  const isExcel = host === 'Excel';
  const missing = needed.filter((s) => {
    try {
      return !requirements || !requirements.isSetSupported(s.name, s.version);
    } catch {
      return true;
    }
  });
  return isExcel && missing.length === 0 ? { ok: true } : { ok: false, host, missing };
}
