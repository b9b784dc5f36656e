import { Command, CommanderError, Option } from 'commander';
import { checkCommand } from './commands/check.js';
import { ToolError } from '../errors.js';
// For bin/charter.js, which words a failed write to stdout the way every other failure is worded.
export { errnoWords } from '../errors.js';
import { EXIT } from './exit-code.js';
import { REPORTER_NAMES } from '../report/index.js';
import { reportRunFailure } from './report-diagnostics.js';
import type { CliIo } from './io.js';
import { PACKAGE_INFO } from '../util/package-info.js';

const VERSION = PACKAGE_INFO.version;

const EXAMPLES = `
Examples:
  $ charter check                          check the charter in this folder
  $ charter check charters/* --reporter github
  $ charter check charters/* --reporter sarif > charter.sarif
  $ charter build examples/riverside-council --out site/
  $ charter build --handbook --only html   staff handbook, HTML only
  $ charter serve examples/riverside-council --open   edit, save, and watch the page
  $ charter summary > summary.txt
  $ charter init my-charter                start a new charter
  $ charter diff HEAD~1:charter.yaml charter.yaml --fail-on-loosened

Exit codes: 0 no errors; 1 the charter has errors (or too many warnings); 2 the tool could not
do its job (bad usage, unreadable file, no browser for the PDF).`;

/** Runs the command line; returns the exit code. The only place that knows about argv and streams. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const debug = argv.includes('--debug');
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  // The --reporter of check or build, once parsed: a run that fails before its report still tells
  // that reporter (github: an ::error:: line; sarif: a log whose run did not succeed).
  let reporter: string | undefined;
  program.hook('preAction', (_program, action) => {
    const chosen: unknown = action.opts().reporter;
    if ((action.name() === 'check' || action.name() === 'build') && typeof chosen === 'string') reporter = chosen;
  });
  try {
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with exit code 0; usage errors were already printed.
      return error.exitCode === 0 ? EXIT.ok : EXIT.toolFailure;
    }
    if (error instanceof ToolError) {
      io.stderr.write(`charter: ${error.message}\n`);
      reportRunFailure(error.message, reporter, io);
      return EXIT.toolFailure;
    }
    const internal = `internal error: ${error instanceof Error ? error.message : String(error)}`;
    io.stderr.write(`charter: ${internal}\n`);
    reportRunFailure(internal, reporter, io);
    if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    else io.stderr.write('charter: run again with --debug to see where, and please report it\n');
    return EXIT.toolFailure;
  }
}

function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command('charter')
    .description('Check and publish customer service charters: a web page, a PDF, a website summary and a staff handbook from one YAML + Markdown source.')
    .version(VERSION, '-v, --version')
    .option('--debug', 'show stack traces for internal errors')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(`charter: ${text.replace(/^error: /, '')}`),
    })
    .showSuggestionAfterError(true);

  const reporting = (command: Command) =>
    command
      .addOption(new Option('--reporter <name>', 'how to report problems').choices([...REPORTER_NAMES]).default('stylish'))
      .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
      .option('--as-of <date>', 'judge dates (review due, overdue) on this day, YYYY-MM-DD (default: today, or SOURCE_DATE_EPOCH)')
      .option('--quiet', 'report errors only, not warnings')
      .option('--color', 'colour the stylish report even when not on a terminal')
      .option('--no-color', 'never colour the report (also NO_COLOR=1 or TERM=dumb)')
      .option('--shard <i/n>', 'only the charters of shard i of n (split by meta.id), for a CI matrix');

  reporting(
    program
      .command('check')
      .description('validate and lint charters; write nothing')
      .argument('[charters...]', 'charter folders or charter.yaml files (default: this folder)'),
  ).action(async (charters: string[], options) => setExit(await checkCommand(charters, options, io)));

  reporting(
    program
      .command('build')
      .description('check, then write the outputs: charter.html, charter.pdf, summary.txt, summary.html')
      .argument('[charters...]', 'charter folders or charter.yaml files (default: this folder)')
      .option('--out <dir>', 'output folder (several charters: <dir>/<meta.id>/; default: dist, or the configuration file\'s out)')
      .option('--only <outputs>', 'comma-separated outputs to write: html, pdf, summary, data')
      .option('--handbook', 'also write the staff induction handbook (handbook.html, handbook.pdf)')
      .option('--template <name|dir>', 'page template: a built-in name or a folder with page.html', 'charter')
      .option('--browser <path>', 'the Chromium or Chrome to print PDFs with (or set CHARTER_BROWSER)')
      .option('--timeout <seconds>', 'time allowed to print one document', '60')
      .option('--concurrency <n>', 'PDFs under way at once in the one browser (on Linux it prints them in turn)', '3')
      .option('--watch', 'rebuild when a charter, its narrative, its assets or the template change'),
  ).action(async (charters: string[], options) => {
    const { buildCommand } = await import('./commands/build.js');
    setExit(await buildCommand(charters, options, io));
  });

  program
    .command('serve')
    .description('show the charter in your browser while you edit it: the page updates on every save, with any problems shown over it')
    .argument('[charter]', 'a charter folder or charter.yaml (default: this folder)')
    .option('--port <n>', 'the port to listen on (0: any free port)', '4321')
    .option('--host <address>', 'the address to listen on (127.0.0.1: this computer only)', '127.0.0.1')
    .option('--open', 'open the page in your default browser')
    .option('--handbook', 'also serve the staff handbook at /handbook (it holds staff-only content)')
    .option('--as-of <date>', 'judge dates on this day, YYYY-MM-DD (default: today, or SOURCE_DATE_EPOCH)')
    .option('--template <name|dir>', 'page template: a built-in name or a folder with page.html', 'charter')
    .option('--browser <path>', 'the Chromium or Chrome to print the PDF with (or set CHARTER_BROWSER)')
    .option('--timeout <seconds>', 'time allowed to print the PDF', '60')
    .action(async (charter: string | undefined, options) => {
      const { serveCommand } = await import('./commands/serve.js');
      setExit(await serveCommand(charter, options, io));
    });

  program
    .command('summary')
    .description('print the website summary paragraph to stdout')
    .argument('[charter]', 'a charter folder or charter.yaml (default: this folder)')
    .option('--as-of <date>', 'judge dates on this day, YYYY-MM-DD')
    .option('--html', 'print the HTML paragraph instead of text')
    .action(async (charter: string | undefined, options: { asOf?: string; html?: boolean }) => {
      const { summaryCommand } = await import('./commands/summary.js');
      setExit(await summaryCommand(charter, options, io));
    });

  program
    .command('translate')
    .description("write or update a translation's PO file (translations/<lang>.po) and start its narrative; no translation is ever lost")
    .argument('[charter]', 'a charter folder or charter.yaml (default: this folder)')
    .requiredOption('--lang <tag>', 'the language to translate into, e.g. cy, fr or sw')
    .option('--as-of <date>', 'judge dates on this day, YYYY-MM-DD')
    .action(async (charter: string | undefined, options: { lang: string; asOf?: string }) => {
      const { translateCommand } = await import('./commands/translate.js');
      setExit(await translateCommand(charter, options, io));
    });

  program
    .command('init')
    .description('start a new charter: a complete, valid starter to edit')
    .argument('[folder]', 'where to write charter.yaml and narrative.md (default: this folder)')
    .option('--as-of <date>', 'the date to put in the starter (default: today)')
    .action(async (folder: string | undefined, options: { asOf?: string }) => {
      const { initCommand } = await import('./commands/init.js');
      setExit(await initCommand(folder, options, io));
    });

  program
    .command('diff')
    .description('what changed in the commitments between two versions of a charter')
    .argument('<old>', 'a charter.yaml, a charter folder, or REV:path read from git (e.g. HEAD~1:charter.yaml)')
    .argument('<new>', 'the same, for the newer version')
    .addOption(new Option('--reporter <name>', 'output format').choices(['stylish', 'json', 'markdown']).default('stylish'))
    .option('--fail-on-loosened', 'exit 1 when a promise got weaker (or may have: unclear changes count)')
    .action(async (oldSide: string, newSide: string, options: { reporter: string; failOnLoosened?: boolean }) => {
      const { diffCommand } = await import('./commands/diff.js');
      setExit(await diffCommand(oldSide, newSide, options, io));
    });

  program
    .command('schema')
    .description('print the JSON Schema of charter.yaml (for editors and other tools), or write it into the repository')
    .option('--write [path]', 'write it to a file instead (default: charter.schema.json at the top of the git repository)')
    .option('--results', 'print the JSON Schema of the open data instead (performance.json)')
    .action(async (options: { write?: string | boolean; results?: boolean }) => {
      const { schemaCommand } = await import('./commands/schema.js');
      setExit(await schemaCommand(options, io));
    });

  return program;
}
