import { join, resolve } from 'node:path';
import { checkCharter, internalProblem, type CheckedCharter } from '../check/check-charter.js';
import { withDistinctIds } from '../check/check-charters.js';
import { applyRuleSettings, type RuleSettings } from '../check/rule-settings.js';
import { hasErrors, printable, sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import { ToolError, writeError } from '../errors.js';
import { performanceCsv, performanceJson, performanceRows } from './open-data.js';
import { writeAtomic } from './write-atomic.js';
import type { PrintService } from '../pdf/print-service.js';
import type { Template } from '../render/template.js';
import type { CharterLocation } from '../source/find-charter.js';
import { pagesOf, printCharterPdf, renderEdition, writePages, writePdf, type OutputKind, type PrintedPdf, type Written } from './build-charter.js';
import { bilingualPair, printBilingualPdf } from './bilingual.js';
import { editionsOf } from './editions.js';
import { startHandbook, writeHandbook, type StartedHandbook } from './handbook.js';
import { limiter } from './limiter.js';
import { nextTurn } from '../util/next-turn.js';

export { OUTPUT_KINDS, type OutputKind } from './build-charter.js';

export interface BuildOptions {
  asOf: string;
  /** Rule severities from the configuration file that governs each charter. */
  rulesFor?: (location: CharterLocation) => RuleSettings | undefined;
  /** The --out folder, absolute. */
  outDir: string;
  outputs: ReadonlySet<OutputKind>;
  template: Template;
  /** PDFs under way at once (pages in one browser; on Linux it prints them in turn, launch-arguments.ts). */
  concurrency: number;
  /** Also write the staff induction handbook of all the charters. */
  handbook?: boolean;
  /** Called as each charter finishes, for progress lines. */
  onCharterDone?: (result: CharterBuild) => void;
}

/** One charter of a build: its check, where its outputs went, what was written and said. */
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
  /** Files of the run as a whole (the handbook). */
  written: string[];
  /** Every diagnostic: the charters' and the run's own (the handbook's warnings). */
  diagnostics: Diagnostic[];
  /** Problems that stopped the tool doing its job (no browser, unwritable folder): exit 2. */
  failures: ToolError[];
}

/**
 * Builds charters. Each is checked; one with errors writes nothing and leaves earlier outputs as
 * they were. An error-free charter's pages are written at once and its PDF is queued, so Chromium
 * prints while the next charters are rendered, at most `concurrency` at a time. The handbook comes
 * last, and only when every charter built. Every file is written whole (write-atomic).
 */
export async function buildCharters(locations: readonly CharterLocation[], options: BuildOptions, printer: PrintService): Promise<BuildReport> {
  // The handbook's page is opened with the public PDF's: later, the browser is busy printing and this thread with the PDF/UA pass.
  if (options.outputs.has('pdf')) printer.warmUp?.(options.handbook ? 2 : 1);
  const timed = await checkTimed(locations, options);
  const several = locations.length > 1;
  const printSlots = limiter(options.concurrency);
  const inBrowser = printsInBrowser(printer);
  const failures: ToolError[] = [];
  let browserFailure: ToolError | undefined;

  // Resolves once the charter is rendered and its PDFs started; `done` once its pages and PDFs are written.
  const startOne = async ({ checked, started }: TimedCheck): Promise<{ done: Promise<CharterBuild> }> => {
    const finish = (outDir: string | undefined, written: Written[]): CharterBuild => {
      const result: CharterBuild = {
        location: checked.location,
        checked,
        ...(outDir ? { outDir } : {}),
        written: written.flatMap((w) => w.files),
        // The build's own warnings (remote-content, max-pages) follow the charter's configuration too.
        diagnostics: sortDiagnostics([...checked.diagnostics, ...applyRuleSettings(written.flatMap((w) => w.diagnostics), options.rulesFor?.(checked.location))]),
        milliseconds: performance.now() - started,
      };
      failures.push(...written.flatMap((w) => (w.failure ? [w.failure] : [])));
      options.onCharterDone?.(result);
      return result;
    };
    if (checked.unreadable) failures.push(checked.unreadable);
    if (!checked.charter || checked.unreadable || hasErrors(checked.diagnostics)) return { done: Promise.resolve(finish(undefined, [])) };
    const outDir = several ? join(options.outDir, checked.charter.meta.id) : options.outDir;
    // Outputs beside charter.yaml would mix with the source, and a source file named like an output
    // would be overwritten. A folder inside the charter's (its dist/) is fine.
    if (resolve(outDir) === resolve(checked.location.folder)) {
      const failure = new ToolError(`${printable(checked.location.displayFolder || '.')}: the output folder is the charter's own folder; choose another --out, such as dist`);
      return { done: Promise.resolve(finish(undefined, [{ files: [], diagnostics: [], failure }])) };
    }
    const editions = editionsOf(checked);
    const printing = options.outputs.has('pdf');
    const pair = printing ? bilingualPair(checked, editions) : undefined;
    // A page for each of this charter's PDFs, opened now, while this thread renders.
    if (printing) printer.warmUp?.(editions.filter((e) => !e.summaryOnly).length + (pair ? 1 : 0));
    // Whether every page of the charter was written: a PDF is written only then, as before it was printed.
    let pagesSettled!: (written: boolean) => void;
    const pagesWritten = new Promise<boolean>((resolve) => (pagesSettled = resolve));
    // Each language's PDF takes its own print slot: one browser, its pages printed side by side.
    // The print is started as soon as the page is rendered, before the pages are written and the
    // next language rendered, so the browser is at work while this thread is.
    const print = (path: string, job: (onPrinted: () => void) => Promise<PrintedPdf>) => {
      const printed = inBrowser.asked();
      return printSlots(async (): Promise<Written | undefined> => {
        try {
          // After the browser fails once (not found, crashed, timed out), the other PDFs are not tried.
          if (browserFailure) return undefined;
          const result = await job(printed);
          if (!result.ok) {
            browserFailure ??= result.browserFailure;
            return undefined;
          }
          return (await pagesWritten) ? writePdf(path, result, outDir) : undefined;
        } finally {
          printed();
        }
      });
    };
    const prints: Array<Promise<Written | undefined>> = [];
    const pageWrites: Array<Promise<Written>> = [];
    try {
      for (const edition of editions) {
        const documents = await renderEdition(edition, options.template);
        if (printing && !edition.summaryOnly) {
          prints.push(print(join(outDir, `charter${edition.suffix}.pdf`), (onPrinted) => printCharterPdf(edition.checked, documents, printer, onPrinted)));
          // Let the print hand the page to the browser before this thread makes the other files.
          await nextTurn();
        }
        pageWrites.push(writePages(pagesOf(edition, documents, options.outputs), outDir));
      }
    } catch (error) {
      // A fault while rendering one charter stays with that charter; the others are built. A PDF
      // already under way is not written.
      pagesSettled(false);
      const problem: Written = { files: [], diagnostics: [internalProblem(checked.location.displayYaml, error)] };
      return { done: Promise.all([...prints, ...pageWrites]).then(() => finish(undefined, [problem])) };
    }
    if (pair) prints.push(print(join(outDir, 'charter.bilingual.pdf'), (onPrinted) => printBilingualPdf(checked, pair, options.template, printer, onPrinted)));
    const done = Promise.all(pageWrites).then(async (pages) => {
      pagesSettled(!pages.some((w) => w.failure));
      const pdfs = await Promise.all(prints);
      return finish(outDir, [...pages, ...pdfs.filter((w): w is Written => w !== undefined)]);
    });
    return { done };
  };

  const pending: Array<Promise<CharterBuild>> = [];
  for (const item of timed) pending.push((await startOne(item)).done);
  // Every charter's PDFs are asked for; without a handbook to print after them, that is the last print of the run.
  if (!options.handbook) inBrowser.noMore();
  // When every charter is fit to build, the handbooks start printing now, while the public PDFs
  // print, rather than after them; but after those have started: Chromium prints one document at
  // a time (launch-arguments.ts), and the public PDF's pass then runs while the handbook prints.
  const startedHandbooks = options.handbook && timed.length > 0 && timed.every(({ checked }) => checked.charter && !checked.unreadable && !hasErrors(checked.diagnostics))
    ? startHandbooks(timed.map((t) => t.checked), options, printer)
    : undefined;
  const charters = await Promise.all(pending);
  if (browserFailure) failures.push(browserFailure);

  // The handbook is written last, and only when every charter of the run was built.
  const everyCharterBuilt = charters.length > 0 && charters.every((c) => c.outDir !== undefined);
  const handbooks: Written[] = [];
  if (options.handbook && everyCharterBuilt && failures.length === 0) {
    for (const started of startedHandbooks ?? startHandbooks(charters.map((c) => c.checked), options, printer)) handbooks.push(await writeHandbook(started, options));
  }
  const handbook: Written = { files: handbooks.flatMap((h) => h.files), diagnostics: handbooks.flatMap((h) => h.diagnostics) };
  const joined = several && options.outputs.has('data') && everyCharterBuilt ? await writeJoinedData(charters.map((c) => c.checked), options.outDir) : { files: [], diagnostics: [] };
  if (joined.failure) failures.push(joined.failure);
  for (const h of handbooks) if (h.failure) failures.push(h.failure);
  return {
    charters,
    written: [...joined.files, ...handbook.files],
    diagnostics: [...charters.flatMap((c) => c.diagnostics), ...sortDiagnostics(handbook.diagnostics)],
    failures,
  };
}

/**
 * Counts the PDFs the run has asked for that the browser has not yet made (asked for and waiting
 * for a print slot included). Once the run says it will ask for no more and the count is down to
 * none, the printer hears that its printing is finished: a printer that serves one run ends the
 * browser then, while the last PDF/UA pass runs, rather than after it.
 */
function printsInBrowser(printer: PrintService): { asked(): () => void; noMore(): void } {
  let outstanding = 0;
  let allAsked = false;
  let told = false;
  const tell = () => {
    if (allAsked && outstanding === 0 && !told) {
      told = true;
      printer.finishedPrinting?.();
    }
  };
  return {
    /** One more PDF asked for; the function returned says it is made, or will not be (called more than once, it counts once). */
    asked() {
      outstanding++;
      let done = false;
      return () => {
        if (done) return;
        done = true;
        outstanding--;
        tell();
      };
    },
    noMore() {
      allAsked = true;
      tell();
    },
  };
}

/**
 * The handbook of all the charters, then one per language a charter of the run is translated
 * into, each charter in that language where it has it.
 */
function startHandbooks(checked: readonly CheckedCharter[], options: BuildOptions, printer: PrintService): StartedHandbook[] {
  const editions = checked.map((c) => editionsOf(c).filter((e) => !e.summaryOnly));
  const languages = [...new Set(editions.flatMap((list) => list.slice(1).map((e) => e.lang)))];
  return [
    startHandbook(checked, options, printer),
    ...languages.map((lang) => startHandbook(checked.map((c, i) => editions[i]!.find((e) => e.lang === lang)?.checked ?? c), options, printer, `.${lang}`)),
  ];
}

/**
 * For an organisation that publishes all its charters' results as one dataset: performance.csv
 * and .json in --out itself, one row per charter, standard and period, in the run's order.
 */
async function writeJoinedData(checked: readonly CheckedCharter[], outDir: string): Promise<Written> {
  const rows = checked.flatMap(performanceRows);
  if (rows.length === 0) return { files: [], diagnostics: [] };
  const files: string[] = [];
  try {
    for (const [name, content] of [['performance.csv', performanceCsv(rows)], ['performance.json', performanceJson(rows)]] as const) {
      await writeAtomic(join(outDir, name), content);
      files.push(join(outDir, name));
    }
  } catch (error) {
    return { files, diagnostics: [], failure: writeError(error, outDir) };
  }
  return { files, diagnostics: [] };
}

interface TimedCheck {
  checked: CheckedCharter;
  /** When this charter's check began: its time in the closing table runs from here. */
  started: number;
}

async function checkTimed(locations: readonly CharterLocation[], options: BuildOptions): Promise<TimedCheck[]> {
  const timed: TimedCheck[] = [];
  for (const location of locations) {
    const started = performance.now();
    const rules = options.rulesFor?.(location);
    timed.push({ checked: await checkCharter(location, { asOf: options.asOf, ...(rules ? { rules } : {}) }), started });
  }
  const distinct = withDistinctIds(timed.map((t) => t.checked));
  return timed.map((t, i) => ({ ...t, checked: distinct[i]! }));
}
