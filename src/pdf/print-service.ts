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
   * Printed only to learn where the headings fall (the handbook's first pass), never written: no
   * running header or footer (the margins keep their place, so the layout is the same) and no PDF/UA pass.
   */
  layoutOnly?: boolean;
}

export interface PrintResult {
  pdf: Uint8Array;
  pages: number;
  /** Every request the page tried to make that was refused (none should be, for our pages). */
  blocked: string[];
}

/** Prints a document; the CLI passes one that finds and launches the browser on first use. */
export interface PrintService {
  print(job: PrintJob): Promise<PrintResult>;
  /** Optional: start the browser early, while the charters are checked and rendered. */
  warmUp?(): void;
}
