import { rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { build, OUTPUT_KINDS, type OutputKind } from '../build.js';
import { removePendingTemporaryFiles } from '../emit/write-atomic.js';
import { LazyPrinter } from '../pdf/lazy-printer.js';
import { loadTemplate } from '../render/template.js';
import { resolveAsOf } from './as-of.js';
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
}

export async function buildCommand(charters: string[], options: BuildCommandOptions, io: CliIo): Promise<number> {
  pickReporter(options.reporter);
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  const asOf = resolveAsOf(options.asOf, io.env, io.now);
  const outputs = parseOnly(options.only);
  const timeoutMs = parsePositive(options.timeout, '--timeout') * 1000;
  const concurrency = Math.min(8, parsePositive(options.concurrency, '--concurrency'));
  const locations = await resolveCharters(charters, io.cwd);
  const template = await loadTemplate(options.template, io.cwd);
  const outDir = resolve(io.cwd, options.out);

  const printer = new LazyPrinter({ flag: options.browser, env: io.env }, timeoutMs);
  // Ctrl-C: end the browser and remove half-written temporary files before leaving.
  const onInterrupt = () => {
    printer.killNow();
    removePendingTemporaryFiles((path) => rmSync(path, { force: true }));
    io.stderr.write('\ncharter: interrupted; no partial output was left behind\n');
    process.exit(130);
  };
  process.once('SIGINT', onInterrupt);
  process.once('SIGTERM', onInterrupt);
  try {
    const result = await build(locations, { asOf, outDir, outputs, template, concurrency, handbook: options.handbook ?? false }, printer);
    report(result.diagnostics, options, io);
    if (result.failures.length > 0) {
      const written = result.charters.flatMap((c) => c.written);
      for (const failure of result.failures) io.stderr.write(`charter: ${failure}\n`);
      if (written.length > 0) io.stderr.write(`charter: written all the same: ${written.map((p) => relative(io.cwd, p)).join(', ')}\n`);
      return EXIT.toolFailure;
    }
    if (!options.quiet) {
      for (const charter of result.charters) {
        if (charter.written.length > 0) io.stderr.write(`${charter.location.displayFolder || '.'}: wrote ${charter.written.map((p) => relative(io.cwd, p)).join(', ')}\n`);
      }
    }
    return exitCodeFor(result.charters.map((c) => c.checked), result.diagnostics, maxWarnings);
  } finally {
    process.removeListener('SIGINT', onInterrupt);
    process.removeListener('SIGTERM', onInterrupt);
    await printer.close();
  }
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
