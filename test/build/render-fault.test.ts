// A fault while rendering one language of a charter, after the PDF of an earlier language has
// started printing (each PDF starts as soon as its page is rendered): the charter gets one
// diagnostic, no PDF is written, and the build waits for the print under way rather than leaving
// it to a closed browser.
import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildCharters } from '../../src/build/build-charters.js';
import type { PrintJob, PrintResult, PrintService } from '../../src/pdf/print-service.js';
import { loadTemplate, type Template } from '../../src/render/template.js';
import { findCharter } from '../../src/source/find-charter.js';
import { AS_OF, ROOT } from '../helpers/charter-fixture.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';

describe('a fault while rendering a later language', () => {
  it('the charter gets one diagnostic, no PDF is written, and the print under way is waited for', async () => {
    const found = await findCharter('examples/glanyrafon-council', ROOT);
    if (!found.ok) throw new Error(found.message);
    const jobs: PrintJob[] = [];
    let printsEnded = 0;
    const printer: PrintService = {
      print: async (job: PrintJob): Promise<PrintResult> => {
        jobs.push(job);
        await new Promise((resolve) => setTimeout(resolve, 100));
        printsEnded++;
        return { pdf: new TextEncoder().encode('%PDF-1.7 not written'), pages: 1, blocked: [] };
      },
    };
    const base = await loadTemplate('charter', ROOT);
    // The page template breaks once a print has started: the first language is rendered whole
    // and sent to print, the second fails.
    const template: Template = {
      ...base,
      get page(): string {
        if (jobs.length > 0) throw new Error('the template broke');
        return base.page;
      },
    };
    const outDir = await temporaryFolder('charter-render-fault-');
    const report = await buildCharters([found.location], { asOf: AS_OF, outDir, outputs: new Set(['html', 'pdf', 'summary']), template, concurrency: 3 }, printer);
    expect(jobs).toHaveLength(1);
    expect(printsEnded).toBe(1);
    const [charter] = report.charters;
    expect(charter!.outDir).toBeUndefined();
    expect(charter!.written).toEqual([]);
    const internal = report.diagnostics.filter((d) => d.rule === 'internal');
    expect(internal).toHaveLength(1);
    expect(internal[0]!.message).toMatch(/the template broke/);
    expect((await readdir(outDir)).filter((name) => name.endsWith('.pdf'))).toEqual([]);
  });
});
