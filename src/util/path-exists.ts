import { access } from 'node:fs/promises';

/** Whether anything is at this path (a file, a folder, a link that leads somewhere). */
export async function pathExists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
