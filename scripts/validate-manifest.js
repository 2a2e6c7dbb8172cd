#!/usr/bin/env node
/**
 * Checks manifest.xml: first offline (this file, pure Node, no network), then with Microsoft's online
 * validation service (`office-addin-manifest validate`) when it can be reached.
 *
 *   npm run validate                       offline check, then online (an unreachable service is a notice)
 *   node scripts/validate-manifest.js [manifest.xml] [--offline] [--dist DIR] [--no-build] [--lang en]
 *   npm run validate -- dist/manifest.xml  a built manifest (e.g. `--env origin=…`), against its own folder
 *
 * The offline check: the XML is well-formed; the elements an Excel add-in with a shared runtime needs
 * are there, in the schema's order; every resid resolves to a resource of the right kind; resource and
 * control ids are unique; every URL is a well-formed https URL and, on the add-in's own origin, names
 * a file the build emits into dist/ (icons of the declared size, function metadata that parses); the
 * custom-functions namespace is KTD5; the SharedRuntime 1.1 requirement is set and the runtime page,
 * the function file and the custom-functions page are one long-lived page.
 * Exit codes: 0 valid (or only the online service was unreachable), 1 problems found, 2 usage error.
 * Tests call `checkManifest` directly (test/functions/manifest.test.ts).
 */
const fs = require('node:fs');
const path = require('node:path');
const { setTimeout, clearTimeout } = require('node:timers');
const { URL } = require('node:url');

const ROOT = path.resolve(__dirname, '..');

const NS = {
  officeApp: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  ov: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  xml: 'http://www.w3.org/XML/1998/namespace',
  xmlns: 'http://www.w3.org/2000/xmlns/',
};

const NAMESPACE = 'KTD5';

// ---- a small strict XML parser (well-formedness and namespaces; no DTDs) ----------------------

class XmlError extends Error {
  constructor(message, line) {
    super(message);
    this.line = line;
  }
}

const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;
const PREDEFINED = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function lineAt(text, pos) {
  let line = 1;
  for (let i = 0; i < pos && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Replaces the entity and character references of text or an attribute value; any other `&` is an error. */
function decode(raw, where) {
  return raw.replace(/&([^;&\s<]*);?/g, (whole, ref) => {
    if (!whole.endsWith(';')) throw new XmlError(`"&" not followed by a reference${where}`);
    if (ref in PREDEFINED) return PREDEFINED[ref];
    const m = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(ref);
    if (!m) throw new XmlError(`unknown entity &${ref};${where}`);
    const code = m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2], 10);
    if (code === 0 || code > 0x10ffff) throw new XmlError(`invalid character reference &${ref};${where}`);
    return String.fromCodePoint(code);
  });
}

/**
 * Parses an XML document into elements { name, prefix, local, ns, attrs: [{ name, prefix, local, ns,
 * value }], children, text, line }. Throws XmlError (with a line number) if it is not well-formed.
 */
function parseXml(input) {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let pos = 0;
  const stack = [];
  let root;
  const fail = (message, at = pos) => {
    throw new XmlError(message, lineAt(text, at));
  };

  if (text.startsWith('<?xml')) {
    const end = text.indexOf('?>');
    if (end < 0) fail('unterminated XML declaration');
    const decl = text.slice(5, end);
    if (!/^\s+version\s*=\s*(["'])1\.[0-9]+\1(\s+encoding\s*=\s*(["'])[A-Za-z][\w.-]*\3)?(\s+standalone\s*=\s*(["'])(yes|no)\5)?\s*$/.test(decl)) {
      fail('malformed XML declaration');
    }
    pos = end + 2;
  }

  while (pos < text.length) {
    if (text.startsWith('<!--', pos)) {
      const end = text.indexOf('-->', pos + 4);
      if (end < 0) fail('unterminated comment');
      if (text.slice(pos + 4, end).includes('--')) fail('"--" inside a comment');
      pos = end + 3;
    } else if (text.startsWith('<![CDATA[', pos)) {
      if (stack.length === 0) fail('CDATA outside the root element');
      const end = text.indexOf(']]>', pos);
      if (end < 0) fail('unterminated CDATA section');
      stack[stack.length - 1].text += text.slice(pos + 9, end);
      pos = end + 3;
    } else if (text.startsWith('<!', pos)) {
      fail('DOCTYPE and other declarations are not allowed in a manifest');
    } else if (text.startsWith('<?', pos)) {
      const end = text.indexOf('?>', pos);
      if (end < 0) fail('unterminated processing instruction');
      if (/^xml(\s|$)/i.test(text.slice(pos + 2, end))) fail('XML declaration not at the start of the file');
      pos = end + 2;
    } else if (text.startsWith('</', pos)) {
      const m = /^<\/([^\s>]+)\s*>/.exec(text.slice(pos, pos + 300));
      if (!m) fail('malformed end tag');
      const open = stack.pop();
      if (!open) fail(`end tag </${m[1]}> without a start tag`);
      if (open.name !== m[1]) fail(`end tag </${m[1]}> does not match <${open.name}> (line ${open.line})`);
      pos += m[0].length;
    } else if (text[pos] === '<') {
      const start = pos;
      const line = lineAt(text, start);
      pos++;
      const nameMatch = /^[^\s/>]+/.exec(text.slice(pos, pos + 300));
      if (!nameMatch || !NAME.test(nameMatch[0])) fail('malformed start tag');
      const el = { name: nameMatch[0], attrs: [], children: [], text: '', line };
      pos += nameMatch[0].length;
      let selfClosing = false;
      for (;;) {
        const ws = /^\s*/.exec(text.slice(pos, pos + 1000))[0];
        pos += ws.length;
        if (text.startsWith('/>', pos)) {
          selfClosing = true;
          pos += 2;
          break;
        }
        if (text[pos] === '>') {
          pos++;
          break;
        }
        if (pos >= text.length) fail(`unterminated start tag <${el.name}>`, start);
        if (ws.length === 0) fail(`missing space before an attribute in <${el.name}>`);
        const a = /^([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(text.slice(pos));
        if (!a || !NAME.test(a[1])) fail(`malformed attribute in <${el.name}>`);
        const raw = a[2] !== undefined ? a[2] : a[3];
        if (raw.includes('<')) fail(`"<" in the value of attribute ${a[1]}`);
        if (el.attrs.some((x) => x.name === a[1])) fail(`attribute ${a[1]} twice in <${el.name}>`);
        let value;
        try {
          value = decode(raw, ` in attribute ${a[1]}`);
        } catch (e) {
          fail(e.message);
        }
        el.attrs.push({ name: a[1], value });
        pos += a[0].length;
      }
      if (stack.length > 0) stack[stack.length - 1].children.push(el);
      else if (root) fail('more than one root element', start);
      else root = el;
      if (!selfClosing) stack.push(el);
    } else {
      const end = text.indexOf('<', pos);
      const chunk = text.slice(pos, end < 0 ? text.length : end);
      if (stack.length === 0) {
        if (chunk.trim() !== '') fail('text outside the root element');
      } else {
        if (chunk.includes(']]>')) fail('"]]>" in text');
        try {
          stack[stack.length - 1].text += decode(chunk, '');
        } catch (e) {
          fail(e.message);
        }
      }
      pos = end < 0 ? text.length : end;
    }
  }
  if (stack.length > 0) fail(`<${stack[stack.length - 1].name}> (line ${stack[stack.length - 1].line}) is never closed`);
  if (!root) fail('no root element');
  resolveNamespaces(root, { xml: NS.xml });
  return root;
}

function resolveNamespaces(el, inherited) {
  const scope = { ...inherited };
  for (const a of el.attrs) {
    if (a.name === 'xmlns') scope[''] = a.value;
    else if (a.name.startsWith('xmlns:')) {
      if (a.value === '') throw new XmlError(`empty namespace for prefix ${a.name.slice(6)}`, el.line);
      scope[a.name.slice(6)] = a.value;
    }
  }
  const split = (qname) => (qname.includes(':') ? qname.split(':') : ['', qname]);
  [el.prefix, el.local] = split(el.name);
  el.ns = scope[el.prefix];
  if (el.prefix && el.ns === undefined) throw new XmlError(`undeclared namespace prefix "${el.prefix}" in <${el.name}>`, el.line);
  const seen = new Set();
  for (const a of el.attrs) {
    [a.prefix, a.local] = split(a.name);
    if (a.name === 'xmlns' || a.prefix === 'xmlns') a.ns = NS.xmlns;
    else if (a.prefix) {
      a.ns = scope[a.prefix];
      if (a.ns === undefined) throw new XmlError(`undeclared namespace prefix "${a.prefix}" in attribute ${a.name}`, el.line);
    } else a.ns = '';
    const key = `${a.ns}|${a.local}`;
    if (seen.has(key)) throw new XmlError(`attribute ${a.name} twice in <${el.name}> (same namespace)`, el.line);
    seen.add(key);
  }
  for (const c of el.children) resolveNamespaces(c, scope);
}

// ---- tree helpers -----------------------------------------------------------------------------

const attr = (el, local, ns = '') => el?.attrs.find((a) => a.local === local && a.ns === ns)?.value;
const xsiType = (el) => {
  const v = attr(el, 'type', NS.xsi);
  return v === undefined ? undefined : v.includes(':') ? v.split(':')[1] : v;
};
const kids = (el, local, ns) => (el ? el.children.filter((c) => c.local === local && (ns === undefined || c.ns === ns)) : []);
const kid = (el, local, ns) => kids(el, local, ns)[0];
function* walk(el, parents = []) {
  yield [el, parents];
  for (const c of el.children) yield* walk(c, [...parents, el]);
}

// ---- messages ---------------------------------------------------------------------------------

const MESSAGES = {
  'xml.malformed': {
    vi: (p) => `Tệp không phải XML hợp lệ (dòng ${p.line}): ${p.detail}.`,
    en: (p) => `Not well-formed XML (line ${p.line}): ${p.detail}.`,
  },
  'root.wrong': {
    vi: (p) => `Phần tử gốc phải là <OfficeApp> (xsi:type="TaskPaneApp") trong namespace ${NS.officeApp}; gặp <${p.name}>.`,
    en: (p) => `The root must be <OfficeApp> (xsi:type="TaskPaneApp") in namespace ${NS.officeApp}; found <${p.name}>.`,
  },
  'element.missing': {
    vi: (p) => `Thiếu phần tử bắt buộc <${p.name}>${p.in ? ` trong <${p.in}>` : ''}.`,
    en: (p) => `Required element <${p.name}>${p.in ? ` in <${p.in}>` : ''} is missing.`,
  },
  'element.order': {
    vi: (p) => `<${p.name}> phải đứng trước <${p.before}> (thứ tự theo lược đồ manifest).`,
    en: (p) => `<${p.name}> must come before <${p.before}> (the manifest schema's order).`,
  },
  'element.unknown': {
    vi: (p) => `Phần tử <${p.name}> không thuộc lược đồ của <OfficeApp>.`,
    en: (p) => `<${p.name}> is not an element of <OfficeApp>.`,
  },
  'value.id': {
    vi: (p) => `<Id> phải là một GUID; gặp "${p.value}".`,
    en: (p) => `<Id> must be a GUID; found "${p.value}".`,
  },
  'value.version': {
    vi: (p) => `<Version> "${p.value}" phải có dạng n.n.n.n và khớp phiên bản ${p.expected} của package.json.`,
    en: (p) => `<Version> "${p.value}" must be n.n.n.n and match package.json's version ${p.expected}.`,
  },
  'value.empty': {
    vi: (p) => `<${p.name}> không được để trống.`,
    en: (p) => `<${p.name}> must not be empty.`,
  },
  'value.tooLong': {
    vi: (p) => `${p.what} dài ${p.length} ký tự, quá giới hạn ${p.max}.`,
    en: (p) => `${p.what} is ${p.length} characters long, over the limit of ${p.max}.`,
  },
  'value.locale': {
    vi: (p) => `Mã ngôn ngữ "${p.value}" không hợp lệ (ví dụ vi-VN, en-US).`,
    en: (p) => `"${p.value}" is not a locale (e.g. vi-VN, en-US).`,
  },
  'value.duplicateLocale': {
    vi: (p) => `Ngôn ngữ ${p.locale} được ghi đè hai lần trong <${p.in}>.`,
    en: (p) => `Locale ${p.locale} is overridden twice in <${p.in}>.`,
  },
  'value.permissions': {
    vi: (p) => `<Permissions> "${p.value}" không hợp lệ.`,
    en: (p) => `<Permissions> "${p.value}" is not a permission level.`,
  },
  'host.workbook': {
    vi: () => 'Add-in phải khai báo host Workbook (Excel) ở cả <Hosts> và <VersionOverrides>.',
    en: () => 'The add-in must declare the Workbook (Excel) host in both <Hosts> and <VersionOverrides>.',
  },
  'runtime.sharedRequirement': {
    vi: () => 'Thiếu yêu cầu <Set Name="SharedRuntime" MinVersion="1.1"/> trong <Requirements>.',
    en: () => 'Missing the <Set Name="SharedRuntime" MinVersion="1.1"/> requirement in <Requirements>.',
  },
  'runtime.missing': {
    vi: () => 'Thiếu <Runtimes><Runtime resid="…" lifetime="long"/></Runtimes>: cần một runtime dùng chung, sống lâu.',
    en: () => 'Missing <Runtimes><Runtime resid="…" lifetime="long"/></Runtimes>: a long-lived shared runtime is needed.',
  },
  'runtime.notLong': {
    vi: () => 'Runtime dùng chung phải có lifetime="long".',
    en: () => 'The shared runtime must have lifetime="long".',
  },
  'runtime.notShared': {
    vi: (p) => `${p.what} phải dùng đúng trang runtime dùng chung (resid "${p.expected}"), không phải "${p.found}".`,
    en: (p) => `${p.what} must use the shared runtime page (resid "${p.expected}"), not "${p.found}".`,
  },
  'runtime.pageMismatch': {
    vi: (p) => `Trang ngăn tác vụ mặc định ${p.pane} phải là trang runtime dùng chung ${p.runtime}.`,
    en: (p) => `The default task pane page ${p.pane} must be the shared runtime page ${p.runtime}.`,
  },
  'functions.missing': {
    vi: () => 'Thiếu <ExtensionPoint xsi:type="CustomFunctions"> (Script, Page, Metadata, Namespace).',
    en: () => 'Missing <ExtensionPoint xsi:type="CustomFunctions"> (Script, Page, Metadata, Namespace).',
  },
  'functions.namespace': {
    vi: (p) => `Namespace của hàm tùy chỉnh phải là ${NAMESPACE}; gặp "${p.value}".`,
    en: (p) => `The custom functions namespace must be ${NAMESPACE}; found "${p.value}".`,
  },
  'functions.metadata': {
    vi: (p) => `Tệp mô tả hàm ${p.file} không đọc được: ${p.detail}.`,
    en: (p) => `Function metadata ${p.file} cannot be read: ${p.detail}.`,
  },
  'functions.metadataMismatch': {
    vi: (p) => `Tệp mô tả hàm ${p.file} không cùng danh sách hàm với ${p.base}.`,
    en: (p) => `Function metadata ${p.file} does not list the same functions as ${p.base}.`,
  },
  'resid.unknown': {
    vi: (p) => `resid "${p.resid}" (trong <${p.in}>, dòng ${p.line}) không có trong <Resources>/${p.kind}.`,
    en: (p) => `resid "${p.resid}" (in <${p.in}>, line ${p.line}) is not in <Resources>/${p.kind}.`,
  },
  'resid.tooLong': {
    vi: (p) => `resid "${p.resid}" dài hơn 32 ký tự.`,
    en: (p) => `resid "${p.resid}" is longer than 32 characters.`,
  },
  'resource.unused': {
    vi: (p) => `Tài nguyên "${p.id}" không được dùng ở đâu.`,
    en: (p) => `Resource "${p.id}" is never used.`,
  },
  'resource.noValue': {
    vi: (p) => `Tài nguyên "${p.id}" thiếu DefaultValue.`,
    en: (p) => `Resource "${p.id}" has no DefaultValue.`,
  },
  'id.duplicate': {
    vi: (p) => `id "${p.id}" xuất hiện ${p.count} lần (dòng ${p.lines}).`,
    en: (p) => `id "${p.id}" appears ${p.count} times (lines ${p.lines}).`,
  },
  'id.missing': {
    vi: (p) => `<${p.name}> (dòng ${p.line}) thiếu thuộc tính id.`,
    en: (p) => `<${p.name}> (line ${p.line}) has no id attribute.`,
  },
  'command.noFunction': {
    vi: (p) => `Nút ${p.id} gọi hàm nhưng thiếu <FunctionName>.`,
    en: (p) => `Button ${p.id} runs a function but has no <FunctionName>.`,
  },
  'url.malformed': {
    vi: (p) => `URL "${p.url}" (${p.where}) không hợp lệ.`,
    en: (p) => `"${p.url}" (${p.where}) is not a valid URL.`,
  },
  'url.notHttps': {
    vi: (p) => `URL "${p.url}" (${p.where}) phải dùng https.`,
    en: (p) => `"${p.url}" (${p.where}) must use https.`,
  },
  'url.noFile': {
    vi: (p) => `URL "${p.url}" (${p.where}) trỏ tới ${p.file}, nhưng bản dựng không tạo ra tệp này.`,
    en: (p) => `"${p.url}" (${p.where}) points at ${p.file}, which the build does not emit.`,
  },
  'url.otherOrigin': {
    vi: (p) => `URL "${p.url}" (${p.where}) nằm ngoài ${p.origin}: không kiểm tra được khi ngoại tuyến.`,
    en: (p) => `"${p.url}" (${p.where}) is outside ${p.origin}: not checkable offline.`,
  },
  'url.outsideBase': {
    vi: (p) => `URL "${p.url}" (${p.where}) nằm ngoài thư mục của add-in ${p.base}.`,
    en: (p) => `"${p.url}" (${p.where}) is outside the add-in's folder ${p.base}.`,
  },
  'url.appDomain': {
    vi: (p) => `<AppDomain> "${p.url}" phải là một gốc https (không có đường dẫn).`,
    en: (p) => `<AppDomain> "${p.url}" must be an https origin (no path).`,
  },
  'icon.size': {
    vi: (p) => `Biểu tượng ${p.file} cỡ ${p.found}, cần ${p.expected}×${p.expected} PNG.`,
    en: (p) => `Icon ${p.file} is ${p.found}; a ${p.expected}×${p.expected} PNG is needed.`,
  },
  'dist.missing': {
    vi: (p) => `Chưa có bản dựng ${p.dir}: chạy "npm run build:addin" trước.`,
    en: (p) => `No build in ${p.dir}: run "npm run build:addin" first.`,
  },
};

const SEVERITY_LABEL = {
  vi: { error: 'LỖI', warning: 'CẢNH BÁO', notice: 'LƯU Ý' },
  en: { error: 'ERROR', warning: 'WARNING', notice: 'NOTICE' },
};

function formatProblem(p, lang = 'vi') {
  return `${SEVERITY_LABEL[lang][p.severity]}: ${MESSAGES[p.code][lang](p.params)}`;
}

// ---- the checks -------------------------------------------------------------------------------

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOCALE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;
const PERMISSIONS = ['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument'];

/** Children of <OfficeApp xsi:type="TaskPaneApp"> in the schema's order; required ones for this add-in marked. */
const TOP_LEVEL = [
  ['Id', true],
  ['AlternateId', false],
  ['Version', true],
  ['ProviderName', true],
  ['DefaultLocale', true],
  ['DisplayName', true],
  ['Description', true],
  ['IconUrl', true],
  ['HighResolutionIconUrl', true],
  ['SupportUrl', true],
  ['AppDomains', false],
  ['Hosts', true],
  ['Requirements', true],
  ['DefaultSettings', true],
  ['Permissions', true],
  ['Dictionary', false],
  ['VersionOverrides', true],
  ['ExtendedOverrides', false],
];

/** Which resource collection a resid must name, by the element that carries it. */
const RESOURCE_KIND_OF = {
  Image: 'Images',
  SourceLocation: 'Urls',
  Runtime: 'Urls',
  FunctionFile: 'Urls',
  LearnMoreUrl: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Namespace: 'ShortStrings',
  Description: 'LongStrings',
};

const SHORT_MAX = 125;
const LONG_MAX = 250;

/** Width and height of a PNG file, or undefined if it is not one. */
function pngSize(file) {
  const b = fs.readFileSync(file);
  if (b.length < 24 || b.toString('latin1', 1, 4) !== 'PNG' || b.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

/**
 * Checks a manifest's text. Options: distDir (the build's output, to resolve URLs against; skipped
 * when undefined), version (package.json's version, which <Version> must carry).
 * Returns { problems: [{ severity, code, params }], info: { id, namespace, origin, urls, runtimeUrl } }.
 */
function checkManifest(xmlText, options = {}) {
  const problems = [];
  const add = (severity, code, params = {}) => problems.push({ severity, code, params });
  const error = (code, params) => add('error', code, params);
  const info = { urls: [] };

  let root;
  try {
    root = parseXml(xmlText);
  } catch (e) {
    if (!(e instanceof XmlError)) throw e;
    error('xml.malformed', { line: e.line ?? '?', detail: e.message });
    return { problems, info };
  }
  if (root.local !== 'OfficeApp' || root.ns !== NS.officeApp || xsiType(root) !== 'TaskPaneApp') {
    error('root.wrong', { name: root.name });
    return { problems, info };
  }

  // Top-level elements: required ones present, known ones in the schema's order.
  const top = root.children.filter((c) => c.ns === NS.officeApp || c.ns === NS.ov);
  for (const c of root.children) {
    if (!TOP_LEVEL.some(([n]) => n === c.local)) error('element.unknown', { name: c.name });
  }
  for (const [name, required] of TOP_LEVEL) {
    if (required && !top.some((c) => c.local === name)) error('element.missing', { name, in: 'OfficeApp' });
  }
  const order = top.map((c) => TOP_LEVEL.findIndex(([n]) => n === c.local)).filter((i) => i >= 0);
  for (let i = 1; i < order.length; i++) {
    if (order[i] < order[i - 1]) {
      error('element.order', { name: TOP_LEVEL[order[i]][0], before: TOP_LEVEL[order[i - 1]][0] });
      break;
    }
  }
  const topText = (name) => kid(root, name, NS.officeApp)?.text.trim();
  const topValue = (name) => attr(kid(root, name, NS.officeApp), 'DefaultValue');

  const id = topText('Id');
  info.id = id;
  if (id !== undefined && !GUID.test(id)) error('value.id', { value: id });
  const version = topText('Version');
  if (version !== undefined) {
    const expected = options.version ? `${options.version.split('-')[0]}.0`.split('.').slice(0, 4).join('.') : undefined;
    if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version) || (expected && version !== expected)) error('value.version', { value: version, expected: expected ?? 'n.n.n.n' });
  }
  for (const name of ['ProviderName', 'DefaultLocale']) {
    const v = topText(name);
    if (v !== undefined && v === '') error('value.empty', { name });
  }
  const defaultLocale = topText('DefaultLocale');
  if (defaultLocale && !LOCALE.test(defaultLocale)) error('value.locale', { value: defaultLocale });
  const permissions = topText('Permissions');
  if (permissions !== undefined && !PERMISSIONS.includes(permissions)) error('value.permissions', { value: permissions });

  // Text lengths and locale overrides, wherever they are.
  const lengthLimit = (el, what, max, value) => {
    if (value !== undefined && [...value].length > max) error('value.tooLong', { what, length: [...value].length, max });
  };
  for (const name of ['DisplayName', 'Description']) {
    const el = kid(root, name, NS.officeApp);
    if (!el) continue;
    const max = name === 'DisplayName' ? SHORT_MAX : LONG_MAX;
    if (!attr(el, 'DefaultValue')) error('value.empty', { name });
    lengthLimit(el, `<${name}>`, max, attr(el, 'DefaultValue'));
    for (const o of kids(el, 'Override')) lengthLimit(o, `<${name}> (${attr(o, 'Locale')})`, max, attr(o, 'Value'));
  }
  for (const [el] of walk(root)) {
    const overrides = kids(el, 'Override');
    const seen = new Set();
    for (const o of overrides) {
      const locale = attr(o, 'Locale') ?? '';
      if (!LOCALE.test(locale)) error('value.locale', { value: locale });
      if (seen.has(locale.toLowerCase())) error('value.duplicateLocale', { locale, in: el.name });
      seen.add(locale.toLowerCase());
    }
  }

  // Hosts and the SharedRuntime requirement.
  const hosts = kids(kid(root, 'Hosts', NS.officeApp), 'Host', NS.officeApp).map((h) => attr(h, 'Name'));
  const vo = kid(root, 'VersionOverrides');
  const voHost = kids(kid(vo, 'Hosts', NS.ov), 'Host', NS.ov).find((h) => xsiType(h) === 'Workbook');
  if (kid(root, 'Hosts', NS.officeApp) && (!hosts.includes('Workbook') || (vo && !voHost))) error('host.workbook');
  const sets = kids(kid(kid(root, 'Requirements', NS.officeApp), 'Sets', NS.officeApp), 'Set', NS.officeApp);
  const shared = sets.find((s) => attr(s, 'Name') === 'SharedRuntime');
  const minVersion = shared && (attr(shared, 'MinVersion') ?? attr(kid(kid(root, 'Requirements', NS.officeApp), 'Sets', NS.officeApp), 'DefaultMinVersion'));
  if (!shared || !(Number(minVersion) >= 1.1)) error('runtime.sharedRequirement');

  // Resources: every id once, every resid known and of the right kind, none unused.
  const resources = kid(vo, 'Resources', NS.ov);
  const collections = { Images: 'Image', Urls: 'Url', ShortStrings: 'String', LongStrings: 'String' };
  const byKind = {};
  const resourceEls = [];
  for (const [kind, itemName] of Object.entries(collections)) {
    byKind[kind] = new Map();
    for (const item of kids(kid(resources, kind, NS.bt), itemName, NS.bt)) {
      const rid = attr(item, 'id');
      if (rid === undefined) {
        error('id.missing', { name: item.name, line: item.line });
        continue;
      }
      byKind[kind].set(rid, item);
      resourceEls.push(item);
      if (attr(item, 'DefaultValue') === undefined) error('resource.noValue', { id: rid });
      const max = kind === 'ShortStrings' ? SHORT_MAX : kind === 'LongStrings' ? LONG_MAX : undefined;
      if (max) {
        lengthLimit(item, `"${rid}"`, max, attr(item, 'DefaultValue'));
        for (const o of kids(item, 'Override', NS.bt)) lengthLimit(o, `"${rid}" (${attr(o, 'Locale')})`, max, attr(o, 'Value'));
      }
    }
  }
  const used = new Set();
  const resolve = (el, parents) => {
    const resid = attr(el, 'resid');
    if (resid === undefined) return undefined;
    if (resid.length > 32) error('resid.tooLong', { resid });
    const kind = RESOURCE_KIND_OF[el.local];
    const pool = kind ? [kind] : Object.keys(byKind);
    const hit = pool.map((k) => byKind[k].get(resid)).find(Boolean);
    if (!hit) {
      error('resid.unknown', { resid, in: `${parents.map((p) => p.local).slice(-1)[0] ?? ''}/${el.local}`.replace(/^\//, ''), line: el.line, kind: kind ?? 'Resources' });
      return undefined;
    }
    used.add(resid);
    return hit;
  };
  const residTargets = new Map();
  if (vo) for (const [el, parents] of walk(vo)) if (attr(el, 'resid') !== undefined) residTargets.set(el, resolve(el, parents));
  for (const item of resourceEls) {
    const rid = attr(item, 'id');
    if (!used.has(rid)) add('warning', 'resource.unused', { id: rid });
  }

  // ids unique: resources, and the ribbon's tabs, groups, controls and menu items.
  const ids = new Map();
  const noteId = (value, el) => ids.set(value, [...(ids.get(value) ?? []), el.line]);
  for (const item of resourceEls) noteId(attr(item, 'id'), item);
  if (vo) {
    for (const [el] of walk(vo)) {
      if (['CustomTab', 'OfficeTab', 'Group', 'Control', 'Item'].includes(el.local) && el.ns === NS.ov) {
        const v = attr(el, 'id');
        if (v === undefined) error('id.missing', { name: el.name, line: el.line });
        else {
          noteId(v, el);
          lengthLimit(el, `id "${v}"`, SHORT_MAX, v);
        }
      }
    }
  }
  for (const [v, lines] of ids) if (lines.length > 1) error('id.duplicate', { id: v, count: lines.length, lines: lines.join(', ') });

  // The shared runtime: one long-lived page for the task pane, the functions and the commands.
  const runtime = kid(kid(voHost, 'Runtimes', NS.ov), 'Runtime', NS.ov);
  const runtimeResid = attr(runtime, 'resid');
  if (voHost && !runtime) error('runtime.missing');
  else if (runtime && attr(runtime, 'lifetime') !== 'long') error('runtime.notLong');
  const mustBeRuntime = (el, what) => {
    const found = attr(el, 'resid');
    if (runtimeResid && found !== undefined && found !== runtimeResid) error('runtime.notShared', { what, expected: runtimeResid, found });
  };
  const cf = voHost ? [...walk(voHost)].map(([el]) => el).find((el) => el.local === 'ExtensionPoint' && xsiType(el) === 'CustomFunctions') : undefined;
  if (voHost && !cf) error('functions.missing');
  if (cf) {
    for (const name of ['Script', 'Page', 'Metadata']) {
      if (!kid(kid(cf, name, NS.ov), 'SourceLocation', NS.ov)) error('element.missing', { name: `${name}/SourceLocation`, in: 'ExtensionPoint xsi:type="CustomFunctions"' });
    }
    mustBeRuntime(kid(kid(cf, 'Page', NS.ov), 'SourceLocation', NS.ov), '<Page> (CustomFunctions)');
    const nsEl = kid(cf, 'Namespace', NS.ov);
    if (!nsEl) error('element.missing', { name: 'Namespace', in: 'ExtensionPoint xsi:type="CustomFunctions"' });
    else {
      const value = attr(residTargets.get(nsEl), 'DefaultValue');
      info.namespace = value;
      if (residTargets.get(nsEl) && value !== NAMESPACE) error('functions.namespace', { value });
      for (const o of kids(residTargets.get(nsEl), 'Override', NS.bt)) if (attr(o, 'Value') !== NAMESPACE) error('functions.namespace', { value: attr(o, 'Value') });
    }
  }
  if (voHost) {
    for (const [el] of walk(voHost)) {
      if (el.local === 'FunctionFile') mustBeRuntime(el, '<FunctionFile>');
      if (el.local === 'Action' && xsiType(el) === 'ShowTaskpane') mustBeRuntime(kid(el, 'SourceLocation', NS.ov), '<Action xsi:type="ShowTaskpane">');
      if (el.local === 'Control' && xsiType(el) === 'Button') {
        const action = kid(el, 'Action', NS.ov);
        if (xsiType(action) === 'ExecuteFunction' && !kid(action, 'FunctionName', NS.ov)?.text.trim()) error('command.noFunction', { id: attr(el, 'id') });
      }
    }
  }
  const runtimeUrl = attr(residTargets.get(runtime), 'DefaultValue');
  info.runtimeUrl = runtimeUrl;
  const paneUrl = attr(kid(kid(root, 'DefaultSettings', NS.officeApp), 'SourceLocation', NS.officeApp), 'DefaultValue');
  if (runtimeUrl && paneUrl && runtimeUrl !== paneUrl) error('runtime.pageMismatch', { pane: paneUrl, runtime: runtimeUrl });

  // URLs: well-formed https; on the add-in's origin, files the build emits.
  const urls = [];
  const noteUrl = (url, where, extra = {}) => url !== undefined && urls.push({ url, where, ...extra });
  for (const name of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) noteUrl(topValue(name), `<${name}>`, { size: { IconUrl: 32, HighResolutionIconUrl: 64 }[name] });
  noteUrl(paneUrl, '<DefaultSettings><SourceLocation>');
  const iconSizes = new Map();
  if (vo) for (const [el] of walk(vo)) if (el.local === 'Image' && el.ns === NS.bt && attr(el, 'resid') !== undefined) iconSizes.set(attr(el, 'resid'), Number(attr(el, 'size')));
  for (const kind of ['Images', 'Urls']) {
    for (const [rid, item] of byKind[kind]) {
      const size = kind === 'Images' ? iconSizes.get(rid) : undefined;
      noteUrl(attr(item, 'DefaultValue'), `resource ${rid}`, { size, resid: rid });
      for (const o of kids(item, 'Override', NS.bt)) noteUrl(attr(o, 'Value'), `resource ${rid} (${attr(o, 'Locale')})`, { size, resid: rid });
    }
  }
  let origin;
  try {
    origin = paneUrl ? new URL(paneUrl).origin : undefined;
  } catch {
    origin = undefined;
  }
  info.origin = origin;
  let basePath;
  try {
    basePath = paneUrl ? decodeURIComponent(new URL(paneUrl).pathname).replace(/[^/]*$/, '') : '/';
  } catch {
    basePath = '/';
  }
  info.basePath = basePath;
  const distDir = options.distDir;
  if (distDir && !fs.existsSync(distDir)) error('dist.missing', { dir: distDir });
  const metadataFiles = [];
  const metadataResid = attr(kid(kid(cf, 'Metadata', NS.ov), 'SourceLocation', NS.ov), 'resid');
  for (const u of urls) {
    let parsed;
    try {
      parsed = new URL(u.url);
    } catch {
      error('url.malformed', u);
      continue;
    }
    if (parsed.protocol !== 'https:') {
      error('url.notHttps', u);
      continue;
    }
    info.urls.push(u.url);
    if (parsed.origin !== origin) {
      add('notice', 'url.otherOrigin', { ...u, origin });
      continue;
    }
    if (!distDir || !fs.existsSync(distDir)) continue;
    // the add-in's files live under the runtime page's folder (a build for https://host/addin/ serves dist/ there)
    const pathname = decodeURIComponent(parsed.pathname);
    if (!pathname.startsWith(basePath)) {
      error('url.outsideBase', { ...u, base: `${origin}${basePath}` });
      continue;
    }
    const rel = pathname.slice(basePath.length);
    const file = path.join(distDir, rel);
    if (rel === '' || !path.resolve(file).startsWith(path.resolve(distDir)) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      error('url.noFile', { ...u, file: path.join(path.basename(distDir), rel) });
      continue;
    }
    if (u.size) {
      const dims = pngSize(file);
      if (!dims || dims[0] !== u.size || dims[1] !== u.size) error('icon.size', { file: rel, found: dims ? `${dims[0]}×${dims[1]}` : 'not a PNG', expected: u.size });
    }
    if (u.resid !== undefined && u.resid === metadataResid) metadataFiles.push(rel);
  }
  for (const d of kids(kid(root, 'AppDomains', NS.officeApp), 'AppDomain', NS.officeApp)) {
    const url = d.text.trim();
    let ok;
    try {
      const p = new URL(url);
      ok = p.protocol === 'https:' && p.origin === url.replace(/\/$/, '');
    } catch {
      ok = false;
    }
    if (!ok) error('url.appDomain', { url });
  }

  // Function metadata (the default and every locale's) parses and lists the same functions.
  let baseIds;
  for (const rel of metadataFiles) {
    let ids;
    try {
      const json = JSON.parse(fs.readFileSync(path.join(distDir, rel), 'utf8'));
      if (!Array.isArray(json.functions) || json.functions.length === 0) throw new Error('no "functions" array');
      ids = json.functions.map((f) => f.id).sort().join(',');
    } catch (e) {
      error('functions.metadata', { file: rel, detail: e.message });
      continue;
    }
    if (baseIds === undefined) baseIds = { ids, rel };
    else if (ids !== baseIds.ids) error('functions.metadataMismatch', { file: rel, base: baseIds.rel });
  }

  return { problems, info };
}

// ---- online validation ------------------------------------------------------------------------

/**
 * Microsoft's validation service through office-addin-manifest. Resolves to { state: 'valid' |
 * 'invalid' | 'unreachable', lines }: 'unreachable' for no network, a timeout or an HTTP error.
 */
async function validateOnline(manifestPath, timeoutMs = 30000) {
  let validateManifest;
  try {
    ({ validateManifest } = require('office-addin-manifest'));
  } catch (e) {
    return { state: 'unreachable', lines: [String(e.message)] };
  }
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve({ timeout: true }), timeoutMs);
  });
  let result;
  try {
    result = await Promise.race([validateManifest(manifestPath), timeout]);
  } catch (e) {
    return { state: 'unreachable', lines: [String(e.message).split('\n').slice(-1)[0]] };
  } finally {
    clearTimeout(timer);
  }
  if (result.timeout) return { state: 'unreachable', lines: [`no answer in ${timeoutMs / 1000} s`] };
  if (result.status && result.status !== 200) return { state: 'unreachable', lines: [`HTTP ${result.status} ${result.statusText ?? ''}`.trim()] };
  const report = result.report ?? {};
  const describe = (x) => [x.title, x.content, x.line ? `(line ${x.line})` : ''].filter(Boolean).join(' — ');
  const lines = [...(report.errors ?? []).map((x) => `ERROR: ${describe(x)}`), ...(report.warnings ?? []).map((x) => `WARNING: ${describe(x)}`)];
  if (!result.report && !result.isValid) return { state: 'unreachable', lines: ['no report'] };
  return { state: result.isValid ? 'valid' : 'invalid', lines };
}

// ---- command line -----------------------------------------------------------------------------

const CLI_TEXT = {
  vi: {
    usage: 'Cách dùng: node scripts/validate-manifest.js [manifest.xml] [--offline] [--dist THƯ-MỤC] [--no-build] [--lang vi|en]',
    building: 'Bản dựng dist/ chưa có hoặc đã cũ: đang dựng lại (webpack --mode production)…',
    buildFailed: (why) => `Dựng add-in thất bại: ${why}`,
    offlineOk: (file, n) => `Kiểm tra ngoại tuyến: ${file} hợp lệ (namespace ${NAMESPACE}, SharedRuntime 1.1, ${n} URL đều có tệp trong dist/).`,
    offlineFailed: (file, n) => `Kiểm tra ngoại tuyến: ${file} có ${n} lỗi.`,
    online: 'Kiểm tra trực tuyến (dịch vụ của Microsoft, office-addin-manifest validate)…',
    onlineValid: 'Kiểm tra trực tuyến: manifest hợp lệ.',
    onlineInvalid: 'Kiểm tra trực tuyến: manifest KHÔNG hợp lệ.',
    unreachable: (why) => `LƯU Ý: không kết nối được dịch vụ kiểm tra trực tuyến (${why}); bỏ qua bước này. Kiểm tra ngoại tuyến đã đạt.`,
    skipped: 'Bỏ qua kiểm tra trực tuyến (--offline).',
  },
  en: {
    usage: 'Usage: node scripts/validate-manifest.js [manifest.xml] [--offline] [--dist DIR] [--no-build] [--lang vi|en]',
    building: 'dist/ is missing or stale: building it (webpack --mode production)…',
    buildFailed: (why) => `Building the add-in failed: ${why}`,
    offlineOk: (file, n) => `Offline check: ${file} is valid (namespace ${NAMESPACE}, SharedRuntime 1.1, all ${n} URLs have their file in dist/).`,
    offlineFailed: (file, n) => `Offline check: ${file} has ${n} errors.`,
    online: 'Online check (Microsoft service, office-addin-manifest validate)…',
    onlineValid: 'Online check: the manifest is valid.',
    onlineInvalid: 'Online check: the manifest is NOT valid.',
    unreachable: (why) => `NOTICE: the online validation service cannot be reached (${why}); skipping it. The offline check passed.`,
    skipped: 'Online check skipped (--offline).',
  },
};

function parseArgs(argv) {
  const args = { manifest: path.join(ROOT, 'manifest.xml'), distDir: undefined, offline: false, build: true, lang: 'vi' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--offline') args.offline = true;
    else if (a === '--no-build') args.build = false;
    else if (a === '--dist') args.distDir = path.resolve(argv[++i] ?? '');
    else if (a === '--lang') args.lang = argv[++i];
    else if (a === '-h' || a === '--help') args.help = true;
    else if (a.startsWith('-')) args.bad = a;
    else args.manifest = path.resolve(a);
  }
  if (!['vi', 'en'].includes(args.lang)) args.bad = `--lang ${args.lang}`;
  // the source manifest.xml is checked against dist/; a built one (dist/manifest.xml, an unpacked
  // package) against the folder it is in, never rebuilt (that would replace the build being checked)
  args.built = path.resolve(args.manifest) !== path.join(ROOT, 'manifest.xml');
  if (args.built) args.build = false;
  args.distDir ??= args.built ? path.dirname(path.resolve(args.manifest)) : path.join(ROOT, 'dist');
  return args;
}

/**
 * The <Version> the manifest must carry: package.json's for the source manifest.xml; for a built one,
 * the version its build recorded in ktd5-build.json (`--env version=` changes it on purpose).
 */
function expectedVersion(args) {
  const info = path.join(args.distDir, 'ktd5-build.json');
  if (args.built && fs.existsSync(info)) {
    const recorded = JSON.parse(fs.readFileSync(info, 'utf8')).version;
    if (typeof recorded === 'string') return recorded;
  }
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const text = CLI_TEXT[args.lang] ?? CLI_TEXT.vi;
  if (args.help || args.bad) {
    (args.bad ? console.error : console.log)(text.usage);
    return args.bad ? 2 : 0;
  }
  const defaultDist = path.resolve(args.distDir) === path.join(ROOT, 'dist');
  if (args.build && defaultDist) {
    const { distIsFresh, ensureBuilt } = require('../tools/load-functions.js');
    if (!distIsFresh()) {
      console.error(text.building);
      try {
        ensureBuilt();
      } catch (e) {
        console.error(text.buildFailed(String(e.stderr || e.message)));
        return 1;
      }
    }
  }
  const manifestName = path.relative(process.cwd(), args.manifest) || args.manifest;
  const version = expectedVersion(args);
  const { problems, info } = checkManifest(fs.readFileSync(args.manifest, 'utf8'), { distDir: args.distDir, version });
  for (const p of problems) (p.severity === 'error' ? console.error : console.log)(formatProblem(p, args.lang));
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (errors > 0) {
    console.error(text.offlineFailed(manifestName, errors));
    return 1;
  }
  console.log(text.offlineOk(manifestName, info.urls.length));
  if (args.offline) {
    console.log(text.skipped);
    return 0;
  }
  console.log(text.online);
  const online = await validateOnline(args.manifest);
  if (online.state === 'unreachable') {
    console.log(text.unreachable(online.lines.join('; ')));
    return 0;
  }
  for (const line of online.lines) console.log(line);
  console.log(online.state === 'valid' ? text.onlineValid : text.onlineInvalid);
  return online.state === 'valid' ? 0 : 1;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}

module.exports = { checkManifest, parseXml, formatProblem, validateOnline, XmlError, NAMESPACE };
