/**
 * Native Excel formulas that compute a criterion's points exactly as the engine does, so a data sheet
 * works in Excel or LibreOffice without the add-in. They read every value the engine accepts
 * ("95%", "92,5%", 0.95, bare percent points, Có / co / x, choices typed without diacritics) in any
 * spreadsheet locale: text is parsed digit by digit (VALUE only ever sees plain digits) and folded
 * to unaccented lower case with SUBSTITUTE, since no spreadsheet function strips diacritics.
 *
 * Each input cell gets three hidden helper cells on its row:
 *   h1: cleaned text (numeric kinds) or first half of the folding (text kinds)
 *   h2: the text's number (numeric kinds) or the fully folded text (text kinds)
 *   h3: the value as the engine reads it — a fraction, count, TRUE/FALSE, choice index or points —
 *       "" when blank, "?" when the engine would refuse it.
 * The points cell turns h3 into points with the document's bands, in the document's order.
 */
import { NO_WORDS, YES_WORDS, type CompiledCriterion } from '../engine';
import { EPSILON } from '../engine/numbers';

export interface HelperCells {
  h1: string;
  h2: string;
  h3: string;
}

/** A no-break space, as formula text (pasted values often carry one). */
export const NBSP = '_xlfn.UNICHAR(160)';

/** Lower-case Vietnamese letters with diacritics and their base letter, split in two halves to stay under Excel's 64 nesting levels. */
const FOLD_FIRST: [string, string][] = [
  ...[...'àáảãạăằắẳẵặâầấẩẫậ'].map((c): [string, string] => [c, 'a']),
  ...[...'èéẻẽẹêềếểễệ'].map((c): [string, string] => [c, 'e']),
];
const FOLD_SECOND: [string, string][] = [
  ...[...'ìíỉĩị'].map((c): [string, string] => [c, 'i']),
  ...[...'òóỏõọôồốổỗộơờớởỡợ'].map((c): [string, string] => [c, 'o']),
  ...[...'ùúủũụưừứửữự'].map((c): [string, string] => [c, 'u']),
  ...[...'ỳýỷỹỵ'].map((c): [string, string] => [c, 'y']),
  ['đ', 'd'],
];

function substituteAll(expr: string, pairs: [string, string][]): string {
  return pairs.reduce((acc, [from, to]) => `SUBSTITUTE(${acc},"${from}","${to}")`, expr);
}

/**
 * A folded word of the engine as a formula string. Characters outside ASCII (the ticks ✓ ✔) go through
 * UNICHAR, so the formula text stays plain ASCII whatever the file's encoding path.
 */
function wordLiteral(word: string): string {
  const parts: string[] = [];
  for (const ch of word) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 128) {
      const last = parts.at(-1);
      if (last?.startsWith('"')) parts[parts.length - 1] = `${last.slice(0, -1)}${ch === '"' ? '""' : ch}"`;
      else parts.push(`"${ch === '"' ? '""' : ch}"`);
    } else parts.push(`_xlfn.UNICHAR(${cp})`);
  }
  return parts.length === 0 ? '""' : parts.join('&');
}

/** A number as formula text: en-US syntax whatever the user's locale ("0.9", "2E-8"). */
function num(n: number): string {
  return String(n).toUpperCase();
}

function slack(bound: number): number {
  return EPSILON * Math.max(1, Math.abs(bound));
}

/** Blank as the engine sees it: empty, or text of only spaces. */
export function isBlankExpr(x: string): string {
  return `AND(NOT(ISNUMBER(${x})),NOT(ISLOGICAL(${x})),LEN(TRIM(SUBSTITUTE(${x}&"",${NBSP}," ")))=0)`;
}

/**
 * Dot-grouped thousands as the engine reads them ("4.380", "1.000.000.000", "1.000,5"): the integer
 * part's dots sit every fourth character after a first group of 1-3 digits not starting with 0.
 * Gives the test and the number it reads. In a percent, a single dot with no comma is a decimal point
 * ("75.35%"), as in the engine. (A test, not a FALSE result: LibreOffice counts FALSE as a number.)
 */
function dotGrouped(t: string, percentSign: string): { test: string; value: string } {
  const dots = `(LEN(${t})-LEN(SUBSTITUTE(${t},".","")))`;
  const commas = `(LEN(${t})-LEN(SUBSTITUTE(${t},",","")))`;
  const intPart = `IF(${commas}=1,LEFT(${t},FIND(",",${t})-1),${t})`;
  const p = `FIND(".",${intPart})`;
  const spots = [0, 4, 8, 12, 16].map((k) => `(MID(${intPart},${p}+${k},1)=".")`).join('+');
  const frac = `IF(${commas}=1,VALUE(MID(${t},FIND(",",${t})+1,30))/10^LEN(MID(${t},FIND(",",${t})+1,30)),0)`;
  // AND() propagates errors, so the FIND-based tests are wrapped: no dot means no thousands groups.
  const grouped = `IFERROR(AND(NOT(AND(${percentSign},${dots}=1,${commas}=0)),${commas}<=1,${dots}>=1,LEFT(${t},1)<>"0",${p}<=4,LEN(${intPart})-${p}=4*${dots}-1,${spots}=${dots}),FALSE)`;
  return { test: grouped, value: `VALUE(SUBSTITUTE(${intPart},".",""))+${frac}` };
}

/** Decimal text (digits, one "," or "."), or dot-grouped thousands. */
function decimalFromText(t: string, percentSign: string): string {
  const sepCount = `(LEN(${t})-LEN(SUBSTITUTE(SUBSTITUTE(${t},",",""),".","")))`;
  const pos = `IFERROR(FIND(",",${t}),IFERROR(FIND(".",${t}),0))`;
  const whole = `IF(${pos}=1,0,VALUE(LEFT(${t},${pos}-1)))`;
  const frac = `VALUE(MID(${t},${pos}+1,30))/10^LEN(MID(${t},${pos}+1,30))`;
  const grouped = dotGrouped(t, percentSign);
  return `IF(OR(${t}="",LEFT(${t},1)="-",NOT(ISERROR(FIND("E",UPPER(${t}))))),"?",IF(${grouped.test},${grouped.value},IF(${sepCount}>1,"?",IF(${pos}=0,VALUE(${t}),${whole}+${frac}))))`;
}

export function helperFormulas(c: CompiledCriterion, input: string, h: HelperCells): { h1: string; h2: string; h3: string } {
  const blank = isBlankExpr(input);
  const folded1 = substituteAll(`LOWER(TRIM(SUBSTITUTE(${input}&"",${NBSP}," ")))`, FOLD_FIRST);
  switch (c.kind) {
    case 'percent':
    case 'manual': {
      const hasPercent = `ISNUMBER(FIND("%",${input}&""))`;
      const h1 = `IF(ISTEXT(${input}),SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(TRIM(${input}),${NBSP},""),"%","")," ",""),"")`;
      const h2 = `IF(${h.h1}="","",IFERROR(${decimalFromText(h.h1, hasPercent)},"?"))`;
      if (c.kind === 'manual') {
        const check = (v: string) => `IF(OR(${v}<0,${v}>${num(c.max + 1e-9)}),"?",${v})`;
        const h3 = `IFERROR(IF(${blank},"",IF(ISLOGICAL(${input}),"?",IF(ISNUMBER(${input}),${check(input)},IF(${h.h2}="?","?",IF(${hasPercent},"?",${check(h.h2)}))))),"?")`;
        return { h1, h2, h3 };
      }
      const fromNumber = (v: string) => `IF(AND(${v}>1,${v}<=100),${v}/100,IF(OR(${v}<0,${v}>${num(1 + 1e-9)}),"?",${v}))`;
      const fromPercent = (v: string) => `IF(OR(${v}/100<0,${v}/100>${num(1 + 1e-9)}),"?",${v}/100)`;
      const h3 = `IFERROR(IF(${blank},"",IF(ISLOGICAL(${input}),"?",IF(ISNUMBER(${input}),${fromNumber(input)},IF(${h.h2}="?","?",IF(${hasPercent},${fromPercent(h.h2)},${fromNumber(h.h2)}))))),"?")`;
      return { h1, h2, h3 };
    }
    case 'count': {
      // h1 is the first word ("20 văn bản" gives "20"), so h2 refers to it rather than repeating it.
      const trimmed = `TRIM(SUBSTITUTE(${input},${NBSP}," "))`;
      const h1 = `IF(ISTEXT(${input}),LEFT(${trimmed},FIND(" ",${trimmed}&" ")-1),"")`;
      const token = h.h1;
      const fromToken = `IF(OR(LEFT(${token},1)="-",ISNUMBER(FIND(",",${token}))),"?",IF(ISNUMBER(FIND(".",${token})),IF(${dotGrouped(token, 'FALSE').test},${dotGrouped(token, 'FALSE').value},"?"),VALUE(${token})))`;
      const h2 = `IF(${h.h1}="","",IFERROR(${fromToken},"?"))`;
      const whole = (v: string) => `IF(OR(${v}<0,ABS(${v}-ROUND(${v},0))>1E-9),"?",ROUND(${v},0))`;
      const h3 = `IFERROR(IF(${blank},"",IF(ISLOGICAL(${input}),"?",IF(ISNUMBER(${input}),${whole(input)},IF(${h.h2}="?","?",${whole(h.h2)})))),"?")`;
      return { h1, h2, h3 };
    }
    case 'bool': {
      const h2 = substituteAll(substituteAll(h.h1, FOLD_SECOND), [['.', ''], ['!', '']]);
      const yes = YES_WORDS.map((w) => `${h.h2}=${wordLiteral(w)}`);
      const no = NO_WORDS.map((w) => `${h.h2}=${wordLiteral(w)}`);
      const h3 = `IFERROR(IF(${blank},"",IF(ISLOGICAL(${input}),${input},IF(ISNUMBER(${input}),IF(${input}=1,TRUE,IF(${input}=0,FALSE,"?")),IF(OR(${yes.join(',')}),TRUE,IF(OR(${no.join(',')}),FALSE,"?"))))),"?")`;
      return { h1: folded1, h2, h3 };
    }
    case 'choice': {
      const h2 = substituteAll(h.h1, FOLD_SECOND);
      const keys = `{${c.bands.map((b) => `"${(b.key ?? '').replace(/"/g, '""')}"`).join(';')}}`;
      const indexes = `{${c.bands.map((_, i) => i + 1).join(';')}}`;
      const exact = `SUMPRODUCT((${keys}=${h.h2})*${indexes})`;
      const found = `ISNUMBER(FIND(${h.h2},${keys}))`;
      const h3 = `IFERROR(IF(${blank},"",IF(${exact}>0,${exact},IF(AND(LEN(${h.h2})>=3,SUMPRODUCT(--${found})=1),SUMPRODUCT(${found}*${indexes}),"?"))),"?")`;
      return { h1: folded1, h2, h3 };
    }
  }
}

/** The points for the value in helper cell `v` (an h3), with the document's bands in order. */
export function pointsFormula(c: CompiledCriterion, v: string): string {
  let body: string;
  switch (c.kind) {
    case 'manual':
      body = v;
      break;
    case 'bool': {
      const yes = c.bands.find((b) => b.bool === true)?.points ?? 0;
      const no = c.bands.find((b) => b.bool === false)?.points ?? 0;
      body = `IF(${v},${num(yes)},${num(no)})`;
      break;
    }
    case 'choice':
      body = `CHOOSE(${v},${c.bands.map((b) => num(b.points)).join(',')})`;
      break;
    case 'percent':
    case 'count':
      body = c.bands.reduceRight((otherwise, b) => {
        const r = b.range;
        if (!r) return otherwise;
        const tests: string[] = [];
        if (r.min) tests.push(r.min.inclusive ? `${v}>=${num(r.min.value - slack(r.min.value))}` : `${v}>${num(r.min.value + slack(r.min.value))}`);
        if (r.max) tests.push(r.max.inclusive ? `${v}<=${num(r.max.value + slack(r.max.value))}` : `${v}<${num(r.max.value - slack(r.max.value))}`);
        const test = tests.length === 0 ? 'TRUE' : tests.length === 1 ? tests[0] : `AND(${tests.join(',')})`;
        return `IF(${test},${num(b.points)},${otherwise})`;
      }, '"?"');
      break;
  }
  return `IF(${v}="","",IF(ISTEXT(${v}),"?",${body}))`;
}
