/** Jest runs the TypeScript sources through ts-jest (CommonJS, transpile only: `npm run typecheck` type-checks). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: { module: 'commonjs', moduleResolution: 'node10', resolveJsonModule: true, esModuleInterop: true, isolatedModules: true, ignoreDeprecations: '5.0' }, diagnostics: false }],
  },
};
