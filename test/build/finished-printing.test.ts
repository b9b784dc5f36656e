// A build without --watch tells its printer when the browser's part of the run is done: once the
// last PDF is printed, before its PDF/UA pass, so a printer that serves one run can end the browser
// then. Never earlier: PDFs still waiting for a print slot count as much as those printing.
import { describe, expect, it } from 'vitest';
import { buildCharters } from '../../src/build/build-charters.js';
import type { PrintJob, PrintResult, PrintService } from '../../src/pdf/print-service.js';
import { loadTemplate } from '../../src/render/template.js';
import { findCharter } from '../../src/source/find-charter.js';
import { AS_OF, ROOT } from '../helpers/charter-fixture.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';

/** A printer that logs what it is asked, as LazyPrinter does its part: onPrinted once the PDF is made. */
function loggingPrinter(fail: (index: number) => boolean = () => false): { printer: PrintService; log: string[] } {
  const log: string[] = [];
  let index = 0;
  const printer: PrintService = {
    print: async (job: PrintJob): Promise<PrintResult> => {
      const n = ++index;
      log.push(`print ${n}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (fail(n)) throw new Error('the browser stopped');
      log.push(`printed ${n}`);
      job.onPrinted?.();
      return { pdf: new TextEncoder().encode('%PDF-1.7 a test'), pages: 1, blocked: [] };
    },
    finishedPrinting: () => log.push('finished'),
  };
  return { printer, log };
}

async function location(example: string) {
  const found = await findCharter(`examples/${example}`, ROOT);
  if (!found.ok) throw new Error(found.message);
  return found.location;
}

describe('the printer hears that the run is done printing', () => {
  it('once, after the last of several PDFs waiting for one print slot', async () => {
    const { printer, log } = loggingPrinter();
    const outDir = await temporaryFolder('charter-finished-printing-');
    // Glanyrafon: English, Welsh and the bilingual PDF, one at a time.
    await buildCharters([await location('glanyrafon-council'), await location('brightwater-plumbing')], { asOf: AS_OF, outDir, outputs: new Set(['html', 'pdf']), template: await loadTemplate('charter', ROOT), concurrency: 1 }, printer);
    expect(log.filter((entry) => entry.startsWith('printed'))).toHaveLength(4);
    expect(log.filter((entry) => entry === 'finished')).toHaveLength(1);
    expect(log.at(-1)).toBe('finished');
  });

  it('also when a print fails, once the others are done', async () => {
    const { printer, log } = loggingPrinter((n) => n === 1);
    const outDir = await temporaryFolder('charter-finished-printing-');
    const report = await buildCharters([await location('glanyrafon-council')], { asOf: AS_OF, outDir, outputs: new Set(['pdf']), template: await loadTemplate('charter', ROOT), concurrency: 3 }, printer);
    expect(report.failures.length + report.diagnostics.filter((d) => d.severity === 'error').length).toBeGreaterThan(0);
    expect(log.filter((entry) => entry === 'finished')).toHaveLength(1);
    expect(log.indexOf('finished')).toBeGreaterThan(Math.max(...log.map((entry, i) => (entry.startsWith('print') ? i : -1))));
  });

  it('not with --handbook: the handbook is printed after the charters', async () => {
    const { printer, log } = loggingPrinter();
    const outDir = await temporaryFolder('charter-finished-printing-');
    await buildCharters([await location('brightwater-plumbing')], { asOf: AS_OF, outDir, outputs: new Set(['pdf']), template: await loadTemplate('charter', ROOT), concurrency: 3, handbook: true }, printer);
    expect(log.filter((entry) => entry.startsWith('print '))).not.toHaveLength(0);
    expect(log).not.toContain('finished');
  });
});
