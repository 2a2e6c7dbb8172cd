/**
 * Start tags found in XML by a hand-written scan, not a regular expression: a pattern that loops
 * over alternatives (`(?:[^<>"']|"…"|'…')*`) keeps one backtracking entry per character, so one
 * 18 MB tag overflowed the stack. Same tags as that pattern: `<name` followed by whitespace, `/` or
 * `>`, then characters other than `<`, with quoted values that may hold `>` but not `<`, up to `>`.
 * A tag left open stops at the next `<`, so each scan is linear in the text.
 */

export interface StartTag {
  /** Offset of the `<`. */
  index: number;
  /** The tag, `<` to `>` inclusive. */
  text: string;
}

const GT = 0x3e;
const QUOT = 0x22;
const APOS = 0x27;

/** The offset of the `>` ending the tag whose body starts at `from`, or -1 when it has none before the next `<`. */
function tagEnd(xml: string, from: number): number {
  const nextLt = xml.indexOf('<', from);
  const limit = nextLt < 0 ? xml.length : nextLt;
  for (let i = from; i < limit; i++) {
    const c = xml.charCodeAt(i);
    if (c === GT) return i;
    if (c === QUOT || c === APOS) {
      const close = xml.indexOf(c === QUOT ? '"' : "'", i + 1);
      if (close < 0 || close > limit) return -1;
      i = close;
    }
  }
  return -1;
}

/**
 * A finder of start tags named by `name`, a regular-expression source without groups for the name
 * (`col`, `(?:[A-Za-z0-9]+:)?dataValidation`): only the name is matched by a pattern.
 */
export function tagFinder(name: string): RegExp {
  return new RegExp(`<${name}(?=[ \\t\\r\\n/>])`, 'g');
}

/** The first start tag `finder` names at or after `from`. */
export function nextStartTag(xml: string, finder: RegExp, from = 0): StartTag | undefined {
  finder.lastIndex = from;
  for (let m = finder.exec(xml); m; m = finder.exec(xml)) {
    const end = tagEnd(xml, m.index + m[0].length);
    if (end >= 0) return { index: m.index, text: xml.slice(m.index, end + 1) };
    finder.lastIndex = m.index + 1;
  }
  return undefined;
}

/** Every start tag named by `name`, in order. */
export function* startTags(xml: string, name: string): Generator<StartTag> {
  const finder = tagFinder(name);
  for (let tag = nextStartTag(xml, finder); tag; tag = nextStartTag(xml, finder, tag.index + tag.text.length)) yield tag;
}
