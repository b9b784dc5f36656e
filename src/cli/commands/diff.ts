import { compareCharters, isWeaker } from '../../diff/compare.js';
import { readSide } from '../../diff/read-side.js';
import { compareTranslations } from '../../diff/compare-translations.js';
import { compareResults } from '../../diff/compare-results.js';
import { diffJson, diffMarkdown, diffStylish } from '../../report/diff.js';
import { ToolError } from '../../errors.js';
import { EXIT } from '../exit-code.js';
import type { CliIo } from '../io.js';
import { report } from '../report-diagnostics.js';

export interface DiffOptions {
  reporter: string;
  failOnLoosened?: boolean;
}

/** `charter diff <old> <new>`: what changed in the commitments. Output to stdout; exit 1 only with --fail-on-loosened. */
export async function diffCommand(oldArgument: string, newArgument: string, options: DiffOptions, io: CliIo): Promise<number> {
  if (!['stylish', 'json', 'markdown'].includes(options.reporter)) {
    throw new ToolError(`unknown reporter "${options.reporter}" for diff; choose one of stylish, json, markdown`);
  }
  const [before, after] = [await readSide(oldArgument, io.cwd), await readSide(newArgument, io.cwd)];
  if (!before.ok || !after.ok) {
    report([...(before.ok ? [] : before.diagnostics), ...(after.ok ? [] : after.diagnostics)], { reporter: 'stylish' }, io);
    return EXIT.charterErrors;
  }
  const changes = [
    ...compareCharters(before.charter, after.charter),
    ...compareTranslations(before.charter, after.charter, before.translations, after.translations),
    ...compareResults(before.results, after.results, after.charter),
  ];
  const output =
    options.reporter === 'json' ? diffJson(changes) : options.reporter === 'markdown' ? diffMarkdown(changes, oldArgument, newArgument) : diffStylish(changes, oldArgument, newArgument);
  io.stdout.write(output);
  return options.failOnLoosened && changes.some(isWeaker) ? EXIT.charterErrors : EXIT.ok;
}
