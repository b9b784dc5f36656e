import { join } from 'node:path';
import { checkCharter, duplicateCharterIds, type CheckedCharter } from './compile.js';
import { diagnostic, hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics.js';
import { writeAtomic } from './emit/write-atomic.js';
import type { PrintJob, PrintResult } from './pdf/printer.js';
import type { Template } from './render/template.js';
import type { CharterLocation } from './steps/find-charter.js';
import { renderHandbookFor } from './steps/render-handbook.js';
import { renderPublic, type PublicDocuments } from './steps/render-public.js';
import { locate } from './yaml/locate.js';

export type OutputKind = 'html' | 'pdf' | 'summary';
export const OUTPUT_KINDS: readonly OutputKind[] = Object.freeze(['html', 'pdf', 'summary']);

/** Prints a document; the CLI passes one that finds and launches the browser on first use. */
export interface PrintService {
  print(job: PrintJob): Promise<PrintResult>;
  /** Optional: start the browser early, while the charters are checked and rendered. */
  warmUp?(): void;
}

export interface BuildOptions {
  asOf: string;
  /** The --out folder, absolute. */
  outDir: string;
  outputs: ReadonlySet<OutputKind>;
  template: Template;
  /** PDFs printed at once (pages in one browser). */
  concurrency: number;
  /** Also write the staff induction handbook of all the charters. */
  handbook?: boolean;
  /** Called as each charter finishes, for progress lines. */
  onCharterDone?: (result: CharterBuild) => void;
}

export interface CharterBuild {
  location: CharterLocation;
  checked: CheckedCharter;
  /** Where this charter's outputs go (undefined when it had errors). */
  outDir?: string;
  written: string[];
  diagnostics: Diagnostic[];
  milliseconds: number;
}

export interface BuildReport {
  charters: CharterBuild[];
  diagnostics: Diagnostic[];
  /** Problems that stop the tool doing its job (no browser, unwritable folder): exit 2. */
  failures: string[];
}

/**
 * Builds charters: check each (a charter with errors writes nothing and leaves earlier outputs as
 * they were), render its public documents, write HTML and summary, then print the PDFs with
 * bounded parallelism on the one browser the print service owns. Every file is written to a
 * temporary name and renamed into place.
 */
export async function build(locations: readonly CharterLocation[], options: BuildOptions, printer: PrintService): Promise<BuildReport> {
  if (options.outputs.has('pdf')) printer.warmUp?.();
  const started = new Map<CharterLocation, number>();
  const checked: CheckedCharter[] = [];
  for (const location of locations) {
    started.set(location, performance.now());
    checked.push(await checkCharter(location, { asOf: options.asOf }));
  }
  const duplicateIds = duplicateCharterIds(checked);
  const several = locations.length > 1;
  const failures: string[] = [];
  const results: CharterBuild[] = [];
  // PDFs are printed while the next charters are rendered: Chromium and Node work side by side.
  const printSlots = limiter(options.concurrency);
  const printing: Array<Promise<void>> = [];
  let browserFailure: string | undefined;
  const print = async (result: CharterBuild, documents: PublicDocuments): Promise<void> => {
    // After the browser fails once (not found, crashed, timed out), the other PDFs are not tried.
    if (browserFailure) return finish(result);
    let printed: PrintResult;
    try {
      printed = await printer.print(documents.printJob);
    } catch (error) {
      browserFailure ??= error instanceof Error ? error.message : String(error);
      return finish(result);
    }
    try {
      // A write error is about the disk, not the browser: the other PDFs are still printed.
      await write(result, join(result.outDir!, 'charter.pdf'), printed.pdf);
      if (documents.maxPages !== undefined && printed.pages > documents.maxPages) {
        const source = result.checked.source!;
        result.diagnostics.push(
          diagnostic(source.file, locate(source, ['outputs', 'public_document', 'max_pages']), 'warning', 'max-pages', `charter.pdf has ${printed.pages} pages; max_pages is ${documents.maxPages}`),
        );
      }
    } catch (error) {
      failures.push(describeWriteError(error, result.outDir!));
    }
    finish(result);
  };

  for (const item of checked) {
    const result: CharterBuild = { location: item.location, checked: item, written: [], diagnostics: [...item.diagnostics, ...(duplicateIds.get(item) ?? [])], milliseconds: 0 };
    results.push(result);
    if (!item.charter || hasErrors(result.diagnostics) || item.unreadable) {
      if (item.unreadable) failures.push(item.unreadable);
      finish(result);
      continue;
    }
    const outDir = several ? join(options.outDir, item.charter.meta.id) : options.outDir;
    result.outDir = outDir;
    const documents = await renderPublic(item, options.template);
    result.diagnostics.push(...documents.warnings.map((w) => diagnostic(w.file, w.position, 'warning', 'remote-content', w.message)));
    try {
      if (options.outputs.has('html')) await write(result, join(outDir, 'charter.html'), documents.html);
      if (options.outputs.has('summary')) {
        await write(result, join(outDir, 'summary.txt'), documents.summaryText);
        await write(result, join(outDir, 'summary.html'), documents.summaryHtml);
      }
    } catch (error) {
      failures.push(describeWriteError(error, outDir));
      finish(result);
      continue;
    }
    if (options.outputs.has('pdf')) printing.push(printSlots(() => print(result, documents)));
    else finish(result);
  }
  await Promise.all(printing);
  if (browserFailure) failures.push(browserFailure);

  function finish(result: CharterBuild): void {
    result.milliseconds = performance.now() - (started.get(result.location) ?? performance.now());
    result.diagnostics = sortDiagnostics(result.diagnostics);
    options.onCharterDone?.(result);
  }

  const passed = results.filter((r) => r.outDir !== undefined);
  if (options.handbook && passed.length === results.length && passed.length > 0 && failures.length === 0) {
    await writeHandbook(passed, options, printer, failures);
  }

  return {
    charters: results,
    diagnostics: results.flatMap((r) => r.diagnostics),
    failures,
  };
}

/** One handbook for every charter of the run, in --out itself: handbook.html and handbook.pdf. */
async function writeHandbook(charters: CharterBuild[], options: BuildOptions, printer: PrintService, failures: string[]): Promise<void> {
  const handbook = await renderHandbookFor(charters.map((c) => c.checked), options.template);
  const owner = charters[0]!;
  owner.diagnostics.push(...handbook.warnings.map((w) => diagnostic(w.file, w.position, 'warning', 'remote-content', w.message)));
  try {
    if (options.outputs.has('html')) await write(owner, join(options.outDir, 'handbook.html'), handbook.html);
    if (options.outputs.has('pdf')) {
      const printed = await handbook.printPdf(printer);
      await write(owner, join(options.outDir, 'handbook.pdf'), printed.pdf);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    failures.push(code ? describeWriteError(error, options.outDir) : error instanceof Error ? error.message : String(error));
  }
}

async function write(result: CharterBuild, path: string, content: string | Uint8Array): Promise<void> {
  await writeAtomic(path, content);
  result.written.push(path);
}

function describeWriteError(error: unknown, folder: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOSPC' ? 'the disk is full' : code === 'EROFS' ? 'the file system is read-only' : error instanceof Error ? error.message : String(error);
  return `cannot write to ${folder}: ${reason}`;
}

/** Runs at most `size` tasks at once; the others wait their turn in order. */
function limiter(size: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: Array<() => void> = [];
  return async (task) => {
    if (active >= Math.max(1, size)) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await task();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}
