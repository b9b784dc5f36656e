import { describe, expect, it } from 'vitest';
import { scanContent } from '../../src/pdf/content-stream.js';
import { PDFDocument } from 'pdf-lib';
import { fillFont, fillIn, type FillFont, type FillPage } from '../../src/pdf/fill-in.js';
import { parseToUnicode } from '../../src/pdf/to-unicode.js';
import { mulberry32 } from '../helpers/seeded-random.js';

// A font as Chromium writes one: two-byte codes, the digits at DejaVu Sans' glyph ids, all as wide.
const GLYPHS: Record<string, number> = { '1': 0x14, '3': 0x16, '8': 0x1b, A: 0x24 };
function font(advances: Record<string, number> = {}, leftOut: string[] = [], more: Record<number, [string, number]> = {}): FillFont {
  const byCode = new Map(Object.entries(GLYPHS).filter(([c]) => !leftOut.includes(c)).map(([c, gid]) => [String.fromCharCode(0, gid), c]));
  const width = new Map([...byCode].map(([code, c]) => [code, advances[c] ?? 636]));
  // Further glyphs for a character: another set of figures.
  for (const [gid, [c, w]] of Object.entries(more)) {
    const code = String.fromCharCode(0, Number(gid));
    byCode.set(code, c);
    width.set(code, w);
  }
  return {
    unicode: { codeLength: 2, decode: (bytes) => (bytes.match(/[\s\S]{2}/g) ?? []).map((code) => byCode.get(code) ?? '').join('') },
    codesOf: (character) => [...byCode].filter(([, c]) => c === character).map(([code]) => code),
    advance: (code) => width.get(code),
  };
}
const tj = (character: string) => `<00${GLYPHS[character]!.toString(16).toUpperCase().padStart(2, '0')}> Tj`;
/** A table-of-contents number as Chromium draws it: its own text object, one Tj per glyph, a move between. */
const slot = (mcid: number, text: string) => `/NonStruct <</MCID ${mcid} >>BDC\nBT\n/F4 12.66 Tf\n1 0 0 -1 638.18 ${1000 + mcid * 20} Tm\n${[...text].map(tj).join('\n8.0523 0 Td ')}\nET\nEMC\n`;
/** A page as Chromium writes one: y runs down the page (the matrix flips it), so later slots stand lower. */
const page = (content: string, f: FillFont = font()): FillPage => {
  const flipped = `.24 0 0 -.24 0 841.92 cm\n${content}`;
  return { content: flipped, ops: scanContent(flipped), font: (name) => (name === 'F4' ? f : undefined) };
};

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
    expect(scanContent(text).length).toBe(scanContent(page(content).content).length - 3);
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
    expect(filled!.contents[1]).toBe('.24 0 0 -.24 0 841.92 cm\nq Q\n');
    expect(filled!.contents[2]).toContain(`${tj('1')}\n8.0523 0 Td ${tj('1')}`);
  });

  it("takes the figure from the placeholder's own set when the font holds more than one for a digit", () => {
    const two = slot(1, '888');
    // Proportional figures by default, tabular ones (as the contents asks for) elsewhere in the font: the 3 of the 8's set.
    const tabular = font({ '3': 600, '8': 600 }, [], { 0x60: ['3', 636], 0x65: ['8', 636] });
    const drawnTabular = slot(1, '888').replaceAll(tj('8'), '<0065> Tj');
    expect(fillIn([page(drawnTabular, tabular)], '888', ['3'])!.contents[0]).toContain('8.0523 0 Td <0060> Tj');
    // A 3 as wide as the 8 but of another set: no guess.
    expect(fillIn([page(two, font({}, [], { 0x60: ['3', 636] }))], '888', ['13'])).toBeDefined();
    expect(fillIn([page(two, font({}, ['3'], { 0x60: ['3', 636] }))], '888', ['3'])).toBeUndefined();
    // Two 3s as wide as the 8 (lining and old-style): the one of the 8's set, five glyphs before it.
    expect(fillIn([page(two, font({}, [], { 0x60: ['3', 636] }))], '888', ['3'])!.contents[0]).toContain(`${tj('3')}\nET`);
  });

  it('declines rather than guess', () => {
    const two = slot(1, '888') + slot(2, '888');
    // A slot out of the column (an "888" in the text, say) or above the one before it.
    expect(fillIn([page(slot(1, '888') + slot(2, '888').replace('638.18', '300'))], '888', ['3', '1'])).toBeUndefined();
    expect(fillIn([page(slot(2, '888') + slot(1, '888'))], '888', ['3', '1'])).toBeUndefined();
    // Glyphs with no move between them: leaving one out would shift the others.
    expect(fillIn([page(slot(1, '888').replaceAll('8.0523 0 Td ', ''))], '888', ['3'])).toBeUndefined();
    // A Tj with more bytes than one glyph's.
    expect(fillIn([page(slot(1, '888').replace(tj('8'), '<001B00> Tj'))], '888', ['3'])).toBeUndefined();
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


/** The text each text object shows, in order, read with the test font. */
function textObjects(content: string): string[] {
  const f = font();
  const out: string[] = [];
  for (const block of content.matchAll(/BT([\s\S]*?)ET/g)) {
    out.push([...block[1]!.matchAll(/<([0-9A-F]+)> Tj/g)].map((m) => f.unicode.decode(String.fromCharCode(...(m[1]!.match(/../g) ?? []).map((h) => parseInt(h, 16))))).join(''));
  }
  return out;
}

describe('fillIn on 1,000 random pages (seeded)', () => {
  it('fills exactly the placeholders, each with its own number, and touches no other text; or declines', () => {
    const next = mulberry32(19);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    const failures: string[] = [];
    let filledCount = 0;
    for (let n = 0; n < 1000 && failures.length < 3; n++) {
      const texts = Array.from({ length: 1 + Math.floor(next() * 8) }, () => pick(['888', '888', 'A', '88', '8888', 'A8', '13', '888']));
      const content = texts.map((text, i) => (next() < 0.3 ? `q 0 0 1 1 re f Q\n${slot(i, text)}` : slot(i, text))).join('');
      const slots = texts.filter((t) => t === '888').length;
      const values = Array.from({ length: next() < 0.8 ? slots : Math.floor(next() * 5) }, () => pick(['', '3', '13', '1', '331', '8']));
      const filled = fillIn([page(content)], '888', values);
      if (values.length !== slots) {
        if (filled) failures.push(`#${n} filled ${values.length} values into ${slots} slots`);
        continue;
      }
      if (!filled) {
        failures.push(`#${n} declined: ${JSON.stringify(texts)} ${JSON.stringify(values)}`);
        continue;
      }
      filledCount++;
      let k = 0;
      const expected = texts.map((t) => (t === '888' ? values[k++]! : t));
      const got = textObjects(filled.contents[0]!);
      if (JSON.stringify(got) !== JSON.stringify(expected)) failures.push(`#${n} read ${JSON.stringify(got)}, wanted ${JSON.stringify(expected)}`);
      if (scanContent(filled.contents[0]!).length !== scanContent(page(content).content).length - values.reduce((s, v) => s + 3 - v.length, 0)) failures.push(`#${n} removed other operations`);
    }
    expect(failures).toEqual([]);
    expect(filledCount).toBeGreaterThan(500);
  });
});

describe('a font as the fill reads it (a Type0 font over a CIDFontType2, as Chromium writes)', () => {
  it('takes the widths from both forms of /W and the characters from ToUnicode, and only glyphs the subset holds', async () => {
    const { context } = await PDFDocument.create();
    // CIDs 0x13-0x14 listed one by one, 0x15-0x1C as a range of one width; 0x24 ('A') has no width listed.
    const descendant = context.obj({ Type: 'Font', Subtype: 'CIDFontType2', W: [0x13, [636, 636], 0x15, 0x1c, 636, 0x30, [300]] });
    const font = context.obj({ Type: 'Font', Subtype: 'Type0', Encoding: 'Identity-H', DescendantFonts: [context.register(descendant)] });
    const cmap = 'begincmap\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n2 beginbfrange <0013> <001C> <0030> <0024> <0024> <0041> endbfrange\n1 beginbfchar <0030> <0038> endbfchar\nendcmap';
    const read = fillFont(context, font, parseToUnicode(cmap, 2))!;
    expect(read.advance('\u0000\u0014')).toBe(636);
    expect(read.advance('\u0000\u001b')).toBe(636);
    expect(read.advance('\u0000\u0030')).toBe(300);
    expect(read.advance('\u0000\u0024')).toBeUndefined();
    // Two glyphs show an 8: the figure and the narrow one at 0x30.
    expect(read.codesOf('8')).toEqual(['\u0000\u001b', '\u0000\u0030']);
    expect(read.codesOf('3')).toEqual(['\u0000\u0016']);
    // No width, no glyph in the subset: 'A' is not offered.
    expect(read.codesOf('A')).toEqual([]);
    // A font whose codes are one byte (Chromium's Type 3 fonts) is not one the fill writes into.
    expect(fillFont(context, font, parseToUnicode('1 beginbfchar <41> <0041> endbfchar', 1))).toBeUndefined();
  });
});
