/**
 * Excel's enum values as @types/office-js declares them, read from the typings with the TypeScript
 * compiler at test time (not copied by hand), so the strict fake refuses exactly what Office.js does.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

let cache: Map<string, Set<string>> | undefined;

function parse(): Map<string, Set<string>> {
  const file = require.resolve('@types/office-js/index.d.ts');
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const enums = new Map<string, Set<string>>();
  for (const statement of source.statements) {
    if (!ts.isModuleDeclaration(statement) || statement.name.getText(source) !== 'Excel' || !statement.body || !ts.isModuleBlock(statement.body)) continue;
    for (const member of statement.body.statements) {
      if (!ts.isEnumDeclaration(member)) continue;
      const values = new Set<string>();
      for (const m of member.members) if (m.initializer && ts.isStringLiteral(m.initializer)) values.add(m.initializer.text);
      enums.set(member.name.text, values);
    }
  }
  return enums;
}

/** The string values of `Excel.<name>` (throws for an enum the typings do not declare). */
export function excelEnum(name: string): Set<string> {
  cache ??= parse();
  const values = cache.get(name);
  if (!values || values.size === 0) throw new Error(`@types/office-js declares no enum Excel.${name}`);
  return values;
}

/** Throws InvalidArgument as Excel does when a string is not one of the enum's values. */
export function checkEnum(name: string, value: unknown, where: string): void {
  if (typeof value !== 'string' || value === 'Invalid' || !excelEnum(name).has(value)) throw new Error(`InvalidArgument: ${where}: ${JSON.stringify(value)} is not an Excel.${name} (${[...excelEnum(name)].join(', ')})`);
}
