// The floor for one charter's PDF, as a whole process: a bare puppeteer script that launches the
// same browser in the same mode, loads the page charter rendered and prints it with charter's print
// options, then exits. It checks nothing, renders nothing and makes the PDF accessible in no way;
// charter's build of the same page is measured against it.
//   node bench/floor.mjs <charter.html> <browser> <out.pdf> [--puppeteer-flags | --pdf-ua]
// By default the browser starts with charter's own arguments (src/pdf/launch-arguments.ts, from
// lib/), in one process on Linux as charter runs it; with --puppeteer-flags, with puppeteer's
// defaults alone, a renderer process a page. With --pdf-ua the script also makes the PDF as
// accessible as charter's (lib/pdf-ua.js, loaded while Chromium prints, as charter loads it): the
// floor for a PDF that passes a PDF/UA audit.
import { readFileSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

const [html, executablePath, out, mode] = process.argv.slice(2);
const shell = /headless[-_]shell$/.test(executablePath);
const { launchArguments } = await import(new URL('../lib/launch-arguments.js', import.meta.url).href);
const browser = await puppeteer.launch(
  mode === '--puppeteer-flags'
    ? { executablePath, headless: shell ? 'shell' : true, args: ['--no-sandbox', '--disable-gpu'] }
    : { executablePath, ignoreDefaultArgs: true, args: launchArguments({ executablePath, source: 'flag', shell }) },
);
const page = await browser.newPage();
const pass = mode === '--pdf-ua' ? import(new URL('../lib/pdf-ua.js', import.meta.url).href) : undefined;
await page.setContent(readFileSync(html, 'utf8'));
const pdf = await page.pdf({
  format: 'A4',
  printBackground: true,
  displayHeaderFooter: true,
  headerTemplate: '<span></span>',
  footerTemplate: '<span class="pageNumber"></span>',
  margin: { top: '22mm', bottom: '20mm', left: '16mm', right: '16mm' },
  outline: true,
  tagged: true,
});
writeFileSync(out, pass ? (await (await pass).toPdfUa(pdf, { producer: 'floor', date: undefined })).pdf : pdf);
await browser.close();
process.exit(0);
