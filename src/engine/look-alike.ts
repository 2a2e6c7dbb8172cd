/**
 * Look-alike letters: a name typed with a Cyrillic "а" or a Greek "Ο" reads exactly like the Latin
 * one. `unitIdentity` keeps scripts apart (so such a name is reported by `mixesScripts`); this key
 * also maps the look-alikes to their Latin twins, so that a unit sent once in Latin letters and once
 * with a look-alike is recognised as sent twice.
 */
import { mixesScripts, unitIdentity } from './identity';

// Lower-case Cyrillic and Greek letters drawn like Latin ones (after case folding).
const TWINS: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', і: 'i', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', μ: 'u', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ζ: 'z', ϲ: 'c',
};
const LOOK_ALIKE = new RegExp(`[${Object.keys(TWINS).join('')}]`, 'gu');

/** The identity of a unit name with look-alike letters read as Latin when the name mixes scripts. */
export function lookAlikeIdentity(name: string): string {
  const key = unitIdentity(name);
  if (!mixesScripts(name)) return key;
  return key.normalize('NFD').replace(LOOK_ALIKE, (ch) => TWINS[ch] ?? ch).normalize('NFC');
}
