/**
 * A small evaluator for the conditional-format formulas the layouts write (comparisons, AND, OR, NOT,
 * ISNUMBER, TRUE/FALSE, text and number literals, cell references), relative to the rule range's
 * top-left cell as Excel reads them. It lets a test ask which colour a cell shows, in the fake and
 * in the exceljs file alike. An unsupported formula throws rather than guessing.
 */
import { columnIndex, columnLetter } from '../../src/workbook/a1';

export type CellLookup = (address: string) => string | number | boolean | null;

type Token = { kind: 'num' | 'str' | 'ref' | 'name' | 'op' | 'paren' | 'comma'; text: string };

function tokens(formula: string): Token[] {
  const out: Token[] = [];
  const re = /\s*(?:(\d+(?:\.\d+)?)|"((?:[^"]|"")*)"|(\$?[A-Z]{1,3}\$?\d+)(?![A-Z(])|([A-Z][A-Z0-9.]*)|(<=|>=|<>|[=<>])|([()])|(,))/gy;
  let m: RegExpExecArray | null;
  let at = 0;
  while (at < formula.length && (m = re.exec(formula))) {
    at = re.lastIndex;
    if (m[1] !== undefined) out.push({ kind: 'num', text: m[1] });
    else if (m[2] !== undefined) out.push({ kind: 'str', text: m[2].replace(/""/g, '"') });
    else if (m[3] !== undefined) out.push({ kind: 'ref', text: m[3] });
    else if (m[4] !== undefined) out.push({ kind: 'name', text: m[4] });
    else if (m[5] !== undefined) out.push({ kind: 'op', text: m[5] });
    else if (m[6] !== undefined) out.push({ kind: 'paren', text: m[6] });
    else out.push({ kind: 'comma', text: ',' });
  }
  if (formula.slice(at).trim() !== '') throw new Error(`cf-eval: cannot read ${formula}`);
  return out;
}

/** A reference shifted from the rule's top-left to the cell (the `$` parts stay). */
function shift(ref: string, rows: number, cols: number): string {
  const m = /^(\$?)([A-Z]+)(\$?)(\d+)$/.exec(ref)!;
  const col = m[1] ? m[2]! : columnLetter(columnIndex(m[2]!) + cols);
  const row = m[3] ? Number(m[4]) : Number(m[4]) + rows;
  return `${col}${row}`;
}

type V = string | number | boolean | null;

function compare(a: V, op: string, b: V): boolean {
  const norm = (v: V) => (v === null ? (typeof (a === null ? b : a) === 'number' ? 0 : '') : v);
  const x = norm(a);
  const y = norm(b);
  const [p, q] = typeof x === 'string' && typeof y === 'string' ? [x.toLowerCase(), y.toLowerCase()] : [x, y];
  if (typeof p !== typeof q) return op === '<>';
  switch (op) {
    case '=': return p === q;
    case '<>': return p !== q;
    case '<': return (p as number) < (q as number);
    case '>': return (p as number) > (q as number);
    case '<=': return (p as number) <= (q as number);
    default: return (p as number) >= (q as number);
  }
}

/** Evaluates a rule formula (with or without the leading "=") for the cell `rows`/`cols` from the range's top-left. */
export function evaluateRule(formula: string, lookup: CellLookup, rows: number, cols: number): boolean {
  const t = tokens(formula.replace(/^=/, ''));
  let i = 0;
  const peek = () => t[i];
  const next = () => t[i++];
  const atom = (): V => {
    const tok = next();
    if (!tok) throw new Error(`cf-eval: unexpected end of ${formula}`);
    if (tok.kind === 'num') return Number(tok.text);
    if (tok.kind === 'str') return tok.text;
    if (tok.kind === 'ref') return lookup(shift(tok.text, rows, cols));
    if (tok.kind === 'paren' && tok.text === '(') {
      const v = expr();
      next();
      return v;
    }
    if (tok.kind === 'name') {
      if (tok.text === 'TRUE' || tok.text === 'FALSE') {
        if (peek()?.text === '(') {
          next();
          next();
        }
        return tok.text === 'TRUE';
      }
      next(); // (
      const args: V[] = [];
      while (peek() && peek()!.text !== ')') {
        args.push(expr());
        if (peek()?.kind === 'comma') next();
      }
      next(); // )
      if (tok.text === 'AND') return args.every(Boolean);
      if (tok.text === 'OR') return args.some(Boolean);
      if (tok.text === 'NOT') return !args[0];
      if (tok.text === 'ISNUMBER') return typeof args[0] === 'number';
      throw new Error(`cf-eval: unsupported function ${tok.text} in ${formula}`);
    }
    throw new Error(`cf-eval: unexpected ${tok.text} in ${formula}`);
  };
  const expr = (): V => {
    const left = atom();
    const op = peek();
    if (op?.kind === 'op') {
      next();
      return compare(left, op.text, atom());
    }
    return left;
  };
  const result = expr();
  if (i !== t.length) throw new Error(`cf-eval: trailing text in ${formula}`);
  return result === true || (typeof result === 'number' && result !== 0);
}
