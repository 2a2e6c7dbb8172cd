/** The shared runtime: one long-lived page for the task pane, the functions and the commands; the KTD5 namespace. */
import { NAMESPACE, NS } from './constants';
import { type Context } from './context';
import { workbookHost } from './check-top';
import { type Resources } from './check-resources';
import { attr, kid, kids, walk, xsiType } from './tree';
import { type XmlElement } from './xml';

export interface Runtime {
  /** The custom functions' <ExtensionPoint>. */
  functions?: XmlElement;
  /** The task pane's default page (<DefaultSettings><SourceLocation>). */
  paneUrl?: string;
}

export function checkRuntime(ctx: Context, resources: Resources): Runtime {
  const voHost = workbookHost(ctx);
  const runtime = kid(kid(voHost, 'Runtimes', NS.ov), 'Runtime', NS.ov);
  const runtimeResid = attr(runtime, 'resid');
  if (voHost && !runtime) ctx.error('runtime.missing');
  else if (runtime && attr(runtime, 'lifetime') !== 'long') ctx.error('runtime.notLong');
  const mustBeRuntime = (el: XmlElement | undefined, what: string) => {
    const found = attr(el, 'resid');
    if (runtimeResid && found !== undefined && found !== runtimeResid) ctx.error('runtime.notShared', { what, expected: runtimeResid, found });
  };
  const cf = voHost ? [...walk(voHost)].map(([el]) => el).find((el) => el.local === 'ExtensionPoint' && xsiType(el) === 'CustomFunctions') : undefined;
  if (voHost && !cf) ctx.error('functions.missing');
  if (cf) {
    const where = 'ExtensionPoint xsi:type="CustomFunctions"';
    for (const name of ['Script', 'Page', 'Metadata']) {
      if (!kid(kid(cf, name, NS.ov), 'SourceLocation', NS.ov)) ctx.error('element.missing', { name: `${name}/SourceLocation`, in: where });
    }
    mustBeRuntime(kid(kid(cf, 'Page', NS.ov), 'SourceLocation', NS.ov), '<Page> (CustomFunctions)');
    const nsEl = kid(cf, 'Namespace', NS.ov);
    if (!nsEl) ctx.error('element.missing', { name: 'Namespace', in: where });
    else {
      const target = resources.targets.get(nsEl);
      const value = attr(target, 'DefaultValue');
      ctx.info.namespace = value;
      if (target && value !== NAMESPACE) ctx.error('functions.namespace', { value });
      for (const o of kids(target, 'Override', NS.bt)) if (attr(o, 'Value') !== NAMESPACE) ctx.error('functions.namespace', { value: attr(o, 'Value') });
    }
  }
  if (voHost) {
    for (const [el] of walk(voHost)) {
      if (el.local === 'FunctionFile') mustBeRuntime(el, '<FunctionFile>');
      if (el.local === 'Action' && xsiType(el) === 'ShowTaskpane') mustBeRuntime(kid(el, 'SourceLocation', NS.ov), '<Action xsi:type="ShowTaskpane">');
      if (el.local === 'Control' && xsiType(el) === 'Button') {
        const action = kid(el, 'Action', NS.ov);
        if (xsiType(action) === 'ExecuteFunction' && !kid(action, 'FunctionName', NS.ov)?.text.trim()) ctx.error('command.noFunction', { id: attr(el, 'id') });
      }
    }
  }
  const runtimeUrl = attr(runtime ? resources.targets.get(runtime) : undefined, 'DefaultValue');
  ctx.info.runtimeUrl = runtimeUrl;
  const paneUrl = attr(kid(kid(ctx.root, 'DefaultSettings', NS.officeApp), 'SourceLocation', NS.officeApp), 'DefaultValue');
  if (runtimeUrl && paneUrl && runtimeUrl !== paneUrl) ctx.error('runtime.pageMismatch', { pane: paneUrl, runtime: runtimeUrl });
  return { functions: cf, paneUrl };
}
