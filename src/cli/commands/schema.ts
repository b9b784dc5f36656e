import { readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { writeAtomic } from '../../build/write-atomic.js';
import { printable } from '../../diagnostics.js';
import { ToolError, writeError } from '../../errors.js';
import { PACKAGE_ROOT } from '../../util/package-root.js';
import { editorSchemaText } from '../../schema/editor-schema.js';
import { gitRoot } from '../../source/git-root.js';
import { EXIT } from '../exit-code.js';
import type { CliIo } from '../io.js';

/** The file an editor's modeline points to, kept in the repository so it works on every clone. */
export const SCHEMA_FILE_NAME = 'charter.schema.json';

/**
 * `charter schema`: prints the schema an editor reads. With --write, writes it into the repository
 * instead (default: charter.schema.json at the git root, else in the working folder). With
 * --results, prints the JSON Schema of the open data, performance.json.
 */
export async function schemaCommand(options: { write?: string | boolean; results?: boolean }, io: CliIo): Promise<number> {
  if (options.results) {
    if (options.write !== undefined && options.write !== false) throw new ToolError('--results prints the schema of performance.json; it is not written into the repository (leave out --write)');
    io.stdout.write(await readFile(join(PACKAGE_ROOT, 'schemas', 'performance.schema.json'), 'utf8'));
    return EXIT.ok;
  }
  if (options.write === undefined || options.write === false) {
    io.stdout.write(editorSchemaText());
    return EXIT.ok;
  }
  const path = typeof options.write === 'string' ? resolve(io.cwd, options.write) : await defaultSchemaPath(io.cwd);
  await writeSchema(path, io.cwd);
  io.stderr.write(`wrote ${printable(relative(io.cwd, path) || path)}\n`);
  return EXIT.ok;
}

/** charter.schema.json at the top of the repository holding `folder`, or in `folder` itself outside git. */
export async function defaultSchemaPath(folder: string): Promise<string> {
  return resolve((await gitRoot(folder)) ?? folder, SCHEMA_FILE_NAME);
}

export async function writeSchema(path: string, cwd: string): Promise<void> {
  try {
    await writeAtomic(path, editorSchemaText());
  } catch (error) {
    throw writeError(error, relative(cwd, path) || path);
  }
}

/** The modeline's path from a charter folder to the schema file: relative, with forward slashes on every system. */
export function modelinePath(charterFolder: string, schemaPath: string): string {
  const path = relative(charterFolder, schemaPath).split(sep).join('/');
  return path.startsWith('.') ? path : `./${path}`;
}
