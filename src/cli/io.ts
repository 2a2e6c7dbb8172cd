/** The command's outputs: machine output on stdout, human messages on stderr, exit codes by contract. */
import { printableName } from '../engine/identity';

export const EXIT_OK = 0;
export const EXIT_INPUT_ERRORS = 1;
export const EXIT_USAGE = 2;
/** The output could not be written: nothing was written (no half-written file either). */
export const EXIT_NOT_WRITTEN = 3;

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

/**
 * A reader that stops early (`ktd5 track | head`) closes the pipe. That is not a failure of the
 * command: further lines to that stream are dropped and the command finishes its work (its files are
 * still written), instead of dying on an unhandled EPIPE.
 */
function lineWriter(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
  });
  return (text) => {
    if (!closed) stream.write(text.endsWith('\n') ? text : `${text}\n`);
  };
}

let writers: Output | undefined;
const streams = (): Output => (writers ??= { out: lineWriter(process.stdout), err: lineWriter(process.stderr) });

export const processOutput: Output = {
  out: (text) => streams().out(text),
  err: (text) => streams().err(text),
};

/**
 * One line holding names or messages from member files, made safe for a terminal: control and bidi
 * characters removed, line breaks made spaces — a CR, a line feed, an escape sequence or U+202E in a
 * unit name cannot rewrite, add or reverse a line of the ranking.
 */
export function terminalText(line: string): string {
  return printableName(line);
}

/** Pads to a display width, counting characters (Vietnamese precomposed letters are one each). */
export function pad(text: string, width: number): string {
  const length = [...text.normalize('NFC')].length;
  return length >= width ? text : text + ' '.repeat(width - length);
}

/** Wraps text to `width` characters per line, on spaces. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && [...line].length + 1 + [...word].length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...(r[i] ?? '')].length)));
  const line = (cells: string[]): string => cells.map((c, i) => pad(c, widths[i] ?? 0)).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
