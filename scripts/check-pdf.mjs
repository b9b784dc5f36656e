// npm run check:pdf -- file.pdf [more.pdf ...]: checks PDFs against the PDF/UA-1 requirements that
// a program can decide from the file (src/pdf/pdf-ua-check.ts; the README lists them and what is
// left to veraPDF or PAC). One summary line a file, one line a requirement not met.
// Exit 0: every file meets every requirement; 1: some requirement is not met; 2: a file cannot be
// read, or no file was given.
import { readFile } from 'node:fs/promises';

let checker;
try {
  checker = await import(new URL('../lib/pdf-ua-check.js', import.meta.url).href);
} catch {
  console.error('check:pdf: lib/ has no checker; build it first with npm run build');
  process.exit(2);
}
const { checkPdfUa, formatPdfUaReport } = checker;

const files = process.argv.slice(2);
if (!files.length) {
  console.error('check:pdf: name the PDFs to check: npm run check:pdf -- dist/charter.pdf');
  process.exit(2);
}
let status = 0;
for (const file of files) {
  let bytes;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    console.error(`${file}: cannot be read: ${error.code === 'ENOENT' ? 'it does not exist' : error.message}`);
    status = 2;
    continue;
  }
  try {
    const report = await checkPdfUa(bytes);
    console.log(formatPdfUaReport(file, report).join('\n'));
    if (!report.ok && status === 0) status = 1;
  } catch (error) {
    console.error(`${file}: ${String(error?.message ?? error).split('\n')[0]}`);
    status = 2;
  }
}
process.exitCode = status;
