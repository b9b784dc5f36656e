import { describe, expect, it } from 'vitest';
import { scanContent } from '../../src/pdf/content-stream.js';
import { fillIn, type FillFont, type FillPage } from '../../src/pdf/fill-in.js';

// A font as Chromium writes one: two-byte codes, the digits at DejaVu Sans' glyph ids, all as wide.
const GLYPHS: Record<string, number> = { '1': 0x14, '3': 0x16, '8': 0x1b, A: 0x24 };
function font(advances: Record<string, number> = {}, leftOut: string[] = []): FillFont {
  const byCode = new Map(Object.entries(GLYPHS).filter(([c]) => !leftOut.includes(c)).map(([c, gid]) => [String.fromCharCode(0, gid), c]));
  return {
    unicode: { codeLength: 2, decode: (bytes) => (bytes.match(/[\s\S]{2}/g) ?? []).map((code) => byCode.get(code) ?? '').join('') },
    codeOf: (character) => [...byCode].find(([, c]) => c === character)?.[0],
    advance: (code) => (byCode.has(code) ? (advances[byCode.get(code)!] ?? 636) : undefined),
  };
}
const tj = (character: string) => `<00${GLYPHS[character]!.toString(16).toUpperCase().padStart(2, '0')}> Tj`;
/** A table-of-contents number as Chromium draws it: its own text object, one Tj per glyph, a move between. */
const slot = (mcid: number, text: string) => `/NonStruct <</MCID ${mcid} >>BDC\nBT\n/F4 12.66 Tf\n1 0 0 -1 638.18 ${1000 + mcid * 20} Tm\n${[...text].map(tj).join('\n8.0523 0 Td ')}\nET\nEMC\n`;
const page = (content: string, f: FillFont = font()): FillPage => ({ content, ops: scanContent(content), font: (name) => (name === 'F4' ? f : undefined) });

describe('filling numbers into a printed page', () => {
  it('puts each number right-aligned in its placeholder: the glyphs before it go, their moves stay', () => {
    const content = slot(1, '888') + slot(2, '888');
    const filled = fillIn([page(content)], '888', ['3', '13']);
    expect(filled).toBeDefined();
    expect(filled!.changed).toEqual(new Set([0]));
    const text = filled!.contents[0]!;
    expect(text).toContain(`1 0 0 -1 638.18 1020 Tm\n\n8.0523 0 Td \n8.0523 0 Td ${tj('3')}`);
    expect(text).toContain(`1 0 0 -1 638.18 1040 Tm\n\n8.0523 0 Td ${tj('1')}\n8.0523 0 Td ${tj('3')}`);
    expect(text).not.toContain(tj('8'));
    // What is left is a content stream still: the same operations less the dropped shows.
    expect(scanContent(text).length).toBe(scanContent(content).length - 3);
  });

  it('leaves text that only contains the placeholder alone, and a slot with no number blank', () => {
    const content = slot(1, 'A888') + slot(2, '888');
    const filled = fillIn([page(content)], '888', ['']);
    expect(filled!.contents[0]).toContain(`1 0 0 -1 638.18 1020 Tm\n${[...'A888'].map(tj).join('\n8.0523 0 Td ')}`);
    expect(filled!.contents[0]).toContain('1 0 0 -1 638.18 1040 Tm\n\n8.0523 0 Td \n8.0523 0 Td \nET');
  });

  it('finds the placeholders across pages, in order', () => {
    const filled = fillIn([page(slot(1, '888')), page('q Q\n'), page(slot(1, '888'))], '888', ['3', '11']);
    expect(filled!.changed).toEqual(new Set([0, 2]));
    expect(filled!.contents[1]).toBe('q Q\n');
    expect(filled!.contents[2]).toContain(`${tj('1')}\n8.0523 0 Td ${tj('1')}`);
  });

  it('declines rather than guess', () => {
    const two = slot(1, '888') + slot(2, '888');
    // More or fewer numbers than placeholders.
    expect(fillIn([page(two)], '888', ['3'])).toBeUndefined();
    expect(fillIn([page(two)], '888', ['3', '4', '5'])).toBeUndefined();
    // A digit the font's subset does not hold.
    expect(fillIn([page(two, font({}, ['3']))], '888', ['3', '1'])).toBeUndefined();
    // A digit narrower than the placeholder's (no tabular figures): it would not sit where Chromium puts it.
    expect(fillIn([page(two, font({ '3': 600 }))], '888', ['3', '1'])).toBeUndefined();
    // A number longer than its placeholder.
    expect(fillIn([page(two)], '888', ['1313', '1'])).toBeUndefined();
    // The placeholder shown by one operator with all its glyphs.
    const oneShow = `BT\n/F4 12 Tf\n<001B001B001B> Tj\nET\n`;
    expect(fillIn([page(oneShow)], '888', ['3'])).toBeUndefined();
    // In a TJ array.
    const array = `BT\n/F4 12 Tf\n[<001B> -10 <001B> <001B>] TJ\nET\n`;
    expect(fillIn([page(array)], '888', ['3'])).toBeUndefined();
  });
});
