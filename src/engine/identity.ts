/**
 * Unit identity: one member unit is one name, however it was typed or pasted. Names are compared
 * after NFC, without Unicode format characters (zero-width, soft hyphen, bidi marks) or control
 * characters, with spaces collapsed and case folded. Diacritics are kept: "Sở Tư pháp" and
 * "So Tu phap" are different spellings a person would notice; a Cyrillic "а" is not, so names that
 * mix Latin with Cyrillic or Greek letters are reported, never silently merged or split.
 */

// \p{Cf}: format characters (ZWSP, ZWJ, soft hyphen, LRM/RLM, bidi embeddings and isolates, BOM).
// \p{Cc}: control characters (NUL … US, DEL, C1), including CR and LF.
const INVISIBLE = /[\p{Cf}\p{Cc}]/gu;
const HAS_INVISIBLE = /[\p{Cf}\p{Cc}]/u;
// Written out rather than \s, which also matches U+FEFF (an invisible BOM, not a word break).
const SPACES = /[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/gu;
const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const GREEK = /\p{Script=Greek}/u;

/** The key two unit names are compared by: equal keys are one unit. */
export function unitIdentity(name: string): string {
  return printableName(name).toLocaleLowerCase('vi').normalize('NFC');
}

/** True when a name mixes Latin letters with Cyrillic or Greek ones (a look-alike spelling). */
export function mixesScripts(name: string): boolean {
  return LATIN.test(name) && (CYRILLIC.test(name) || GREEK.test(name));
}

/**
 * A name as it may be printed (terminal, cells, page): NFC, format and control characters removed,
 * spaces collapsed, so no name can move the cursor, reverse a line or hide text. Case is kept.
 */
export function printableName(name: string): string {
  // Line breaks and tabs separate words; every other control or format character is dropped.
  return name.normalize('NFC').replace(SPACES, ' ').replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

/** True when printing the name changes it (it carried invisible or control characters). */
export function hasInvisibleCharacters(name: string): boolean {
  return HAS_INVISIBLE.test(name);
}
