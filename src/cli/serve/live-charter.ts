import { printCharterPdf, renderWarnings } from '../../build/build-charter.js';
import { renderHandbookPage } from '../../build/handbook-document.js';
import { limiter } from '../../build/limiter.js';
import { renderPublic, type PublicDocuments } from '../../build/public-documents.js';
import { editionsOf } from '../../build/editions.js';
import { checkCharter, internalProblem, type CheckedCharter } from '../../check/check-charter.js';
import { applyRuleSettings, type RuleSettings } from '../../check/rule-settings.js';
import { hasErrors, sortDiagnostics, type Diagnostic } from '../../diagnostics.js';
import { asToolError } from '../../errors.js';
import type { PrintService } from '../../pdf/print-service.js';
import { loadTemplate } from '../../render/template.js';
import type { CharterLocation } from '../../source/find-charter.js';

/** A rendering of a version of the source without errors: what the pages show. */
export interface GoodVersion {
  /** The version of the source it was rendered from. */
  version: number;
  checked: CheckedCharter;
  documents: PublicDocuments;
  /** The handbook's screen page, when `--handbook` was given. */
  handbook?: string;
  /** The page in each translation built from a PO file, by its file name (charter.cy.html). */
  translations: ReadonlyMap<string, string>;
}

/** The source as it is now, and the last good rendering (an older one when the source has errors). */
export interface LiveState {
  /** Counts the refreshes: each save gives a new version, and the open pages fetch it. */
  version: number;
  good: GoodVersion | undefined;
  /** The problems of the source as it is now, as `charter check` gives them, and the rendering's warnings. */
  diagnostics: Diagnostic[];
  /** What stopped the tool from checking at all (a template that cannot be read), one line each. */
  failures: string[];
}

export interface LiveCharterOptions {
  location: CharterLocation;
  /** The day dates are judged on, asked on every refresh: a server left running past midnight moves on. */
  asOf: () => string;
  rules: RuleSettings | undefined;
  /** --template, read again on every refresh, so edits to it show. */
  template: string;
  cwd: string;
  handbook: boolean;
  printer: PrintService;
  /** After every refresh: the terminal prints the diagnostics, the server tells the pages. */
  onRefreshed: (state: LiveState, trigger: Trigger | undefined) => void;
  /** Warnings that only printing finds (max-pages), once per printed version. */
  onPdfWarnings: (diagnostics: Diagnostic[]) => void;
}

/** What set a refresh off: the file that changed. */
export interface Trigger {
  path: string;
  /**
   * Nothing to say if nothing came out different: a file that is gone again, such as an editor's
   * or sed's temporary file, renamed over the charter a moment before.
   */
  quietIfUnchanged: boolean;
}

export type PdfAnswer = { ok: true; pdf: Uint8Array } | { ok: false; reason: 'no-version' } | { ok: false; reason: 'browser'; message: string };

type PrintOutcome = Awaited<ReturnType<typeof printCharterPdf>> | 'superseded';

/**
 * One charter kept checked and rendered in memory, the way `charter build` would render it, but
 * written nowhere. A source with errors keeps the last good rendering; the PDF is printed on
 * request with the one browser and kept until the source changes.
 */
export class LiveCharter {
  state: LiveState = { version: 0, good: undefined, diagnostics: [], failures: [] };
  private running: Promise<void> | undefined;
  private again = false;
  private next: Trigger | undefined;
  private printed: { version: number; outcome: Promise<PrintOutcome>; warned: boolean } | undefined;
  /** Someone has asked for the PDF: from then on it is printed ahead, as soon as the source changes. */
  private pdfWanted = false;
  /** One print at a time: a burst of saves must not open a page in the browser for each. */
  private readonly printSlot = limiter(1);
  private markReady: () => void = () => undefined;
  /** Resolves once the source has been checked the first time: pages asked for before wait for it. */
  readonly ready = new Promise<void>((resolve) => (this.markReady = resolve));

  constructor(private readonly options: LiveCharterOptions) {}

  /** Checks and renders the source again. Saves that come while it runs are taken in one more pass. */
  refresh(trigger?: Trigger): Promise<void> {
    if (this.running) {
      // The pass to come says the latest change; it is quiet only if every change it covers is.
      this.next = this.next && trigger ? { path: trigger.path, quietIfUnchanged: this.next.quietIfUnchanged && trigger.quietIfUnchanged } : (trigger ?? this.next);
      this.again = true;
      return this.running;
    }
    this.next = trigger;
    this.running = (async () => {
      do {
        this.again = false;
        const current = this.next;
        this.next = undefined;
        await this.refreshOnce(current);
      } while (this.again);
    })().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async refreshOnce(trigger: Trigger | undefined): Promise<void> {
    const { location, rules } = this.options;
    const version = this.state.version + 1;
    let good = this.state.good;
    let diagnostics: Diagnostic[] = [];
    const failures: string[] = [];
    try {
      const template = await loadTemplate(this.options.template, this.options.cwd);
      const checked = await checkCharter(location, { asOf: this.options.asOf(), ...(rules ? { rules } : {}) });
      diagnostics = checked.diagnostics;
      if (checked.charter && !checked.unreadable && !hasErrors(diagnostics)) {
        try {
          const [primary, ...others] = editionsOf(checked);
          const documents = await renderPublic(checked, template, primary!.languages);
          const translations = new Map<string, string>();
          for (const edition of others.filter((e) => !e.summaryOnly)) translations.set(`charter${edition.suffix}.html`, (await renderPublic(edition.checked, template, edition.languages, edition.source)).html);
          const handbook = this.options.handbook ? await renderHandbookPage([checked], template) : undefined;
          // The page and the handbook warn about the same image alike: said once.
          const warnings = unique(applyRuleSettings([...renderWarnings(documents), ...(handbook?.diagnostics ?? [])], rules));
          diagnostics = sortDiagnostics([...diagnostics, ...warnings]);
          good = { version, checked, documents, translations, ...(handbook ? { handbook: handbook.html } : {}) };
        } catch (error) {
          // A fault of the tool while rendering: shown like any problem, the last good page kept.
          diagnostics = [...diagnostics, internalProblem(location.displayYaml, error)];
        }
      }
    } catch (error) {
      failures.push(asToolError(error).message);
    }
    const next: LiveState = { version, good, diagnostics, failures };
    if (trigger?.quietIfUnchanged && sameOutcome(this.state, next)) return;
    this.state = next;
    this.markReady();
    if (this.pdfWanted && good?.version === version) void this.pdf().catch(() => undefined);
    this.options.onRefreshed(this.state, trigger);
  }

  /** The last good version's PDF: printed once per version, on the first request (or ahead, see pdfWanted). */
  async pdf(): Promise<PdfAnswer> {
    this.pdfWanted = true;
    for (;;) {
      const good = this.state.good;
      if (!good) return { ok: false, reason: 'no-version' };
      if (this.printed?.version !== good.version) {
        const version = good.version;
        this.printed = {
          version,
          warned: false,
          // A print that waited its turn while the source changed again is not worth making.
          outcome: this.printSlot(async () => (this.state.good?.version !== version ? 'superseded' : printCharterPdf(good.checked, good.documents, this.options.printer))),
        };
      }
      const printed = this.printed;
      const outcome = await printed.outcome;
      if (outcome === 'superseded') continue;
      if (!outcome.ok) {
        // A failed print is not kept: the next request tries again (a browser may have been installed).
        if (this.printed === printed) this.printed = undefined;
        return { ok: false, reason: 'browser', message: outcome.browserFailure.message };
      }
      if (!printed.warned) {
        printed.warned = true;
        const warnings = applyRuleSettings(outcome.diagnostics, this.options.rules);
        if (warnings.length > 0) this.options.onPdfWarnings(warnings);
      }
      return { ok: true, pdf: outcome.pdf };
    }
  }
}

/** The same pages and the same problems: a refresh that changed nothing a reader could see. */
function sameOutcome(before: LiveState, after: LiveState): boolean {
  const a = before.good;
  const b = after.good;
  const samePages = a === b || (a !== undefined && b !== undefined && a.documents.html === b.documents.html && a.documents.summaryHtml === b.documents.summaryHtml && a.documents.printJob.html === b.documents.printJob.html && a.handbook === b.handbook);
  return samePages && JSON.stringify([before.diagnostics, before.failures]) === JSON.stringify([after.diagnostics, after.failures]);
}

function unique(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = JSON.stringify([d.file, d.line, d.column, d.rule, d.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
