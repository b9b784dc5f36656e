import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { writeAtomic } from '../../build/write-atomic.js';
import { TEMPLATES_DIR } from '../../render/template.js';
import { resolveAsOf } from '../options.js';
import { ToolError, writeError } from '../../errors.js';
import { addDuration } from '../../model/dates.js';
import { EXIT } from '../exit-code.js';
import type { CliIo } from '../io.js';
import { defaultSchemaPath, modelinePath } from './schema.js';
import { editorSchemaText } from '../../schema/editor-schema.js';
import { pathExists } from '../../util/path-exists.js';

/**
 * Writes a complete, valid starter charter (charter.yaml and narrative.md) into a folder. It never
 * overwrites: a folder that already has either file is left alone (exit 2).
 */
export async function initCommand(folderArgument: string | undefined, options: { asOf?: string }, io: CliIo): Promise<number> {
  const folder = resolve(io.cwd, folderArgument ?? '.');
  for (const file of ['charter.yaml', 'narrative.md']) {
    if (await pathExists(join(folder, file))) {
      throw new ToolError(`${relative(io.cwd, join(folder, file)) || file} already exists; charter init never overwrites a charter`);
    }
  }
  const today = resolveAsOf(options.asOf, io.env, io.now);
  const nextYear = addDuration(today, { value: 1, unit: 'years' });
  const starter = join(TEMPLATES_DIR, 'starter');
  // The modeline points to a schema kept in the repository, so it works on every clone, whatever
  // machine or install the tool runs from; the schema is written there the first time.
  const schemaFile = await defaultSchemaPath(folder);
  const schemaWritten = !(await pathExists(schemaFile));
  const yaml = (await readFile(join(starter, 'charter.yaml'), 'utf8'))
    .replaceAll('{{today}}', today)
    .replaceAll('{{next_review}}', nextYear);
  try {
    if (schemaWritten) await writeAtomic(schemaFile, editorSchemaText());
    await writeAtomic(join(folder, 'charter.yaml'), `# yaml-language-server: $schema=${modelinePath(folder, schemaFile)}\n${yaml}`);
    await writeAtomic(join(folder, 'narrative.md'), await readFile(join(starter, 'narrative.md'), 'utf8'));
  } catch (error) {
    throw writeError(error, relative(io.cwd, folder) || '.');
  }
  const shown = relative(io.cwd, folder) || '.';
  if (schemaWritten) io.stderr.write(`Wrote ${relative(io.cwd, schemaFile) || schemaFile}, the schema your editor reads (commit it with the charter).\n`);
  io.stderr.write(`Wrote ${join(shown, 'charter.yaml')} and ${join(shown, 'narrative.md')}.\nNext: edit them, then run "charter check ${shown}" and "charter build ${shown}".\n`);
  return EXIT.ok;
}
