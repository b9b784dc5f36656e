import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { isWithin } from './safe-path.js';
import { pathExists } from '../util/path-exists.js';

/** Where one charter's source is, and how to show its paths to the user. */
export interface CharterLocation {
  /** The folder holding charter.yaml and its narrative and assets. */
  folder: string;
  yamlPath: string;
  /** The folder as the user should see it (relative to the working folder). */
  displayFolder: string;
  /** charter.yaml as the user should see it. */
  displayYaml: string;
}

export type FindResult = { ok: true; location: CharterLocation } | { ok: false; message: string };

/** A charter argument is a folder holding charter.yaml, or a path to a .yaml file. */
export async function findCharter(argument: string, cwd: string): Promise<FindResult> {
  const absolute = resolve(cwd, argument);
  let info;
  try {
    info = await stat(absolute);
  } catch {
    return { ok: false, message: `${argument}: no such file or folder` };
  }
  let yamlPath = absolute;
  if (info.isDirectory()) {
    yamlPath = join(absolute, 'charter.yaml');
    if (!(await pathExists(yamlPath))) return { ok: false, message: `${argument}: this folder has no charter.yaml (run "charter init ${argument}" to start one)` };
  } else if (!/\.ya?ml$/i.test(basename(absolute))) {
    // Another file of a charter folder (narrative.md, an image) stands for its charter, so a
    // pre-commit hook or lint-staged can pass the files that changed.
    yamlPath = join(dirname(absolute), 'charter.yaml');
    if (!(await pathExists(yamlPath))) return { ok: false, message: `${argument}: expected a charter folder, its charter.yaml, or a file inside a charter folder` };
  }
  const folder = dirname(yamlPath);
  // A link may point anywhere a pull request likes (a key file, a log); a charter reads only its own folder.
  if (await leadsOutside(folder, yamlPath)) return { ok: false, message: `${argument}: ${basename(yamlPath)} is a link that leads outside the charter folder` };
  const display = (path: string) => relative(cwd, path) || '.';
  return { ok: true, location: { folder, yamlPath, displayFolder: relative(cwd, folder), displayYaml: display(yamlPath) } };
}


/**
 * Whether the file is a link to somewhere outside its folder. Only where it leads is judged here:
 * what it is (a FIFO, a device) is for the reader, which opens regular files only.
 */
async function leadsOutside(folder: string, path: string): Promise<boolean> {
  try {
    return !isWithin(await realpath(folder), await realpath(path));
  } catch {
    return false; // a broken link: the reader says so
  }
}
