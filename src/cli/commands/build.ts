import { rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { buildCharters, OUTPUT_KINDS, type BuildOptions, type BuildReport, type OutputKind } from '../../build/build-charters.js';
import { removePendingTemporaryFiles, stopWriting } from '../../build/write-atomic.js';
import { printable } from '../../diagnostics.js';
import { asToolError, ToolError } from '../../errors.js';
import { LazyPrinter } from '../../pdf/lazy-printer.js';
import { loadTemplate, templateFolder } from '../../render/template.js';
import { EXIT } from '../exit-code.js';

import type { CliIo } from '../io.js';
import { parseMaxWarnings, parsePositive, pickReporter, resolveAsOf } from '../options.js';
import { closingTable, progressLine } from '../progress.js';
import { finish, report, type ReportingOptions } from '../report-diagnostics.js';
import { resolveCharters } from '../resolve-charters.js';
import { watchFolders } from '../watch-folders.js';
import { onInterrupt } from '../interrupt.js';
import { configForRun } from '../config.js';

export interface BuildCommandOptions extends ReportingOptions {
  /** Default: the configuration file's, else dist in the working folder. */
  out?: string;
  only?: string;
  template: string;
  browser?: string;
  timeout: string;
  concurrency: string;
  handbook?: boolean;
  watch?: boolean;
}

export async function buildCommand(charters: string[], options: BuildCommandOptions, io: CliIo): Promise<number> {
  pickReporter(options.reporter);
  // Flags are read first (a bad one is the first thing said), then the configuration file fills
  // in what they leave out: flags over the file, the file over the defaults.
  const flaggedMaxWarnings = parseMaxWarnings(options.maxWarnings);
  const flaggedAsOf = options.asOf === undefined ? undefined : resolveAsOf(options.asOf, io.env, io.now);
  const outputs = parseOnly(options.only);
  // Node's timers stop at 2^31 ms (about 24 days); a day is more than any print needs.
  const timeoutMs = parsePositive(options.timeout, '--timeout', { value: 86_400, unit: 'seconds (a day)' }) * 1000;
  const concurrency = Math.min(8, parsePositive(options.concurrency, '--concurrency'));
  const locations = await resolveCharters(charters, io.cwd, options.shard);
  const config = await configForRun(locations, io.cwd);
  const maxWarnings = flaggedMaxWarnings ?? config.run?.maxWarnings;
  const asOf = flaggedAsOf ?? resolveAsOf(config.run?.asOf, io.env, io.now);
  const outDir = options.out !== undefined ? resolve(io.cwd, options.out) : (config.run?.out ?? resolve(io.cwd, 'dist'));
  const printer = new LazyPrinter({ flag: options.browser, env: io.env }, timeoutMs, { keepPageReady: options.watch === true, early: io.earlyBrowser });

  const interrupt = onInterrupt(printer, (text) => io.stderr.write(text), {
    message: 'interrupted; no partial output was left behind',
    // Stop new writes, let file operations under way settle (a temporary file being created now
    // would otherwise appear after it was removed), then remove every temporary file.
    settle: async () => {
      stopWriting();
      await new Promise((resolve) => setTimeout(resolve, 200));
      removePendingTemporaryFiles((path) => rmSync(path, { force: true }));
    },
  });
  const buildOnce = async (): Promise<number> => {
    // The template is read on every build, so --watch picks up edits to it.
    const template = await loadTemplate(options.template, io.cwd);
    const showProgress = Boolean(io.stderr.isTTY) && !options.quiet && locations.length > 1;
    const buildOptions: BuildOptions = {
      asOf, outDir, outputs, template, concurrency, handbook: options.handbook ?? false, rulesFor: config.rulesFor,
      ...(showProgress ? { onCharterDone: (result) => io.stderr.write(progressLine(result)) } : {}),
    };
    const result = await buildCharters(locations, buildOptions, printer);
    // After Ctrl-C the build ends in failures of its own making (the browser was killed): not worth a report.
    if (interrupt.signal.aborted) return interrupt.interrupted;
    return reportBuild(result, options, maxWarnings, io);
  };

  try {
    const work = options.watch ? watchAndRebuild(locations.map((l) => l.folder), await templateFolder(options.template, io.cwd), outDir, io, buildOnce, interrupt.signal) : buildOnce();
    return await Promise.race([work, interrupt.interrupted]);
  } finally {
    interrupt.dispose();
    await printer.close();
  }
}

function reportBuild(result: BuildReport, options: BuildCommandOptions, maxWarnings: number | undefined, io: CliIo): number {
  report(result.diagnostics, options, io, result.failures);
  const written = [...result.charters.flatMap((c) => c.written), ...result.written];
  if (result.failures.length > 0) {
    for (const failure of result.failures) io.stderr.write(`charter: ${failure.message}\n`);
    if (written.length > 0) io.stderr.write(`charter: written all the same: ${written.map((p) => relative(io.cwd, p)).join(', ')}\n`);
  } else if (!options.quiet) {
    if (result.charters.length > 1) {
      io.stderr.write(closingTable(result.charters, io.cwd));
      // The run's own files: the handbook of all the charters, and their results as one dataset.
      if (result.written.length > 0) io.stderr.write(`all charters: wrote ${result.written.map((p) => printable(relative(io.cwd, p))).join(', ')}\n`);
    } else if (written.length > 0) {
      io.stderr.write(`${printable(result.charters[0]?.location.displayFolder || '.')}: wrote ${written.map((p) => printable(relative(io.cwd, p))).join(', ')}\n`);
    }
  }
  return finish({ diagnostics: result.diagnostics, failures: result.failures, maxWarnings }, io);
}

/**
 * --watch: build, then rebuild whenever a file in a charter folder or the template folder changes.
 * The browser stays open between rebuilds; a charter error is reported and the watch goes on. It
 * ends when `stop` is aborted (Ctrl-C); the interrupt gives the exit code.
 */
async function watchAndRebuild(folders: readonly string[], template: string, outDir: string, io: CliIo, buildOnce: () => Promise<number>, stop: AbortSignal): Promise<number> {
  const charterFolders = new Set(folders);
  let running = Promise.resolve(0);
  const rebuildSafely = () =>
    buildOnce().catch((error: unknown) => {
      io.stderr.write(`charter: ${asToolError(error).message}\n`);
      return EXIT.toolFailure;
    });
  const rebuild = () => {
    running = running.then(() => {
      io.stderr.write(`\n[${new Date().toISOString().slice(11, 19)}] rebuilding\n`);
      return rebuildSafely();
    });
  };
  await rebuildSafely();
  await watchFolders([...charterFolders, template], {
    outDir,
    onChange: rebuild,
    onError: (message) => io.stderr.write(`charter: ${message}\n`),
    signal: stop,
  });
  io.stderr.write(`watching ${charterFolders.size} ${charterFolders.size === 1 ? 'charter' : 'charters'} and the template; press Ctrl-C to stop\n`);
  // The watchers close with `stop`; the interrupt's own promise gives the exit code (130, 143, 129).
  return new Promise<number>(() => {});
}

// Here, not in options.ts: the output kinds belong to the build, which `charter check` never loads.
export function parseOnly(value: string | undefined): Set<OutputKind> {
  if (value === undefined) return new Set(OUTPUT_KINDS);
  const kinds = value.split(',').map((k) => k.trim()).filter(Boolean);
  if (kinds.length === 0) throw new ToolError('--only needs at least one output: html, pdf or summary');
  for (const kind of kinds) {
    if (!(OUTPUT_KINDS as readonly string[]).includes(kind)) throw new ToolError(`--only "${kind}" is not an output; choose from ${OUTPUT_KINDS.join(', ')}`);
  }
  return new Set(kinds as OutputKind[]);
}
