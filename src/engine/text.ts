/**
 * Vietnamese text folding: phrases and values are matched without diacritics, case or extra spaces,
 * because the documents (Kế hoạch 337/KH-UBND is OCR'd) and the users' typing both drop diacritics.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

// Users type the same few words in every unit's sheet ("Có", "x", "100%"): remembering recent folds
// spares the Unicode normalisation. Bounded, and only short texts, so memory stays small.
const FOLD_CACHE_SIZE = 2048;
const FOLD_CACHE_TEXT = 200;
const foldCache = new Map<string, string>();

/** Folds Vietnamese text to lower-case ASCII letters, digits and single spaces ("Đạt 70%" → "dat 70%"). */
export function fold(text: string): string {
  const hit = foldCache.get(text);
  if (hit !== undefined) return hit;
  const folded = foldText(text);
  if (text.length <= FOLD_CACHE_TEXT) {
    if (foldCache.size >= FOLD_CACHE_SIZE) foldCache.clear();
    foldCache.set(text, folded);
  }
  return folded;
}

function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\u00a0\s]+/g, ' ')
    .trim();
}

/**
 * The key a named choice is matched by: the folded text. Kept this simple on purpose, so that the
 * data sheet's native formulas (which fold with SUBSTITUTE) match exactly the same inputs.
 */
export function choiceKey(text: string): string {
  return fold(text);
}
