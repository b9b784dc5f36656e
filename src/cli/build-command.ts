import { rmSync, watch, type FSWatcher } from 'node:fs';
import { relative, resolve } from 'node:path';
import { isWithin as isInside } from '../util/safe-path.js';
import { build, OUTPUT_KINDS, type BuildOptions, type BuildReport, type OutputKind } from '../build.js';
import { removePendingTemporaryFiles, stopWriting } from '../emit/write-atomic.js';
import { LazyPrinter } from '../pdf/lazy-printer.js';
import { loadTemplate, TEMPLATES_DIR } from '../render/template.js';
import type { CharterLocation } from '../steps/find-charter.js';
import { resolveAsOf } from './as-of.js';
import { closingTable, progressLine } from './build-summary.js';
import { exitCodeFor, parseMaxWarnings, pickReporter, report, type ReportingOptions } from './check-command.js';
import { EXIT, ToolError, type CliIo } from './io.js';
import { resolveCharters } from './resolve-charters.js';

export interface BuildCommandOptions extends ReportingOptions {
  out: string;
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
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  const asOf = resolveAsOf(options.asOf, io.env, io.now);
  const outputs = parseOnly(options.only);
  const timeoutMs = parsePositive(options.timeout, '--timeout') * 1000;
  const concurrency = Math.min(8, parsePositive(options.concurrency, '--concurrency'));
  const locations = await resolveCharters(charters, io.cwd, options.shard);
  const outDir = resolve(io.cwd, options.out);

  const printer = new LazyPrinter({ flag: options.browser, env: io.env }, timeoutMs);
  // Ctrl-C: end the browser and remove half-written temporary files before leaving.
  const onInterrupt = () => {
    printer.killNow();
    stopWriting();
    // Let file operations already under way settle (a temporary file being created now would
    // otherwise appear after it was removed), then remove every temporary file and leave.
    setTimeout(() => {
      removePendingTemporaryFiles((path) => rmSync(path, { force: true }));
      io.stderr.write('\ncharter: interrupted; no partial output was left behind\n');
      process.exit(130);
    }, 200);
  };
  process.once('SIGINT', onInterrupt);
  process.once('SIGTERM', onInterrupt);
  try {
    const runOnce = async (): Promise<number> => {
      // The template is read on every run, so --watch picks up edits to it.
      const template = await loadTemplate(options.template, io.cwd);
      const showProgress = Boolean(io.stderr.isTTY) && !options.quiet && locations.length > 1;
      const buildOptions: BuildOptions = {
        asOf, outDir, outputs, template, concurrency, handbook: options.handbook ?? false,
        ...(showProgress ? { onCharterDone: (result) => io.stderr.write(progressLine(result)) } : {}),
      };
      const result = await build(locations, buildOptions, printer);
      return finishRun(result, locations, options, maxWarnings, io);
    };
    if (!options.watch) return await runOnce();
    return await watchAndRebuild(locations, options, io, runOnce);
  } finally {
    process.removeListener('SIGINT', onInterrupt);
    process.removeListener('SIGTERM', onInterrupt);
    await printer.close();
  }
}

function finishRun(result: BuildReport, locations: readonly CharterLocation[], options: BuildCommandOptions, maxWarnings: number | undefined, io: CliIo): number {
  report(result.diagnostics, options, io);
  if (result.failures.length > 0) {
    const written = result.charters.flatMap((c) => c.written);
    for (const failure of result.failures) io.stderr.write(`charter: ${failure}\n`);
    if (written.length > 0) io.stderr.write(`charter: written all the same: ${written.map((p) => relative(io.cwd, p)).join(', ')}\n`);
    return EXIT.toolFailure;
  }
  if (!options.quiet) {
    if (locations.length > 1) io.stderr.write(closingTable(result.charters, io.cwd));
    else for (const charter of result.charters) {
      if (charter.written.length > 0) io.stderr.write(`${charter.location.displayFolder || '.'}: wrote ${charter.written.map((p) => relative(io.cwd, p)).join(', ')}\n`);
    }
  }
  return exitCodeFor(result.charters.map((c) => c.checked), result.diagnostics, maxWarnings);
}

/**
 * --watch: build, then rebuild whenever a file in a charter folder or the template changes. The
 * browser stays open between rebuilds; a charter error is reported and the watch goes on. Ends
 * with Ctrl-C (or SIGTERM), through buildCommand's interrupt handler.
 */
async function watchAndRebuild(locations: readonly CharterLocation[], options: BuildCommandOptions, io: CliIo, runOnce: () => Promise<number>): Promise<number> {
  const folders = new Set(locations.map((l) => l.folder));
  const template = /^[a-z0-9-]+$/.test(options.template) ? resolve(TEMPLATES_DIR, options.template) : resolve(io.cwd, options.template);
  const outDir = resolve(io.cwd, options.out);
  let pending: NodeJS.Timeout | undefined;
  let running = Promise.resolve(0);
  const rebuild = () => {
    running = running.then(async () => {
      io.stderr.write(`\n[${new Date().toISOString().slice(11, 19)}] rebuilding\n`);
      return runOnce().catch((error: unknown) => {
        io.stderr.write(`charter: ${error instanceof Error ? error.message : String(error)}\n`);
        return EXIT.toolFailure;
      });
    });
  };
  await runOnce().catch((error: unknown) => io.stderr.write(`charter: ${error instanceof Error ? error.message : String(error)}\n`));
  const watchers: FSWatcher[] = [];
  for (const folder of [...folders, template]) {
    try {
      watchers.push(
        watch(folder, { recursive: true }, (_event, name) => {
          const changed = name ? resolve(folder, name.toString()) : folder;
          // Our own outputs (and their temporary files) inside a charter folder are not edits.
          if (/\.tmp$/.test(changed) || (changed !== folder && isInside(outDir, changed) && !isInside(outDir, folder))) return;
          clearTimeout(pending);
          pending = setTimeout(rebuild, 150);
        }),
      );
    } catch {
      io.stderr.write(`charter: cannot watch ${folder}\n`);
    }
  }
  io.stderr.write(`watching ${folders.size} ${folders.size === 1 ? 'charter' : 'charters'} and the template; press Ctrl-C to stop\n`);
  // Runs until Ctrl-C: the interrupt handler of buildCommand closes the browser and exits.
  return new Promise<number>(() => undefined);
}

function parseOnly(value: string | undefined): Set<OutputKind> {
  if (value === undefined) return new Set(OUTPUT_KINDS);
  const kinds = value.split(',').map((k) => k.trim()).filter(Boolean);
  for (const kind of kinds) {
    if (!(OUTPUT_KINDS as readonly string[]).includes(kind)) throw new ToolError(`--only "${kind}" is not an output; choose from ${OUTPUT_KINDS.join(', ')}`);
  }
  return new Set(kinds as OutputKind[]);
}

function parsePositive(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new ToolError(`${flag} "${value}" must be a positive number`);
  return n;
}
