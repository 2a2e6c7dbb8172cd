/**
 * Text placed in a printed header or footer, in both hosts: "&" starts a code there (&P page, &B bold,
 * &L left …), so a literal ampersand in a unit's or a Khối's name is written "&&".
 */
export function headerFooterText(text: string): string {
  return text.replace(/&/g, '&&');
}
