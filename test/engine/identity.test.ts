import fc from 'fast-check';
import { hasInvisibleCharacters, mixesScripts, printableName, unitIdentity } from '../../src/engine';

const NAME = 'Sở Tư pháp';

describe('unit identity', () => {
  it('is one unit in NFC, NFD, with zero-width space, soft hyphen, bidi marks, extra spaces or other case', () => {
    const spellings = [
      NAME,
      NAME.normalize('NFD'),
      'Sở Tư\u200b pháp',
      'Sở Tư p\u00adháp',
      '\u202eSở Tư pháp\u202c',
      '  Sở   Tư\u00a0pháp ',
      'SỞ TƯ PHÁP',
      'Sở Tư pháp\r\n',
    ];
    for (const s of spellings) expect(unitIdentity(s)).toBe(unitIdentity(NAME));
  });

  it('keeps diacritics and look-alike letters apart, and reports mixed scripts', () => {
    expect(unitIdentity('So Tu phap')).not.toBe(unitIdentity(NAME));
    const cyrillic = 'Sở Tư ph\u0430p'; // Cyrillic small a
    expect(unitIdentity(cyrillic)).not.toBe(unitIdentity(NAME));
    expect(mixesScripts(cyrillic)).toBe(true);
    expect(mixesScripts('Sở Tư pháp \u03b1')).toBe(true);
    expect(mixesScripts(NAME)).toBe(false);
    expect(mixesScripts('Сбербанк')).toBe(false);
  });

  it('prints names without control or bidi characters', () => {
    expect(printableName('A\u202eB\rC\u200bD')).toBe('AB CD');
    expect(hasInvisibleCharacters('A\u202eB')).toBe(true);
    expect(hasInvisibleCharacters(NAME)).toBe(false);
  });

  const pieces = fc.constantFrom('S', 'ở', 'o\u031b\u0309', ' ', '\u200b', '\u00ad', '\u200e', 'Đ', 'đ', 'a', 'A', '\u0430', '\t', '\u00a0', 'T', 'ư');
  const names = fc.array(pieces, { maxLength: 12 }).map((p) => p.join(''));

  it('property: two names are one unit exactly when their folded forms are equal', () => {
    fc.assert(
      fc.property(names, names, (a, b) => {
        const same = unitIdentity(a) === unitIdentity(b);
        const folded = (s: string) => printableName(s).toLocaleLowerCase('vi').normalize('NFC');
        expect(same).toBe(folded(a) === folded(b));
      }),
    );
  });

  it('property: identity is idempotent and unchanged by invisible characters inserted anywhere', () => {
    fc.assert(
      fc.property(names, fc.nat(), fc.constantFrom('\u200b', '\u00ad', '\u2060', '\ufeff', '\u202a', '\u0007'), (a, at, junk) => {
        const i = at % (a.length + 1);
        const b = a.slice(0, i) + junk + a.slice(i);
        expect(unitIdentity(unitIdentity(a))).toBe(unitIdentity(a));
        // Inserting between a base letter and its combining mark changes NFC composition, so compare
        // on NFC text where the insertion point is a character boundary.
        if (a.normalize('NFC') === a) expect(unitIdentity(b)).toBe(unitIdentity(a));
      }),
    );
  });
});
