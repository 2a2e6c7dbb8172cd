/**
 * Input discovery and safe output: only regular files are inputs, an input is never overwritten (by
 * path, link or inode), and outputs are written to a temporary file beside the target, then renamed.
 */
import { closeSync, fsyncSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileKind, notRegularCode } from '../workbook/xlsx/read-file';

/** An argument or directory entry that was not read, with its reason code (see workbook fsReason). */
export interface Skipped {
  path: string;
  code: string;
}

/**
 * Expands FILE|DIR arguments into .xlsx files (directories: recursively, sorted; Excel's "~$" lock
 * files skipped). A FIFO, device, socket or directory where a file is expected is skipped by its
 * kind before anything opens it, as is a folder that cannot be listed.
 */
export function collectXlsx(args: readonly string[]): { files: string[]; missing: string[]; skipped: Skipped[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const skipped: Skipped[] = [];
  const asFile = (full: string): void => {
    let kind;
    try {
      kind = fileKind(statSync(full));
    } catch (e) {
      skipped.push({ path: full, code: (e as NodeJS.ErrnoException).code ?? 'EIO' });
      return;
    }
    if (kind === 'file') files.push(full);
    else skipped.push({ path: full, code: notRegularCode(kind) });
  };
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    } catch (e) {
      skipped.push({ path: dir, code: (e as NodeJS.ErrnoException).code ?? 'EIO' });
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.xlsx$/i.test(entry.name) && !entry.name.startsWith('~$')) asFile(full);
    }
  };
  for (const arg of args) {
    let stats;
    try {
      stats = statSync(arg);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') missing.push(arg);
      else skipped.push({ path: arg, code: code ?? 'EIO' });
      continue;
    }
    if (stats.isDirectory()) walk(arg);
    else asFile(arg);
  }
  return { files: [...new Set(files)], missing, skipped };
}

/** The path with its folder's links resolved (the file itself need not exist yet). */
function canonical(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    const absolute = path.resolve(p);
    try {
      return path.join(realpathSync(path.dirname(absolute)), path.basename(absolute));
    } catch {
      return absolute;
    }
  }
}

function inode(p: string): string | undefined {
  try {
    const s = statSync(p);
    return `${s.dev}:${s.ino}`;
  } catch {
    return undefined;
  }
}

/** True when `output` is one of `inputs`: the same path after resolving links, or the same file (a hard link). */
export function isAnInput(output: string, inputs: readonly string[]): boolean {
  const out = canonical(output);
  const outInode = inode(output);
  return inputs.some((i) => canonical(i) === out || (outInode !== undefined && inode(i) === outInode));
}

/** The longest prefix of `text` within `bytes` UTF-8 bytes, whole characters only. */
function prefixWithinBytes(text: string, bytes: number): string {
  let out = '';
  let size = 0;
  for (const ch of text) {
    size += Buffer.byteLength(ch);
    if (size > bytes) break;
    out += ch;
  }
  return out;
}

// Temporary names stay well under the 255-byte name limit, so a long output name fails only at the
// rename, with its own reason, and never leaves a half-written file.
const TEMP_STEM_BYTES = 160;

function tempStem(target: string): string {
  return `.${prefixWithinBytes(path.basename(target), TEMP_STEM_BYTES)}`;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const STALE_MS = 24 * 60 * 60 * 1000;

/**
 * Removes temporary files an earlier run left beside `target` when it was killed before its rename:
 * `.NAME.PID.TIME.tmp` whose process is gone (or older than a day). A live run's file is kept.
 */
export function removeStaleTemporaries(target: string): string[] {
  const dir = path.dirname(path.resolve(target));
  const stem = tempStem(target);
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(`${stem}.`) || !name.endsWith('.tmp')) continue;
    const m = /^\.(\d+)\.(\d+)\.tmp$/.exec(name.slice(stem.length));
    if (!m) continue;
    const pid = Number(m[1]);
    const full = path.join(dir, name);
    try {
      const stats = lstatSync(full);
      if (!stats.isFile()) continue;
      if (pid !== process.pid && (!isRunning(pid) || Date.now() - stats.mtimeMs > STALE_MS)) {
        unlinkSync(full);
        removed.push(full);
      }
    } catch {
      // gone already, or not ours to remove
    }
  }
  return removed;
}

/**
 * Creates the missing folders of `dir`, one by one. Not `mkdirSync(…, { recursive: true })`: it says
 * EEXIST when a folder of the path is a file, and on some file systems (/proc) it never returns.
 */
function makeFolders(dir: string): void {
  const missing: string[] = [];
  for (let at = dir; ; ) {
    try {
      if (!statSync(at).isDirectory()) throw Object.assign(new Error(`not a directory: ${at}`), { code: 'ENOTDIR' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      missing.push(at);
      const up = path.dirname(at);
      if (up === at) break;
      at = up;
    }
  }
  for (const folder of missing.reverse()) mkdirSync(folder);
}

/**
 * Writes atomically: a temporary file beside the target, flushed to disk, then a rename over it.
 * With `noOverwrite` the temporary file is linked to the target instead, which fails (EEXIST) if the
 * target exists.
 */
export function writeAtomically(target: string, bytes: Uint8Array, options: { noOverwrite?: boolean } = {}): void {
  const dir = path.dirname(path.resolve(target));
  makeFolders(dir);
  removeStaleTemporaries(target);
  const temp = path.join(dir, `${tempStem(target)}.${process.pid}.${Date.now()}.tmp`);
  let written = false;
  try {
    const fd = openSync(temp, 'wx', 0o666);
    try {
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (options.noOverwrite) {
      linkSync(temp, target);
      unlinkSync(temp);
    } else renameSync(temp, target);
    written = true;
  } finally {
    if (!written) {
      try {
        unlinkSync(temp);
      } catch {
        // never created
      }
    }
  }
}
