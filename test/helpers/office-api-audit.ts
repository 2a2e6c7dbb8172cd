/**
 * Which Office.js requirement set each use of the Office.js API in src/ needs, read from the
 * declarations themselves (@types/office-js, @types/custom-functions-runtime): the `[Api set: X n.n]`
 * or `**Requirement set**: … | X n.n` of the member, else of its class; an Excel member with neither
 * is ExcelApi 1.1 (Excel.run, for one). The workbook layer talks to Excel through its own narrow
 * interfaces (src/workbook/office/excel-api.ts) and the pane through SettingsLike ports; those are
 * mapped member by member onto the Excel and Office types they stand for, so `range.dataValidation`
 * counts as Excel.Range.dataValidation. A use is guarded when it sits in the `then` branch of an `if`
 * (or `?:`) that asks `isSetSupported(set, version)` for that set and has an `else` (the fallback).
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export const ROOT = path.resolve(__dirname, '../..');

export interface ApiSet {
  name: string;
  version: string;
}

export interface ApiUse {
  file: string;
  line: number;
  /** The declaration used, e.g. "Excel.Range.dataValidation". */
  member: string;
  set: ApiSet | undefined;
  guarded: boolean;
}

export interface Audit {
  uses: ApiUse[];
  /** Members of our own Office-shaped interfaces that have no counterpart on the Office type. */
  unmapped: string[];
}

/** Our interface (file, name) and the Office.js type it stands for. */
export const PORTS: { file: string; name: string; office: string }[] = [
  { file: 'src/workbook/office/excel-api.ts', name: 'XlContext', office: 'Excel.RequestContext' },
  { file: 'src/taskpane/host/rubric-store.ts', name: 'SettingsLike', office: 'Office.Settings' },
  { file: 'src/functions/workbook-rubrics.ts', name: 'SettingsReader', office: 'Office.Settings' },
];

const OFFICE_TYPES = /[\\/]node_modules[\\/]@types[\\/](office-js|custom-functions-runtime|office-runtime)[\\/]/;
const API_SET = [/\[Api set: ([A-Za-z]+) (\d+\.\d+)/, /\*\*Requirement sets?\*\*: \{@link [^|}]*\| ([A-Za-z]+) (\d+\.\d+)\}/];

export function compareVersions(a: string, b: string): number {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < Math.max(x!.length, y!.length); i++) {
    const d = (x![i] ?? 0) - (y![i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Sets of other hosts: a member documented only with these is common API as far as Excel goes. */
const OTHER_HOSTS = new Set(['Mailbox', 'WordApi', 'PowerPointApi', 'OneNoteApi', 'VisioApi', 'ProjectApi', 'OutlookApi']);

function setOfDeclaration(decl: ts.Node): ApiSet | undefined {
  const text = decl.getSourceFile().text;
  const comments = ts.getLeadingCommentRanges(text, decl.getFullStart()) ?? [];
  for (const c of comments) {
    const body = text.slice(c.pos, c.end);
    for (const re of API_SET) {
      for (const m of body.matchAll(new RegExp(re.source, 'g'))) if (!OTHER_HOSTS.has(m[1]!)) return { name: m[1]!, version: m[2]! };
    }
  }
  return undefined;
}

function qualifiedName(checker: ts.TypeChecker, symbol: ts.Symbol): string {
  return checker.getFullyQualifiedName(symbol).replace(/^"[^"]*"\./, '');
}

/** The set a declaration of Office's typings needs: its own, its class's, or ExcelApi 1.1 in Excel. */
function setOf(checker: ts.TypeChecker, symbol: ts.Symbol): ApiSet | undefined {
  const decl = symbol.declarations?.[0];
  if (!decl) return undefined;
  const own = setOfDeclaration(decl);
  if (own) return own;
  const parent = decl.parent;
  if (parent && (ts.isClassDeclaration(parent) || ts.isInterfaceDeclaration(parent))) {
    const inherited = setOfDeclaration(parent);
    if (inherited) return inherited;
  }
  return qualifiedName(checker, symbol).startsWith('Excel.') ? { name: 'ExcelApi', version: '1.1' } : undefined;
}

function isOfficeDeclaration(symbol: ts.Symbol | undefined): boolean {
  return Boolean(symbol?.declarations?.some((d) => OFFICE_TYPES.test(d.getSourceFile().fileName)));
}

/** Maps each member of our interface (recursively, through property and return types) onto the Office member it stands for. */
function mapPort(checker: ts.TypeChecker, ours: ts.Type, office: ts.Type, officeName: string, mapped: Map<ts.Symbol, ts.Symbol>, unmapped: string[], seen: Set<ts.Type>): void {
  if (seen.has(ours)) return;
  seen.add(ours);
  for (const p of checker.getPropertiesOfType(ours)) {
    const q = checker.getPropertyOfType(checker.getNonNullableType(office), p.name);
    if (!q) {
      unmapped.push(`${officeName}.${p.name}`);
      continue;
    }
    mapped.set(p, q);
    const pDecl = p.valueDeclaration ?? p.declarations?.[0];
    const qDecl = q.valueDeclaration ?? q.declarations?.[0];
    if (!pDecl || !qDecl) continue;
    let pt = checker.getTypeOfSymbolAtLocation(p, pDecl);
    let qt = checker.getTypeOfSymbolAtLocation(q, qDecl);
    const ps = pt.getCallSignatures();
    const qs = qt.getCallSignatures();
    if (ps.length > 0 && qs.length > 0) {
      pt = ps[0]!.getReturnType();
      qt = qs[0]!.getReturnType();
    }
    pt = checker.getNonNullableType(pt);
    qt = checker.getNonNullableType(qt);
    if (checker.isArrayType(pt) && checker.isArrayType(qt)) {
      pt = checker.getTypeArguments(pt as ts.TypeReference)[0]!;
      qt = checker.getTypeArguments(qt as ts.TypeReference)[0]!;
    }
    // only into our own types (not Promise, unknown or the like)
    const ownType = (pt.aliasSymbol ?? pt.getSymbol())?.declarations?.some((d) => !d.getSourceFile().isDeclarationFile && d.getSourceFile().fileName.startsWith(path.join(ROOT, 'src')));
    if (ownType && pt.getFlags() & ts.TypeFlags.Object && checker.getPropertiesOfType(pt).length > 0) {
      mapPort(checker, pt, qt, `${officeName}.${p.name}`, mapped, unmapped, seen);
    }
  }
}

/** The `isSetSupported('Name', 'n.n')` calls of an expression. */
function askedSets(expr: ts.Node): ApiSet[] {
  const out: ApiSet[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === 'isSetSupported') {
      const [name, version] = n.arguments;
      if (name && ts.isStringLiteralLike(name)) out.push({ name: name.text, version: version && ts.isStringLiteralLike(version) ? version.text : '1.1' });
    }
    ts.forEachChild(n, visit);
  };
  visit(expr);
  return out;
}

function isGuarded(node: ts.Node, set: ApiSet): boolean {
  for (let child: ts.Node = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    const branch = ts.isIfStatement(parent) ? { cond: parent.expression, then: parent.thenStatement, other: parent.elseStatement } : ts.isConditionalExpression(parent) ? { cond: parent.condition, then: parent.whenTrue, other: parent.whenFalse } : undefined;
    if (branch && child === branch.then && branch.other && askedSets(branch.cond).some((a) => a.name === set.name && compareVersions(a.version, set.version) >= 0)) return true;
  }
  return false;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** Audits src/ (and `extra` files, given by path under ROOT and their text, as if they were in src/). */
export function auditOfficeApi(extra: Record<string, string> = {}): Audit {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!config) throw new Error('tsconfig.json does not parse');
  const virtual = new Map(Object.entries(extra).map(([f, text]) => [path.join(ROOT, f), text]));
  const files = [...sourceFiles(path.join(ROOT, 'src')), ...virtual.keys()];
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (f) => virtual.get(path.resolve(f)) ?? readFile(f);
  host.fileExists = (f) => virtual.has(path.resolve(f)) || fileExists(f);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (f, lang, ...rest) => {
    const text = virtual.get(path.resolve(f));
    return text !== undefined ? ts.createSourceFile(f, text, lang, true) : getSourceFile(f, lang, ...rest);
  };
  const program = ts.createProgram({ rootNames: files, options: { ...config.options, noEmit: true }, host });
  const checker = program.getTypeChecker();

  const mapped = new Map<ts.Symbol, ts.Symbol>();
  const unmapped: string[] = [];
  for (const port of PORTS) {
    const sf = program.getSourceFile(path.join(ROOT, port.file));
    const decl = sf?.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === port.name);
    if (!decl) throw new Error(`${port.file} has no interface ${port.name}`);
    const [ns, cls] = port.office.split('.');
    const nsSymbol = checker.getSymbolsInScope(sf!, ts.SymbolFlags.Namespace).find((s) => s.name === ns);
    const officeSymbol = nsSymbol && checker.getExportsOfModule(nsSymbol).find((s) => s.name === cls);
    if (!officeSymbol) throw new Error(`no ${port.office} in the Office typings`);
    mapPort(checker, checker.getTypeAtLocation(decl), checker.getDeclaredTypeOfSymbol(officeSymbol), port.office, mapped, unmapped, new Set());
  }

  const uses: ApiUse[] = [];
  for (const sf of program.getSourceFiles()) {
    const file = path.relative(ROOT, sf.fileName);
    if (!file.startsWith(`src${path.sep}`)) continue;
    const visit = (n: ts.Node): void => {
      // uses only: not the names our own interfaces declare
      const parent = n.parent as ts.Node | undefined;
      const declaring = parent !== undefined && (ts.isPropertySignature(parent) || ts.isMethodSignature(parent)) && parent.name === n;
      const name = ts.isPropertyAccessExpression(n) ? n.name : ts.isIdentifier(n) && parent !== undefined && !ts.isPropertyAccessExpression(parent) && !ts.isQualifiedName(parent) && !declaring ? n : undefined;
      if (name) {
        let symbol = checker.getSymbolAtLocation(name);
        if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
        const office = symbol && (mapped.get(symbol) ?? (isOfficeDeclaration(symbol) ? symbol : undefined));
        if (office && !(office.flags & (ts.SymbolFlags.Namespace | ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias)) && !ts.isTypeNode(parent!)) {
          const set = setOf(checker, office);
          uses.push({ file, line: sf.getLineAndCharacterOfPosition(n.getStart()).line + 1, member: qualifiedName(checker, office), set, guarded: set ? isGuarded(n, set) : false });
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return { uses, unmapped };
}

/** The <Requirements> of a manifest: set name → MinVersion (DefaultMinVersion when a set has none). */
export function declaredSets(manifestXml: string): Map<string, string> {
  const block = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(manifestXml)?.[1] ?? '';
  const defaultMin = /<Sets[^>]*DefaultMinVersion="([^"]+)"/.exec(block)?.[1] ?? '1.1';
  const out = new Map<string, string>();
  for (const m of block.matchAll(/<Set\s([^>]*)\/?>/g)) {
    const name = /Name="([^"]+)"/.exec(m[1]!)?.[1];
    if (name) out.set(name, /MinVersion="([^"]+)"/.exec(m[1]!)?.[1] ?? defaultMin);
  }
  return out;
}

/** The highest version of each set the unguarded uses need. */
export function neededSets(uses: ApiUse[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const u of uses) {
    if (!u.set || u.guarded) continue;
    const had = out.get(u.set.name);
    if (!had || compareVersions(u.set.version, had) > 0) out.set(u.set.name, u.set.version);
  }
  return out;
}

/** Unguarded uses that need a set the manifest does not declare, or a newer version of it. */
export function violations(uses: ApiUse[], declared: Map<string, string>): string[] {
  return uses
    .filter((u) => u.set && !u.guarded && (!declared.has(u.set.name) || compareVersions(u.set.version, declared.get(u.set.name)!) > 0))
    .map((u) => `${u.file}:${u.line} ${u.member} needs ${u.set!.name} ${u.set!.version} (manifest: ${declared.get(u.set!.name) ?? 'not declared'})`);
}
