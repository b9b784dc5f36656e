import { relative } from 'node:path';
import { watch } from 'chokidar';
import { isWithin } from '../source/safe-path.js';

/**
 * How long the folders must be quiet before a change is acted on. An editor's save is a burst of a
 * few milliseconds (write a temporary file, rename it into place); someone is waiting for the page.
 */
const QUIET_MS = 30;

export interface WatchFoldersOptions {
  /** A folder whose changes are not edits: where the build writes (`charter serve` writes nothing). */
  outDir?: string;
  /** Called once per burst of changes, QUIET_MS after the last one. */
  onChange: (changed: string) => void;
  /** Called with a one-line reason when a folder cannot be watched; the watch goes on with the others. */
  onError: (message: string) => void;
  signal: AbortSignal;
}

/** Folders a charter repository keeps beside its charters that are never inputs. */
const NEVER_INPUTS = /(?:^|[\\/])(?:\.git|node_modules)(?:[\\/]|$)/;

/** .git or node_modules inside a watched folder (the tool itself may live under a node_modules). */
function neverAnInput(folders: readonly string[], path: string): boolean {
  const root = folders.find((folder) => isWithin(folder, path));
  return root !== undefined && NEVER_INPUTS.test(relative(root, path));
}

/**
 * Watches charter and template folders for edits and resolves once every folder is being watched.
 * chokidar rather than fs.watch's recursive mode: Node's own walks into symbolic links, so a link
 * loop in a charter folder threw ELOOP out of the watcher (a stack trace), and a link back up
 * could show our own writes as edits under another name. Links are not followed here: a link's own
 * change is an edit, its target's is not.
 */
export async function watchFolders(folders: readonly string[], options: WatchFoldersOptions): Promise<void> {
  const { outDir, onChange, onError, signal } = options;
  let pending: NodeJS.Timeout | undefined;
  const watcher = watch([...folders], {
    ignoreInitial: true,
    followSymlinks: false,
    // Our own outputs (and their temporary files) inside a charter folder are not edits, unless
    // the output folder holds the charter itself.
    ignored: (path: string) =>
      path.endsWith('.tmp') || neverAnInput(folders, path) || (outDir !== undefined && isWithin(outDir, path) && !folders.some((folder) => isWithin(outDir, folder))),
  });
  let ready = false;
  watcher.on('all', (_event, path) => {
    // The first scan reports some links as added even with ignoreInitial; nothing changed yet.
    if (!ready) return;
    clearTimeout(pending);
    pending = setTimeout(() => onChange(path), QUIET_MS);
  });
  watcher.on('error', (error: unknown) => {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    onError(code === 'ELOOP' ? 'a symbolic link loop was skipped' : `a file cannot be watched (${code ?? String(error)})`);
  });
  signal.addEventListener('abort', () => {
    clearTimeout(pending);
    void watcher.close();
  }, { once: true });
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  ready = true;
}
