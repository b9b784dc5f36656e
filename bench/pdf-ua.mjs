// The PDF/UA-1 pass (issue 16) against the print it follows, in one process: Chromium's page.pdf()
// of a built page with charter's print settings (header and footer, tags, bookmarks), then the
// pass (lib/pdf-ua.js, as the CLI loads it) on that very PDF. The goal: the pass costs at most 15%
// of the print. Medians of several runs, once the pass has run a few times (V8 compiles it fully
// after about five PDFs); the first pass of a process (loading pdf-lib, nothing compiled yet) is
// reported apart, as every `charter build` pays it once.
import { readFileSync } from 'node:fs';

const ROOT = new URL('../', import.meta.url).pathname;

const median = (samples) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];

/** charter's print settings (src/pdf/printer.ts), with a header and footer like the charter's. */
const PRINT = {
  format: 'A4',
  printBackground: true,
  displayHeaderFooter: true,
  headerTemplate: '<div style="font-size:8px; width:100%; padding:0 16mm">A customer service charter</div>',
  footerTemplate: '<div style="font-size:8px; width:100%; text-align:center">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
  margin: { top: '22mm', bottom: '20mm', left: '16mm', right: '16mm' },
  outline: true,
  tagged: true,
};

/** documents: [{ name, file }] of built HTML pages. Returns a row a document and the first pass. */
export async function benchPdfUa({ browserPath, documents, runs = 7 }) {
  const started = performance.now();
  const { toPdfUa } = await import(`${ROOT}lib/pdf-ua.js`);
  const loaded = performance.now() - started;
  const version = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')).version;
  const options = { producer: `charter ${version}`, date: new Date(0) };
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({ executablePath: browserPath, args: ['--no-sandbox', '--disable-gpu'] });
  const rows = [];
  let first;
  const print = async (browserPage, html) => {
    await browserPage.setJavaScriptEnabled(false);
    await browserPage.setContent(html, { waitUntil: 'load' });
    return browserPage.pdf(PRINT);
  };
  try {
    // The first pass of the process, then a few more to let V8 compile it, none of them counted.
    const warm = await browser.newPage();
    const sample = await print(warm, readFileSync(documents[0].file, 'utf8'));
    await warm.close();
    const t = performance.now();
    await toPdfUa(sample, options);
    first = loaded + (performance.now() - t);
    for (let i = 0; i < 5; i++) await toPdfUa(sample, options);
    for (const { name, file } of documents) {
      const html = readFileSync(file, 'utf8');
      const prints = [];
      const passes = [];
      for (let i = 0; i < runs; i++) {
        const page = await browser.newPage();
        const t0 = performance.now();
        const pdf = await print(page, html);
        const t1 = performance.now();
        await page.close();
        const t2 = performance.now();
        await toPdfUa(pdf, options);
        prints.push(t1 - t0);
        passes.push(performance.now() - t2);
      }
      rows.push({ name, print: median(prints), pass: median(passes) });
    }
  } finally {
    await browser.close();
  }
  return { rows, first };
}
