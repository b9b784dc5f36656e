/**
 * Fills numbers into a printed PDF: each text object that shows exactly a placeholder ("888") gets
 * the number meant for it, right-aligned in the placeholder's glyph slots. The handbook's table of
 * contents is printed once with "888" for every page number; where each heading landed is read
 * from that very print's bookmarks, and the numbers are filled in here instead of printing the
 * whole handbook a second time.
 *
 * It is exact only under conditions it checks, and it declines (undefined) when any fails, so the
 * caller prints again: as many placeholders as numbers, standing in one column, each below the
 * last; each glyph shown by its own operator with a move before it (as Chromium draws text); and
 * every digit wanted already in the font's subset, in the placeholder's own set of figures and as
 * wide. A glyph left out keeps its move, so the digits that remain sit where Chromium would have
 * drawn them.
 */
import { PDFArray, PDFNumber, type PDFContext, type PDFDict } from 'pdf-lib';
import { textOrigin, walkContent } from './content-state.js';
import { HEX_STRING, STRING, stringOperands, TEXT_SHOWING, type Operations } from './content-stream.js';
import { arrayOf, dictOf, itemsOf, key, numberOf } from './pdf-objects.js';
import type { ToUnicode } from './to-unicode.js';

/** A font as the fill needs it: the text of its codes, the codes that show a character, each code's advance. */
export interface FillFont {
  unicode: ToUnicode;
  /** Every code of the subset that shows this character (a font may hold several figures for one digit). */
  codesOf(character: string): string[];
  advance(code: string): number | undefined;
}

export interface FillPage {
  content: string;
  ops: Operations;
  font(name: string): FillFont | undefined;
}

/** One placeholder as drawn: the operations that show its glyphs, where its first glyph sits, in its page's content. */
interface Slot {
  page: number;
  shows: number[];
  font: FillFont;
  x: number;
  y: number;
}

/** How far apart, in points, two slots' left edges may be and still be one column. */
const SAME_COLUMN = 0.5;

/**
 * The pages' contents with `values[i]` in place of the i-th placeholder (an empty value leaves the
 * slot blank), and the indexes of the pages that changed; undefined when the fill cannot be exact.
 * The placeholders must stand in one column, each below the last (the table of contents' page
 * numbers, right-aligned in boxes of one width): an "888" anywhere else, in a phone number say,
 * is not one of them, and then the count or the column is wrong and the fill declines.
 */
export function fillIn(pages: readonly FillPage[], placeholder: string, values: readonly string[]): { contents: string[]; changed: Set<number> } | undefined {
  const slots: Slot[] = [];
  for (const [page, { ops, font }] of pages.entries()) {
    const found = placeholdersOn(ops, font, placeholder);
    if (!found) return undefined;
    slots.push(...found.map((s) => ({ ...s, page })));
  }
  if (slots.length !== values.length) return undefined;
  for (const [i, slot] of slots.entries()) {
    const previous = slots[i - 1];
    if (Math.abs(slot.x - slots[0]!.x) > SAME_COLUMN) return undefined;
    if (previous && previous.page === slot.page && !(slot.y < previous.y)) return undefined;
  }
  const edits = pages.map((): Array<{ from: number; to: number; text: string }> => []);
  for (const [i, slot] of slots.entries()) {
    const value = values[i]!;
    if (value.length > slot.shows.length) return undefined;
    const { ops } = pages[slot.page]!;
    const blank = slot.shows.length - value.length;
    for (const [k, index] of slot.shows.entries()) {
      const at = { from: ops.start[index]!, to: ops.end[index]! };
      if (k < blank) {
        edits[slot.page]!.push({ ...at, text: '' });
        continue;
      }
      const code = figure(slot.font, stringOperands(ops, index)[0]!, placeholder[k]!, value[k - blank]!);
      if (code === undefined) return undefined;
      edits[slot.page]!.push({ ...at, text: `<${hex(code)}> Tj` });
    }
  }
  const changed = new Set<number>();
  const contents = pages.map(({ content }, page) => {
    const list = edits[page]!;
    if (!list.length) return content;
    changed.add(page);
    let out = '';
    let from = 0;
    for (const edit of list) {
      out += content.slice(from, edit.from) + edit.text;
      from = edit.to;
    }
    return out + content.slice(from);
  });
  return { contents, changed };
}

/**
 * The code that shows `digit` in the set of figures the placeholder's glyph belongs to: as wide as
 * that glyph, and as far from it as the digits are from each other (a font keeps a set of figures
 * together, 0 to 9). Undefined when the subset holds no such glyph: a proportional or old-style
 * figure would not sit, or look, as Chromium would have drawn the number.
 */
function figure(font: FillFont, placeholderCode: string, placeholderDigit: string, digit: string): string | undefined {
  const width = font.advance(placeholderCode);
  const wanted = cidOf(placeholderCode) + (digit.charCodeAt(0) - placeholderDigit.charCodeAt(0));
  return font.codesOf(digit).find((code) => cidOf(code) === wanted && width !== undefined && font.advance(code) === width);
}

/** Operators that move to where the next glyph is drawn. */
const MOVES: ReadonlySet<string> = new Set(['Td', 'TD', 'Tm', 'T*']);

/**
 * The text objects of a content stream that show exactly the placeholder, as Chromium draws text:
 * one glyph a Tj, in one font, with a move before each glyph but the first (so a glyph left out
 * leaves the others where they were). Undefined when one shows it otherwise, which the fill does
 * not guess at.
 */
function placeholdersOn(ops: Operations, fontNamed: (name: string) => FillFont | undefined, placeholder: string): Array<Omit<Slot, 'page'>> | undefined {
  const found: Array<Omit<Slot, 'page'>> = [];
  let shows: number[] = [];
  let text = '';
  let plain = true;
  let moved = false;
  let font: FillFont | undefined;
  let origin = { x: 0, y: 0 };
  let unreadable = false;
  walkContent(ops, (index, operator, state) => {
    if (operator === 'BT') {
      shows = [];
      text = '';
      plain = true;
      font = undefined;
    } else if (MOVES.has(operator)) {
      moved = true;
    } else if (TEXT_SHOWING.has(operator)) {
      // Longer than the placeholder already: not one, and not worth reading further.
      if (text.length > placeholder.length) return;
      const current = state.font === undefined ? undefined : fontNamed(state.font);
      const strings = stringOperands(ops, index);
      const kind = ops.kind[ops.firstOperand[index]!];
      const shown = current && strings.length === 1 && strings[0]!.length === current.unicode.codeLength ? current.unicode.decode(strings[0]!) : '';
      const oneGlyph = operator === 'Tj' && ops.operandCount[index] === 1 && (kind === HEX_STRING || kind === STRING) && shown.length === 1;
      if (!oneGlyph || (font && current !== font) || (shows.length > 0 && !moved)) plain = false;
      if (shows.length === 0) origin = textOrigin(state);
      font = current;
      shows.push(index);
      text += shown || '\uFFFD';
      moved = false;
    } else if (operator === 'ET' && text === placeholder) {
      if (plain && font) found.push({ shows, font, ...origin });
      else unreadable = true;
    }
  });
  return unreadable ? undefined : found;
}

/** A Type0 font of Chromium's (Identity-H, one CIDFontType2 below it) as the fill reads it. */
export function fillFont(context: PDFContext, font: PDFDict, unicode: ToUnicode | undefined): FillFont | undefined {
  if (!unicode || unicode.codeLength !== 2) return undefined;
  const descendant = dictOf(context, itemsOf(context, font.get(key('DescendantFonts')))[0]);
  if (!descendant) return undefined;
  const widths = cidWidths(context, descendant);
  const codes = new Map<string, string[]>();
  return {
    unicode,
    codesOf(character) {
      if (!codes.size) {
        // The glyphs the subset holds: those /W gives a width and ToUnicode a text, the ones drawn somewhere in the document.
        for (const cid of widths.keys()) {
          const bytes = String.fromCharCode(cid >> 8, cid & 0xff);
          const text = unicode.decode(bytes);
          if (text.length === 1) codes.set(text, [...(codes.get(text) ?? []), bytes]);
        }
      }
      return codes.get(character) ?? [];
    },
    advance(code) {
      return code.length === 2 ? widths.get(cidOf(code)) : undefined;
    },
  };
}

/** The /W array of a CIDFont (§9.7.4.3): each CID it lists and its advance. */
function cidWidths(context: PDFContext, cidFont: PDFDict): Map<number, number> {
  const out = new Map<number, number>();
  const items = arrayOf(context, cidFont.get(key('W')))?.asArray() ?? [];
  for (let i = 0; i < items.length; ) {
    const first = numberOf(items[i]);
    const next = context.lookup(items[i + 1]);
    if (first === undefined) break;
    if (next instanceof PDFArray) {
      next.asArray().forEach((w, k) => {
        const width = numberOf(context.lookup(w));
        if (width !== undefined) out.set(first + k, width);
      });
      i += 2;
    } else {
      const last = next instanceof PDFNumber ? next.asNumber() : undefined;
      const width = numberOf(context.lookup(items[i + 2]));
      if (last === undefined || width === undefined) break;
      for (let cid = first; cid <= last && cid - first < 65536; cid++) out.set(cid, width);
      i += 3;
    }
  }
  return out;
}

/** A two-byte code (Identity-H) as its CID. */
function cidOf(code: string): number {
  return code.charCodeAt(0) * 256 + code.charCodeAt(1);
}

function hex(bytes: string): string {
  return Buffer.from(bytes, 'latin1').toString('hex').toUpperCase();
}
