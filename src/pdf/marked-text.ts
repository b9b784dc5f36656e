/**
 * The text inside each marked-content sequence of a page, by MCID, and the text of a structure
 * element put together from its MCIDs: what a link says (its /Contents) and what a heading says
 * (its bookmark's title). Chromium draws each line of a wrapped heading as its own text and drops
 * the space where the line broke, so a new line is joined with a space.
 */
import { stringOperands, TEXT_SHOWING, type Operations } from './content-stream.js';
import { currentMcid, textOrigin, type ContentVisitor } from './content-state.js';
import type { ToUnicode } from './to-unicode.js';

export interface TextRun {
  text: string;
  /** Where the run starts on the page, in default user space, and its font size there. */
  x: number;
  y: number;
  size: number;
}

/**
 * A visitor of walkContent that collects, for each MCID, the runs of text drawn inside it, in
 * drawing order (a run is one line's piece); it shares its walk with the artifact pass. Only the
 * MCIDs `wanted` says yes to are read: a link's or a heading's, a few dozen of thousands.
 */
export function textCollector(ops: Operations, fonts: (name: string) => ToUnicode | undefined, wanted: (mcid: number) => boolean): { visit: ContentVisitor; runs: Map<number, TextRun[]> } {
  const runs = new Map<number, TextRun[]>();
  const visit: ContentVisitor = (index, operator, state) => {
    if (!TEXT_SHOWING.has(operator) || state.font === undefined) return;
    const mcid = currentMcid(state.marked);
    if (mcid === undefined || !wanted(mcid)) return;
    const font = fonts(state.font);
    if (!font) return;
    let text = '';
    for (const bytes of stringOperands(ops, index)) text += font.decode(bytes);
    if (!text) return;
    const origin = textOrigin(state);
    const list = runs.get(mcid) ?? [];
    const last = list.at(-1);
    if (last && sameLine(last, origin)) last.text += text;
    else list.push({ text, ...origin });
    runs.set(mcid, list);
  };
  return { visit, runs };
}

function sameLine(a: { y: number; size: number }, b: { y: number; size: number }): boolean {
  return Math.abs(a.y - b.y) <= Math.max(1, Math.min(a.size, b.size) * 0.3);
}

/**
 * Runs joined into one string: a space where a new line starts (unless one is there), nothing
 * after a soft hyphen (which goes) or a hyphen; whitespace folded.
 */
export function joinRuns(runs: ReadonlyArray<TextRun & { page?: number }>): string {
  let out = '';
  let previous: (TextRun & { page?: number }) | undefined;
  for (const run of runs) {
    if (previous && (previous.page !== run.page || !sameLine(previous, run))) {
      if (out.endsWith('\u00ad')) out = out.slice(0, -1);
      else if (!/[\s\-\u2010]$/.test(out) && !/^\s/.test(run.text)) out += ' ';
    }
    out += run.text;
    previous = run;
  }
  return out.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();
}
