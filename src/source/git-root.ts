import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** The top folder of the git repository holding `folder` (where .git is, as a folder or a worktree's file), or undefined outside one. */
export async function gitRoot(folder: string): Promise<string | undefined> {
  for (let current = folder; ; current = dirname(current)) {
    try {
      await stat(join(current, '.git'));
      return current;
    } catch {
      // not here; one level up
    }
    if (dirname(current) === current) return undefined;
  }
}
