import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';

export type InsideResult = { ok: true; path: string } | { ok: false; reason: string };

/**
 * Resolves a path written in a charter against the charter's folder and makes sure it stays
 * inside it, after following symlinks, and exists as a file. Nothing outside the folder is read.
 */
export async function resolveInside(folder: string, written: string): Promise<InsideResult> {
  if (isAbsolute(written) || /^[a-zA-Z]:[\\/]/.test(written) || written.startsWith('~')) {
    return { ok: false, reason: 'must be a relative path inside the charter folder, not an absolute one' };
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(written)) {
    return { ok: false, reason: 'must be a file inside the charter folder, not a URL' };
  }
  const root = await realpath(folder);
  const candidate = resolve(folder, written);
  if (!isWithin(resolve(folder), candidate)) {
    return { ok: false, reason: 'leaves the charter folder; keep files inside it' };
  }
  let real: string;
  try {
    real = await realpath(candidate);
  } catch {
    return { ok: false, reason: 'does not exist in the charter folder' };
  }
  if (!isWithin(root, real)) {
    return { ok: false, reason: 'is a link that leads outside the charter folder' };
  }
  const info = await stat(real);
  if (!info.isFile()) return { ok: false, reason: 'is not a file' };
  return { ok: true, path: real };
}

export function isWithin(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}
