import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temporary files not yet renamed into place, so an interrupted run can remove them. */
const pending = new Set<string>();
let stopped = false;

/** After Ctrl-C: no new write starts. */
export function stopWriting(): void {
  stopped = true;
}

/**
 * Writes a file so that readers only ever see the old content or the whole new content: the
 * bytes go to a temporary file in the same folder, are flushed, and the file is renamed over
 * the target (atomic on POSIX file systems). A failure leaves the target untouched and removes
 * the temporary file.
 */
export async function writeAtomic(target: string, content: string | Uint8Array): Promise<void> {
  if (stopped) throw new Error('interrupted');
  const folder = dirname(target);
  await mkdir(folder, { recursive: true });
  const temporary = join(folder, `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  pending.add(temporary);
  try {
    const handle = await open(temporary, 'wx', 0o644);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    pending.delete(temporary);
  }
}

/** Removes temporary files of writes still under way (on Ctrl-C). Synchronous: called while exiting. */
export function removePendingTemporaryFiles(removeSync: (path: string) => void): void {
  for (const path of pending) {
    try {
      removeSync(path);
    } catch {
      // Already gone.
    }
  }
  pending.clear();
}
