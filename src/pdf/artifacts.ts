/**
 * Marks what Chromium draws outside every marked-content sequence as an Artifact (PDF/UA-1 §7.1;
 * veraPDF 7.1-3). Chromium tags the page's own content but leaves the displayHeaderFooter header
 * and footer, and the page background, unmarked. Text there is the running header or the
 * "Page N of M" footer: a pagination artifact (a Header above the page's middle, a Footer below
 * it, and no subtype for a mark around both); anything else (a background, a rule) is a plain
 * artifact.
 *
 * The pass is the smallest edit that does it: it only inserts marked-content operators around
 * whole graphics objects (a text object BT…ET, a path from its first construction operator to
 * its painting operator, an XObject, a shading, an inline image), so every byte Chromium wrote
 * stays as it was and the marks can never split an object (§14.6: they may not). Neighbouring
 * objects of one kind share a mark when nothing but graphics-state operators lies between them.
 */
import { PATH_CONSTRUCTION, PATH_PAINTING, scanContent, SELF_PAINTING, TEXT_SHOWING, type Operations } from './content-stream.js';
import { isCovered, textY, walkContent, type ContentVisitor } from './content-state.js';

export interface ArtifactOptions {
  /** The y of the page's middle in default user space: pagination text above it is a header. */
  middle: number;
}

export interface MarkedArtifacts {
  content: string;
  /** How many marked-content sequences were added. */
  added: number;
}

type Kind = 'Header' | 'Footer' | 'Pagination' | 'layout';

interface Unit {
  kind: Kind;
  /** Operation indexes, first and last, of the graphics object. */
  first: number;
  last: number;
}

const MARKING = new Set(['BMC', 'BDC', 'EMC']);
/** Operators a shared mark may not span: they open or close marked content, a saved state or a text object. */
const BARRIERS = new Set([...MARKING, 'q', 'Q', 'BT', 'ET']);

const OPENING: Readonly<Record<Kind, string>> = {
  Header: '/Artifact <</Type /Pagination /Subtype /Header>> BDC\n',
  Footer: '/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n',
  Pagination: '/Artifact <</Type /Pagination>> BDC\n',
  layout: '/Artifact BMC\n',
};

/** What the pass needs to know of each operation: whether it is inside tagged or artifact content, and where text is drawn. */
export interface ArtifactFacts {
  covered: Uint8Array;
  /** For a text-showing operation: the y of its baseline on the page. */
  baseline: Float64Array;
}

/** Walks the content once for the facts; `also` visits the same walk (the text of the links and headings). */
export function artifactFacts(ops: Operations, also?: ContentVisitor): ArtifactFacts {
  const covered = new Uint8Array(ops.length);
  const baseline = new Float64Array(ops.length);
  walkContent(ops, (index, operator, state) => {
    covered[index] = isCovered(state.marked) ? 1 : 0;
    if (TEXT_SHOWING.has(operator)) baseline[index] = textY(state);
    also?.(index, operator, state);
  });
  return { covered, baseline };
}

/**
 * The content stream with its unmarked graphics objects marked as artifacts (latin1 in, latin1
 * out). The operations and facts are passed in when the caller has them already.
 */
export function markArtifacts(content: string, options: ArtifactOptions, ops: Operations = scanContent(content), facts: ArtifactFacts = artifactFacts(ops)): MarkedArtifacts {
  const { covered, baseline } = facts;
  const operatorAt = (i: number): string => ops.operator[i]!;

  const units: Unit[] = [];
  // Single operators inside a text object that also holds marked content: marked one by one.
  const loose: number[] = [];
  for (let i = 0; i < ops.length; i++) {
    if (covered[i]) continue;
    const operator = operatorAt(i);
    if (operator === 'BT') {
      const end = indexOf(ops, 'ET', i + 1);
      const shows: number[] = [];
      let marks = false;
      for (let k = i + 1; k < end; k++) {
        if (TEXT_SHOWING.has(operatorAt(k))) shows.push(k);
        else if (MARKING.has(operatorAt(k))) marks = true;
      }
      if (marks) {
        loose.push(...shows.filter((k) => !covered[k]));
      } else if (shows.length) {
        units.push({ kind: baseline[shows[0]!]! > options.middle ? 'Header' : 'Footer', first: i, last: end });
      }
      i = end;
    } else if (PATH_CONSTRUCTION.has(operator)) {
      let end = i;
      while (end + 1 < ops.length && (PATH_CONSTRUCTION.has(operatorAt(end + 1)) || operatorAt(end + 1) === 'W' || operatorAt(end + 1) === 'W*')) end++;
      const painter = end + 1 < ops.length ? operatorAt(end + 1) : undefined;
      // A path ended by `n` paints nothing (it only clips): there is nothing to mark.
      if (painter !== undefined && PATH_PAINTING.has(painter)) units.push({ kind: 'layout', first: i, last: end + 1 });
      i = end + 1;
    } else if (PATH_PAINTING.has(operator) || SELF_PAINTING.has(operator)) {
      units.push({ kind: 'layout', first: i, last: i });
    }
  }

  // Neighbours share a mark when only graphics-state operators lie between them: pagination text
  // with pagination text (Chromium draws the header and then the footer, one after the other: one
  // mark for both, so text extraction, which breaks lines at marks, reads them as before), and
  // anything else with its own kind.
  const groups: Unit[] = [];
  for (const unit of units) {
    const previous = groups.at(-1);
    const joined = previous && kindOfBoth(previous.kind, unit.kind);
    if (previous && joined && onlyState(ops, previous.last + 1, unit.first)) {
      previous.kind = joined;
      previous.last = unit.last;
    } else {
      groups.push({ ...unit });
    }
  }

  const inserts: Array<{ at: number; text: string }> = [];
  for (const group of groups) {
    inserts.push({ at: ops.start[group.first]!, text: OPENING[group.kind] }, { at: ops.end[group.last]!, text: '\nEMC' });
  }
  for (const index of loose) inserts.push({ at: ops.start[index]!, text: OPENING.layout }, { at: ops.end[index]!, text: '\nEMC' });
  // At one offset, a mark's end comes before the next one's start.
  inserts.sort((a, b) => a.at - b.at || Number(b.text === '\nEMC') - Number(a.text === '\nEMC'));
  let out = '';
  let from = 0;
  for (const insert of inserts) {
    out += content.slice(from, insert.at) + insert.text;
    from = insert.at;
  }
  return { content: out + content.slice(from), added: inserts.length / 2 };
}

/** The kind of a mark around two neighbours, or undefined when they cannot share one. */
function kindOfBoth(a: Kind, b: Kind): Kind | undefined {
  if (a === b) return a;
  return a !== 'layout' && b !== 'layout' ? 'Pagination' : undefined;
}

/** The index of the next operation with this operator, or the last index when there is none. */
function indexOf(ops: Operations, operator: string, from: number): number {
  for (let i = from; i < ops.length; i++) if (ops.operator[i] === operator) return i;
  return ops.length - 1;
}

/** Whether the operations from `from` up to `to` only set graphics state: none opens or closes anything or paints. */
function onlyState(ops: Operations, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (BARRIERS.has(ops.operator[i]!) || TEXT_SHOWING.has(ops.operator[i]!)) return false;
  return true;
}
