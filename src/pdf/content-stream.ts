/**
 * Reads a content stream (ISO 32000-1 §7.8.2) into a table of operations with their offsets, so
 * the PDF/UA pass can put marked-content operators around whole graphics objects by splicing text
 * in, and leave every byte it does not touch as Chromium wrote it. The stream is held as a latin1
 * string: one character per byte, so offsets are byte offsets and nothing is re-encoded.
 *
 * Chromium positions every glyph with its own operator: a charter's PDF holds tens of thousands of
 * operations. So the table is a few typed arrays rather than an object per operation and operand,
 * and an operand's value (a string's bytes, an array, a dictionary) is read only when asked for.
 */

export class ContentStreamError extends Error {
  override readonly name = 'ContentStreamError';
}

/** The kinds of operand. */
export const NUMBER = 0;
export const NAME = 1;
export const STRING = 2;
export const HEX_STRING = 3;
export const ARRAY = 4;
export const DICTIONARY = 5;
export const KEYWORD = 6;

export interface Operations {
  readonly length: number;
  /** The operator's name, one shared string per name. */
  readonly operator: readonly string[];
  /** Offset of the first operand (of the operator when there is none). */
  readonly start: Int32Array;
  /** Offset just after the operator (for an inline image, after its EI). */
  readonly end: Int32Array;
  readonly firstOperand: Int32Array;
  readonly operandCount: Int32Array;
  /** The operands: each one's kind, its value if a number, and its text's offsets. */
  readonly kind: Uint8Array;
  readonly number: Float64Array;
  readonly from: Int32Array;
  readonly to: Int32Array;
  /** The stream itself. */
  readonly text: string;
}

/** Each byte's class (§7.2.2): 0 regular, 1 white space, 2 delimiter. A table, as the loop below runs per byte. */
const CLASS = new Uint8Array(256);
for (const code of [0, 9, 10, 12, 13, 32]) CLASS[code] = 1;
for (const ch of '()<>[]{}/%') CLASS[ch.charCodeAt(0)] = 2;
const isWhite = (code: number): boolean => code < 256 && CLASS[code] === 1;
const isRegular = (code: number): boolean => code >= 256 || CLASS[code] === 0;

/** Operator names met so far, keyed by their (up to three) character codes: no string is cut for a known name. */
const NAMES = new Map<number, string>();

/** Every operation of a content stream, in order. Malformed syntax is a ContentStreamError, never a guess. */
export function scanContent(text: string): Operations {
  // Tables sized for Chromium's streams (an operation in every 12 bytes or more, an operand in
  // every 8), with room to spare; a stream that holds more is scanned again with room for a token
  // in every byte, which is always enough.
  const n = text.length;
  return scanInto(text, Math.max(64, Math.ceil(n / 8)), Math.max(64, Math.ceil(n / 5))) ?? scanInto(text, n + 1, n + 1)!;
}

/**
 * The scanner: one loop, no closures (a closure over the counters would keep them out of
 * registers), every table allocated up front. Undefined when the tables are too small.
 */
function scanInto(text: string, capacity: number, operandCapacity: number): Operations | undefined {
  const n = text.length;
  const start = new Int32Array(capacity);
  const end = new Int32Array(capacity);
  const firstOperand = new Int32Array(capacity);
  const operandCount = new Int32Array(capacity);
  const operator: string[] = [];
  const kind = new Uint8Array(operandCapacity);
  const number = new Float64Array(operandCapacity);
  const from = new Int32Array(operandCapacity);
  const to = new Int32Array(operandCapacity);
  let operands = 0;
  let operations = 0;
  let pending = 0;
  let pendingStart = -1;

  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code < 256 && CLASS[code] === 1) {
      i++;
      continue;
    }
    const at = i;
    // The token: an operand of this kind, or (kind -1) an operator named `name`.
    let k = -1;
    let value = NaN;
    let name = '';
    if (code === 37 /* % */) {
      while (i < n && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
      continue;
    } else if (code === 40 /* ( */) {
      i = skipLiteral(text, i);
      k = STRING;
    } else if (code === 60 /* < */ && text.charCodeAt(i + 1) === 60) {
      i = skipComposite(text, i);
      k = DICTIONARY;
    } else if (code === 60) {
      i = skipHex(text, i);
      k = HEX_STRING;
    } else if (code === 91 /* [ */) {
      i = skipComposite(text, i);
      k = ARRAY;
    } else if (code === 47 /* / */) {
      i++;
      while (i < n && isRegular(text.charCodeAt(i))) i++;
      k = NAME;
    } else if (!isRegular(code)) {
      throw new ContentStreamError(`unexpected "${text[i]}" at offset ${i}`);
    } else if ((code >= 48 && code <= 57) || code === 43 || code === 45 || code === 46) {
      // Digits, a sign or a point start a number (§7.3.3); no operator starts with one.
      while (i < n && isRegular(text.charCodeAt(i))) i++;
      k = NUMBER;
      value = parseNumber(text, at, i);
    } else {
      while (i < n && isRegular(text.charCodeAt(i))) i++;
      const length = i - at;
      let key = -1;
      let known: string | undefined;
      if (length <= 3) {
        key = length;
        for (let c = at; c < i; c++) key = key * 256 + text.charCodeAt(c);
        known = NAMES.get(key);
      }
      if (known === undefined) {
        known = text.slice(at, i);
        if (key >= 0 && NAMES.size < 512) NAMES.set(key, known);
      }
      if (known === 'true' || known === 'false' || known === 'null') {
        k = KEYWORD;
        value = known === 'true' ? 1 : 0;
      } else {
        name = known;
        if (name === 'BI') {
          // An inline image is one operation from BI to EI; its dictionary is not read.
          i = inlineImageEnd(text, i);
          pending = 0;
        }
      }
    }
    if (k >= 0) {
      if (operands >= operandCapacity) return undefined;
      kind[operands] = k;
      number[operands] = value;
      from[operands] = at;
      to[operands] = i;
      operands++;
      if (pending === 0) pendingStart = at;
      pending++;
    } else {
      if (operations >= capacity) return undefined;
      operator.push(name);
      start[operations] = pending ? pendingStart : at;
      end[operations] = i;
      firstOperand[operations] = operands - pending;
      operandCount[operations] = pending;
      operations++;
      pending = 0;
    }
  }
  if (pending) throw new ContentStreamError(`operands without an operator at the end of the stream (offset ${pendingStart})`);
  return { length: operations, operator, start, end, firstOperand, operandCount, kind, number, from, to, text };
}

function parseNumber(text: string, from: number, to: number): number {
  let i = from;
  let sign = 1;
  const first = text.charCodeAt(i);
  if (first === 43 || first === 45) {
    sign = first === 45 ? -1 : 1;
    i++;
  }
  let value = 0;
  let digits = 0;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    value = value * 10 + (c - 48);
    digits++;
  }
  if (i < to && text.charCodeAt(i) === 46) {
    let scale = 0.1;
    for (i++; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c < 48 || c > 57) break;
      value += (c - 48) * scale;
      scale /= 10;
      digits++;
    }
  }
  if (i !== to || digits === 0) throw new ContentStreamError(`bad number "${text.slice(from, to)}" at offset ${from}`);
  return sign * value;
}

/** After a literal string's "(": the offset after its ")". */
function skipLiteral(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) i++;
    else if (c === 40) depth++;
    else if (c === 41 && --depth === 0) return i + 1;
  }
  throw new ContentStreamError(`unterminated string at offset ${from}`);
}

function skipHex(text: string, from: number): number {
  for (let i = from + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 62 /* > */) return i + 1;
    if (!isWhite(c) && nibble(c) < 0) throw new ContentStreamError(`bad hex string at offset ${from}`);
  }
  throw new ContentStreamError(`unterminated hex string at offset ${from}`);
}

/** After "[" or "<<": the offset after the matching "]" or ">>", strings and nesting skipped. */
function skipComposite(text: string, from: number): number {
  const closers: number[] = [];
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isWhite(c)) {
      i++;
      continue;
    }
    if (c === 40) i = skipLiteral(text, i);
    else if (c === 37) while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
    else if (c === 60 && text.charCodeAt(i + 1) === 60) {
      closers.push(62);
      i += 2;
    } else if (c === 60) i = skipHex(text, i);
    else if (c === 91) {
      closers.push(91);
      i++;
    } else if (c === 62 && text.charCodeAt(i + 1) === 62) {
      if (closers.pop() !== 62) throw new ContentStreamError(`unbalanced ">>" at offset ${i}`);
      i += 2;
    } else if (c === 93) {
      if (closers.pop() !== 91) throw new ContentStreamError(`unbalanced "]" at offset ${i}`);
      i++;
    } else if (c === 47) {
      i++;
      while (i < text.length && isRegular(text.charCodeAt(i))) i++;
    } else if (isRegular(c)) {
      const wordStart = i;
      while (i < text.length && isRegular(text.charCodeAt(i))) i++;
      if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46)) {
        const word = text.slice(wordStart, i);
        if (word !== 'true' && word !== 'false' && word !== 'null') throw new ContentStreamError(`operator ${word} inside an array or dictionary at offset ${wordStart}`);
      }
    } else {
      throw new ContentStreamError(`unexpected "${text[i]}" at offset ${i}`);
    }
    if (closers.length === 0) return i;
  }
  throw new ContentStreamError(`unterminated array or dictionary at offset ${from}`);
}

/** After "BI": the offset just past the image's "EI" (its data, after "ID", may hold any byte). */
function inlineImageEnd(text: string, from: number): number {
  const id = /\sID[\0\t\n\f\r ]/g;
  id.lastIndex = from - 1;
  const data = id.exec(text);
  if (!data) throw new ContentStreamError(`inline image without ID at offset ${from}`);
  const ei = /[\0\t\n\f\r ]EI(?=[\0\t\n\f\r ]|$)/g;
  ei.lastIndex = data.index + data[0].length;
  const found = ei.exec(text);
  if (!found) throw new ContentStreamError(`inline image without EI at offset ${from}`);
  return found.index + found[0].length;
}

/** A hex digit's value, or -1. */
function nibble(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

// Reading operands on demand.

/** The k-th operand of an operation as a number, or NaN. */
export function numberOperand(ops: Operations, index: number, k: number): number {
  const o = ops.firstOperand[index]! + k;
  return k < ops.operandCount[index]! && ops.kind[o] === NUMBER ? ops.number[o]! : NaN;
}

/** The k-th operand as a name (without its "/", #xx decoded), or undefined. */
export function nameOperand(ops: Operations, index: number, k: number): string | undefined {
  const o = ops.firstOperand[index]! + k;
  if (k >= ops.operandCount[index]! || ops.kind[o] !== NAME) return undefined;
  const raw = ops.text.slice(ops.from[o]! + 1, ops.to[o]!);
  return raw.includes('#') ? raw.replace(/#([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : raw;
}

/** The bytes of every string operand, those inside an array (TJ) included, in order. */
export function stringOperands(ops: Operations, index: number): string[] {
  const out: string[] = [];
  const first = ops.firstOperand[index]!;
  for (let o = first; o < first + ops.operandCount[index]!; o++) {
    const k = ops.kind[o];
    if (k === STRING) out.push(literalBytes(ops.text, ops.from[o]!));
    else if (k === HEX_STRING) out.push(hexBytes(ops.text, ops.from[o]!, ops.to[o]!));
    else if (k === ARRAY) {
      for (let i = ops.from[o]! + 1; i < ops.to[o]! - 1; i++) {
        const c = ops.text.charCodeAt(i);
        if (c === 40) {
          const close = skipLiteral(ops.text, i);
          out.push(literalBytes(ops.text, i));
          i = close - 1;
        } else if (c === 60) {
          const close = skipHex(ops.text, i);
          out.push(hexBytes(ops.text, i, close));
          i = close - 1;
        }
      }
    }
  }
  return out;
}

/** The MCID of a BDC's property list, when it is written in place (as Chromium writes it). */
export function mcidOperand(ops: Operations, index: number): number | undefined {
  const o = ops.firstOperand[index]! + 1;
  if (ops.operandCount[index]! < 2 || ops.kind[o] !== DICTIONARY) return undefined;
  const found = /\/MCID[\0\t\n\f\r ]*(\d+)/.exec(ops.text.slice(ops.from[o]!, ops.to[o]!));
  return found ? Number(found[1]) : undefined;
}

/** The six numbers of a cm or Tm operation, when it has six numbers. */
export function matrixOperands(ops: Operations, index: number): Matrix | undefined {
  if (ops.operandCount[index] !== 6) return undefined;
  const first = ops.firstOperand[index]!;
  for (let o = first; o < first + 6; o++) if (ops.kind[o] !== NUMBER) return undefined;
  const v = ops.number;
  return [v[first]!, v[first + 1]!, v[first + 2]!, v[first + 3]!, v[first + 4]!, v[first + 5]!];
}

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };

/** A literal string's bytes (one character per byte), from its "("; the bookmarks' reader uses it too. */
export function literalBytes(text: string, from: number): string {
  let depth = 0;
  let out = '';
  for (let i = from; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\') {
      const next = text[i + 1] ?? '';
      const octal = /^[0-7]{1,3}/.exec(text.slice(i + 1, i + 4))?.[0];
      if (octal) {
        out += String.fromCharCode(parseInt(octal, 8) & 0xff);
        i += octal.length;
      } else if (next === '\r' || next === '\n') {
        // A backslash at a line end continues the string on the next line.
        i += next === '\r' && text[i + 2] === '\n' ? 2 : 1;
      } else {
        out += ESCAPES[next] ?? next;
        i++;
      }
      continue;
    }
    if (ch === '(') {
      depth++;
      if (depth === 1) continue;
    } else if (ch === ')') {
      depth--;
      if (depth === 0) return out;
    }
    out += ch;
  }
  throw new ContentStreamError(`unterminated string at offset ${from}`);
}

/** A hex string's bytes, from its "<" to after its ">"; an odd last digit counts as if followed by 0 (§7.3.4.3). */
function hexBytes(text: string, from: number, to: number): string {
  let out = '';
  let high = -1;
  for (let i = from + 1; i < to - 1; i++) {
    const v = nibble(text.charCodeAt(i));
    if (v < 0) continue;
    if (high < 0) high = v;
    else {
      out += String.fromCharCode(high * 16 + v);
      high = -1;
    }
  }
  return high >= 0 ? out + String.fromCharCode(high * 16) : out;
}

/** Text-showing operators (§9.4.3). */
export const TEXT_SHOWING = new Set(['Tj', 'TJ', "'", '"']);
/** Operators that end a path object by painting it; `n` ends one without painting (a clip). */
export const PATH_PAINTING = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*']);
/** Operators that begin or continue a path object. */
export const PATH_CONSTRUCTION = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're']);
/** Operators that paint by themselves: an XObject, a shading, an inline image. */
export const SELF_PAINTING = new Set(['Do', 'sh', 'BI']);

/** Whether an operator paints: text, a path, an XObject, a shading, an inline image. */
export function paints(operator: string): boolean {
  return TEXT_SHOWING.has(operator) || PATH_PAINTING.has(operator) || SELF_PAINTING.has(operator);
}

/** A 2D affine matrix [a b c d e f], as PDF writes them. */
export type Matrix = readonly [number, number, number, number, number, number];
export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m × n: first m, then n (PDF's row-vector convention). */
export function multiply(m: Matrix, n: Matrix): Matrix {
  return [m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3], m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3], m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5]];
}
