/** The KTD5 engine: pure TypeScript, no I/O, no Office, no DOM. */
export * from './schema';
export * from './condition';
export * from './issues';
export * from './text';
export * from './identity';
export * from './numbers';
export * from './phrase';
export * from './coerce';
export * from './compile';
export * from './score';
export * from './next-band';
export * from './rank';
export * from './status';
export * from './dti';
export * from './lint';
export * from './document';
export * from './messages';
