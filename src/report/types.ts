import type { Diagnostic } from '../diagnostics.js';

export interface ReportOptions {
  color: boolean;
}

/** A reporter turns diagnostics into the text a person or a tool reads; it prints nothing itself. */
export type Reporter = (diagnostics: readonly Diagnostic[], options: ReportOptions) => string;
