/** `npm run package`'s own lines in English (the same keys as package-addin.vi.js). */
module.exports = {
  usage: 'Usage: npm run package -- --env origin=https://server/folder/ [--env version=1.2.0.0] [--env officejs=local] [--out DIR] [--no-build]',
  noOrigin: '--env origin=… is needed (the https address the add-in is served from): a package never uses the developer\'s localhost.',
  building: (o) => `Building the add-in for ${o.origin} (office.js: ${o.officeJs === 'cdn' ? "Microsoft's CDN" : 'self-hosted'})…`,
  buildFailed: 'Building the add-in failed (see webpack\'s messages above).',
  invalid: (n) => `The built manifest has ${n} errors: no package written.`,
  written: (file, n, v) => `Wrote ${file} (${n} files, version ${v}). Guide: TRIEN-KHAI.md in the package.`,
  writeFailed: (file, why) => `Could not write ${file}: ${why}`,
};
