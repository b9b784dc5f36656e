import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { resolveInside } from './safe-path.js';

export type SourceRead = { ok: true; bytes: Buffer } | { ok: false; problem: 'not-a-file' } | { ok: false; problem: 'too-large'; bytes: number };

/**
 * The one place that opens a file a charter names (charter.yaml, narrative, images). Only a regular
 * file is read, judged on the opened descriptor, so a link to /dev/zero, a FIFO or a terminal can
 * neither hang the run nor grow memory without end (git can store such links, so a pull request can
 * bring one); and never more than `maxBytes`, whatever the file claims or becomes while it is read.
 * Errors of the file system itself (missing, permission) are thrown as they are.
 */
export async function readSourceFile(path: string, maxBytes: number): Promise<SourceRead> {
  // O_NONBLOCK: opening a FIFO with no writer would otherwise wait for ever.
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { ok: false, problem: 'not-a-file' };
    if (info.size > maxBytes) return { ok: false, problem: 'too-large', bytes: info.size };
    const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return { ok: false, problem: 'too-large', bytes: length };
    return { ok: true, bytes: buffer.subarray(0, length) };
  } finally {
    await handle.close();
  }
}

export type TextRead =
  | { ok: true; text: string }
  | { ok: false; problem: 'outside'; reason: string }
  | { ok: false; problem: 'too-large' | 'not-a-file' | 'not-text' };

/**
 * A text file a charter names (a translation, a results file): inside the charter folder after
 * following links (resolveInside), a regular file of at most `maxBytes` (readSourceFile), and
 * UTF-8 text without NUL bytes. whyUnread() words a problem; the callers place it.
 */
export async function readTextInside(folder: string, written: string, maxBytes: number): Promise<TextRead> {
  const inside = await resolveInside(folder, written);
  if (!inside.ok) return { ok: false, problem: 'outside', reason: inside.reason };
  try {
    const read = await readSourceFile(inside.path, maxBytes);
    if (!read.ok) return { ok: false, problem: read.problem };
    if (read.bytes.includes(0)) return { ok: false, problem: 'not-text' };
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(read.bytes) };
  } catch {
    return { ok: false, problem: 'not-text' };
  }
}

/**
 * Why a text file could not be read, to follow its name ("results.csv is not a regular file"); a
 * file outside the charter folder is said with the reason resolveInside gave. `advice` follows a
 * file that is too large ("split it by year").
 */
export function whyUnread(read: Exclude<TextRead, { ok: true }>, maxBytes: number, advice = ''): string {
  switch (read.problem) {
    case 'outside':
      return read.reason;
    case 'too-large':
      return `is larger than ${maxBytes / 1024 / 1024} MB${advice ? `, ${advice}` : ''}`;
    case 'not-a-file':
      return 'is not a regular file';
    case 'not-text':
      return 'cannot be read as UTF-8 text';
  }
}
