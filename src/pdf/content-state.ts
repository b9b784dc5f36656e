/**
 * Follows the state a content stream sets up as it runs: the transformation matrix, the text
 * position and font, and the marked content open at each operation. Enough to tell where text is
 * drawn, which structure element it belongs to, and what lies outside every marked-content
 * sequence; nothing is drawn or measured.
 */
import { IDENTITY, matrixOperands, mcidOperand, multiply, nameOperand, numberOperand, type Matrix, type Operations } from './content-stream.js';

export interface MarkedContent {
  tag: string;
  /** The marked-content identifier that ties it to a structure element (§14.7.4.2). */
  mcid: number | undefined;
}

export interface ContentState {
  ctm: Matrix;
  /** Tm and Tlm (§9.4.2); identity outside a text object. */
  textMatrix: Matrix;
  lineMatrix: Matrix;
  /** The font resource name and size set by Tf. */
  font: string | undefined;
  fontSize: number;
  leading: number;
  /** Open marked-content sequences, outermost first. */
  marked: readonly MarkedContent[];
}

/** Whether content drawn in this state is either tagged (an MCID) or an Artifact. */
export function isCovered(marked: readonly MarkedContent[]): boolean {
  for (const m of marked) if (m.mcid !== undefined || m.tag === 'Artifact') return true;
  return false;
}

/** The innermost MCID open, if any. */
export function currentMcid(marked: readonly MarkedContent[]): number | undefined {
  for (let k = marked.length - 1; k >= 0; k--) if (marked[k]!.mcid !== undefined) return marked[k]!.mcid;
  return undefined;
}

/** Where the next glyph of a text-showing operation lands, in the page's default user space: its baseline's y and the font size there. */
export function textY(state: Readonly<ContentState>): number {
  const t = state.textMatrix;
  const c = state.ctm;
  return t[4] * c[1] + t[5] * c[3] + c[5];
}

export function textOrigin(state: Readonly<ContentState>): { x: number; y: number; size: number } {
  const t = state.textMatrix;
  const c = state.ctm;
  // The translation and the vertical scale of Tm × CTM, without building the product.
  const x = t[4] * c[0] + t[5] * c[2] + c[4];
  const size = Math.abs(state.fontSize * Math.hypot(t[2] * c[0] + t[3] * c[2], t[2] * c[1] + t[3] * c[3]));
  return { x, y: textY(state), size };
}

export type ContentVisitor = (index: number, operator: string, state: Readonly<ContentState>) => void;

/**
 * Calls `visit` for every operation with the state it runs in: after a ' or " has moved to the
 * next line (so their text is placed right), before a BDC, BMC or EMC changes what is open. The
 * state is updated in place (Chromium moves the text position once per glyph: tens of thousands
 * of moves a document), so a visitor reads it and keeps no reference to it.
 */
export function walkContent(ops: Operations, visit: ContentVisitor): void {
  const textMatrix = [1, 0, 0, 1, 0, 0];
  const lineMatrix = [1, 0, 0, 1, 0, 0];
  const marked: MarkedContent[] = [];
  const state: ContentState = { ctm: IDENTITY, textMatrix: textMatrix as unknown as Matrix, lineMatrix: lineMatrix as unknown as Matrix, font: undefined, fontSize: 0, leading: 0, marked };
  const saved: Array<Pick<ContentState, 'ctm' | 'font' | 'fontSize' | 'leading'>> = [];
  const setLine = (m: Matrix) => {
    for (let k = 0; k < 6; k++) textMatrix[k] = lineMatrix[k] = m[k]!;
  };
  // Tlm = [1 0 0 1 tx ty] × Tlm; Tm = Tlm (§9.4.2).
  const nextLine = (tx: number, ty: number) => {
    lineMatrix[4] = tx * lineMatrix[0]! + ty * lineMatrix[2]! + lineMatrix[4]!;
    lineMatrix[5] = tx * lineMatrix[1]! + ty * lineMatrix[3]! + lineMatrix[5]!;
    for (let k = 0; k < 6; k++) textMatrix[k] = lineMatrix[k]!;
  };
  const number = (index: number, k: number): number => {
    const value = numberOperand(ops, index, k);
    return Number.isNaN(value) ? 0 : value;
  };
  for (let index = 0; index < ops.length; index++) {
    const operator = ops.operator[index]!;
    if (operator === "'" || operator === '"') nextLine(0, -state.leading);
    visit(index, operator, state);
    switch (operator) {
      case 'q':
        saved.push({ ctm: state.ctm, font: state.font, fontSize: state.fontSize, leading: state.leading });
        break;
      case 'Q':
        Object.assign(state, saved.pop() ?? {});
        break;
      case 'cm': {
        const m = matrixOperands(ops, index);
        if (m) state.ctm = multiply(m, state.ctm);
        break;
      }
      case 'BT':
        setLine(IDENTITY);
        break;
      case 'Tm': {
        const m = matrixOperands(ops, index);
        if (m) setLine(m);
        break;
      }
      case 'Td':
        nextLine(number(index, 0), number(index, 1));
        break;
      case 'TD':
        state.leading = -number(index, 1);
        nextLine(number(index, 0), number(index, 1));
        break;
      case 'T*':
        nextLine(0, -state.leading);
        break;
      case 'TL':
        state.leading = number(index, 0);
        break;
      case 'Tf':
        state.font = nameOperand(ops, index, 0);
        state.fontSize = number(index, 1);
        break;
      case 'BMC':
      case 'BDC':
        marked.push({ tag: nameOperand(ops, index, 0) ?? '', mcid: operator === 'BDC' ? mcidOperand(ops, index) : undefined });
        break;
      case 'EMC':
        marked.pop();
        break;
      default:
        break;
    }
  }
}
