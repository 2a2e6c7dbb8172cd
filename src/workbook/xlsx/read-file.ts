/**
 * Reading an untrusted input from disk (Node only): only a regular file is read, never a FIFO, a
 * device, a socket or a directory, and never more than a size bound. The kind is checked by path
 * before the file is opened (opening some devices has effects), then again on the open descriptor
 * (the path may have been swapped in between); the read stops one byte past the bound, whatever the
 * file claims its size is (/proc files say 0, a file may grow while it is read).
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';

export type FileKind = 'file' | 'directory' | 'fifo' | 'characterDevice' | 'blockDevice' | 'socket' | 'other';

export function fileKind(stats: Stats): FileKind {
  if (stats.isFile()) return 'file';
  if (stats.isDirectory()) return 'directory';
  if (stats.isFIFO()) return 'fifo';
  if (stats.isCharacterDevice()) return 'characterDevice';
  if (stats.isBlockDevice()) return 'blockDevice';
  if (stats.isSocket()) return 'socket';
  return 'other';
}

/** The reason code of a path that is not a regular file: EISDIR for a directory, `notRegular:KIND` otherwise. */
export function notRegularCode(kind: Exclude<FileKind, 'file'>): string {
  return kind === 'directory' ? 'EISDIR' : `notRegular:${kind}`;
}

export type BoundedRead =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; tooLarge: { bytes: number; limit: number } }
  | { ok: false; code: string };

function errnoCode(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? 'EIO';
}

/** Reads a regular file of at most `limit` bytes; anything else is refused by a reason code. */
export function readRegularFile(file: string, limit: number): BoundedRead {
  let kind: FileKind;
  try {
    kind = fileKind(statSync(file));
  } catch (e) {
    return { ok: false, code: errnoCode(e) };
  }
  if (kind !== 'file') return { ok: false, code: notRegularCode(kind) };
  let fd: number;
  try {
    // Non-blocking: if the path became a FIFO since the check, opening it does not wait for a writer.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (e) {
    return { ok: false, code: errnoCode(e) };
  }
  try {
    const stats = fstatSync(fd);
    const opened = fileKind(stats);
    if (opened !== 'file') return { ok: false, code: notRegularCode(opened) };
    if (stats.size > limit) return { ok: false, tooLarge: { bytes: stats.size, limit } };
    let buffer = new Uint8Array(Math.min(limit + 1, Math.max(stats.size + 1, 64 * 1024)));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > limit) return { ok: false, tooLarge: { bytes: length, limit } };
        const grown = new Uint8Array(Math.min(limit + 1, buffer.length * 2));
        grown.set(buffer);
        buffer = grown;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > limit) return { ok: false, tooLarge: { bytes: length, limit } };
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (e) {
    return { ok: false, code: errnoCode(e) };
  } finally {
    closeSync(fd);
  }
}
