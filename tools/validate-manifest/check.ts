/**
 * The offline manifest check: the XML is well-formed; the elements an Excel add-in with a shared runtime
 * needs are there, in the schema's order; every resid resolves to a resource of the right kind; resource
 * and control ids are unique; every URL is a well-formed https URL and, on the add-in's own origin, names
 * a file the build emits into dist/ (icons of the declared size, function metadata that parses); the
 * custom-functions namespace is KTD5; the SharedRuntime 1.1 requirement is set and the runtime page, the
 * function file and the custom-functions page are one long-lived page.
 */
import { checkResources } from './check-resources';
import { checkRuntime } from './check-runtime';
import { checkHosts, checkRoot, checkTexts, checkTopLevel, checkValues } from './check-top';
import { checkUrls } from './check-urls';
import { Context, type CheckOptions, type CheckResult } from './context';
import { parseXml, XmlError, type XmlElement } from './xml';

export function checkManifest(xmlText: string, options: CheckOptions = {}): CheckResult {
  let root: XmlElement;
  try {
    root = parseXml(xmlText);
  } catch (e) {
    if (!(e instanceof XmlError)) throw e;
    return { problems: [{ severity: 'error', code: 'xml.malformed', params: { line: e.line ?? '?', detail: e.message } }], info: { urls: [] } };
  }
  const ctx = new Context(root, options);
  if (checkRoot(ctx)) {
    checkTopLevel(ctx);
    checkValues(ctx);
    checkTexts(ctx);
    checkHosts(ctx);
    const resources = checkResources(ctx);
    const runtime = checkRuntime(ctx, resources);
    checkUrls(ctx, resources, runtime);
  }
  return { problems: ctx.problems, info: ctx.info };
}
