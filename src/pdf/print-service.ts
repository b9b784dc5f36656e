/**
 * The port between the build and the browser: what a print job holds, what comes back, and the
 * service that prints. The build depends on this file only; printer.ts is the one implementation.
 */
export type Paper = 'A4' | 'Letter';

export interface PrintJob {
  html: string;
  paper: Paper;
  /** HTML for the running header and footer; Chromium fills .pageNumber and .totalPages. */
  headerTemplate: string;
  footerTemplate: string;
  /**
   * Numbers printed as a placeholder and filled in afterwards (fill-in.ts): the handbook's table of
   * contents, whose page numbers are known only once it is printed. `valuesFor` reads them from
   * the print (its bookmarks), in the order the placeholders appear.
   */
  fillIn?: { placeholder: string; valuesFor(pdf: Uint8Array): readonly string[] };
  /** Called once the browser has made the PDF, before the PDF/UA pass: the browser's part is done. */
  onPrinted?: () => void;
}

export interface PrintResult {
  pdf: Uint8Array;
  pages: number;
  /** Every request the page tried to make that was refused (none should be, for our pages). */
  blocked: string[];
  /**
   * For a job with fillIn: false when the numbers could not be filled in exactly. The PDF is then
   * Chromium's print as it came, with the placeholders, not for writing: print again with the numbers in the page.
   */
  filledIn?: boolean;
}

/** Prints a document; the CLI passes one that finds and launches the browser on first use. */
export interface PrintService {
  print(job: PrintJob): Promise<PrintResult>;
  /** Optional: start the browser early, while the charters are checked and rendered, and open pages for the first `documents` (default 1). */
  warmUp?(documents?: number): void;
  /**
   * Optional: the run has asked for its last print and has it from the browser. A printer that
   * serves one run ends the browser now, while the last PDF/UA pass runs, rather than after it;
   * one that lives long (--watch, serve) keeps it.
   */
  finishedPrinting?(): void;
}
