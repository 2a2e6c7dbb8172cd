/** Runs the `ktd5` command in-process and keeps what it printed. */
import { type Output } from '../../src/cli/io';
import { run } from '../../src/cli/main';

export async function capture(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Output = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) };
  const code = await run(argv, io);
  return { code, out, err };
}
