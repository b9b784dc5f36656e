// The PDF/UA pass's own parts, without a browser: the content-stream reader, the artifact marking
// (the one edit of content streams, so tested hard: by hand-written cases and by seeded random
// streams), the ToUnicode reader, joining a heading's lines, the XMP and SOURCE_DATE_EPOCH.
import { describe, expect, it } from 'vitest';
import { markArtifacts } from '../../src/pdf/artifacts.js';
import { isCovered, walkContent } from '../../src/pdf/content-state.js';
import { ContentStreamError, mcidOperand, nameOperand, numberOperand, paints, PATH_CONSTRUCTION, PATH_PAINTING, scanContent, stringOperands } from '../../src/pdf/content-stream.js';
import { joinRuns } from '../../src/pdf/marked-text.js';
import { sourceDate, xmpPacket } from '../../src/pdf/pdf-ua.js';
import { parseToUnicode } from '../../src/pdf/to-unicode.js';
import { mulberry32 } from '../helpers/seeded-random.js';

const PAGE = { middle: 421 };

/** Operations that paint and are outside every tagged or artifact marked-content sequence. */
function uncovered(content: string): string[] {
  const out: string[] = [];
  const ops = scanContent(content);
  walkContent(ops, (i, operator, state) => {
    if (paints(operator) && !isCovered(state.marked)) out.push(`${operator}@${ops.start[i]}`);
  });
  return out;
}

/** The operations as objects: operator and offsets. */
function operationsOf(content: string): Array<{ operator: string; start: number; end: number }> {
  const ops = scanContent(content);
  return ops.operator.map((operator, i) => ({ operator, start: ops.start[i]!, end: ops.end[i]! }));
}

/**
 * Marked content is balanced and well placed: never inside a path object, an Artifact never spans
 * a q or Q, and a mark opened inside a text object closes before its ET.
 */
function structureOk(content: string): string | undefined {
  const open: Array<{ artifact: boolean; inText: boolean }> = [];
  let inPath = false;
  let inText = false;
  for (const op of operationsOf(content)) {
    const operator = op.operator;
    if (operator === 'BMC' || operator === 'BDC' || operator === 'EMC') {
      if (inPath) return `${operator} inside a path object at ${op.start}`;
      if (operator === 'EMC') {
        if (!open.pop()) return `EMC without its BMC/BDC at ${op.start}`;
      } else {
        open.push({ artifact: content.startsWith('/Artifact', op.start), inText });
      }
    }
    if ((operator === 'q' || operator === 'Q') && open.some((m) => m.artifact)) return `${operator} inside an Artifact at ${op.start}`;
    if (operator === 'BT') inText = true;
    if (operator === 'ET') {
      if (open.some((m) => m.inText)) return `ET inside a mark opened in its text object at ${op.start}`;
      inText = false;
    }
    if (PATH_CONSTRUCTION.has(operator)) inPath = true;
    if (PATH_PAINTING.has(operator) || operator === 'n') inPath = false;
  }
  return open.length === 0 ? undefined : `${open.length} marked-content sequences left open`;
}

// A page as Chromium writes it: a white background outside marked content, tagged text, a marked
// sequence that Skia closes after a Q/q, then the header and footer templates unmarked.
const CHROMIUM_PAGE = `.23999999 0 0 -.23999999 0 841.91998 cm
q
3.125 0 0 3.125 187.5 259.375 cm
1 1 1 RG 1 1 1 rg
/G3 gs
0 0 675 965 re
f
Q
q
187.5 259.375 2108.3496 3016.748 re
W* n
q
3.125 0 0 3.125 187.5 259.375 cm
/P <</MCID 0 >>BDC
BT
/F4 12.66 Tf
1 0 0 -1 0 13 Tm
<0035> Tj
9.74 0 Td <004C> Tj
ET
Q
Q
q
0 0 2481.25 3506.25 re
W* n
q
3.125 0 0 3.125 0 0 cm
/G3 gs
EMC
BT
/F6 8 Tf
1 0 0 -1 60.46875 27 Tm
<0035004C> Tj
145.6 0 Td <0048> Tj
ET
BT
/F6 8 Tf
1 0 0 -1 374.875 1101 Tm
<0033> Tj
ET
Q
Q
`;

describe('markArtifacts on a page as Chromium prints it', () => {
  const { content, added } = markArtifacts(CHROMIUM_PAGE, PAGE);

  it('leaves no painting operator outside marked content (there were four)', () => {
    expect(uncovered(CHROMIUM_PAGE)).toHaveLength(4);
    expect(uncovered(content)).toEqual([]);
    expect(added).toBe(2);
  });

  it('marks the header and footer, drawn one after the other, as one pagination artifact', () => {
    expect(content).toContain('/Artifact <</Type /Pagination>> BDC\nBT\n/F6 8 Tf\n1 0 0 -1 60.46875 27 Tm');
    expect(content).toMatch(/<0033> Tj\nET\nEMC\nQ\nQ\n$/);
  });

  it('marks the background as a plain artifact around its whole path object', () => {
    expect(content).toContain('/G3 gs\n/Artifact BMC\n0 0 675 965 re\nf\nEMC\nQ');
  });

  it('only inserts: taking the marks out gives back every byte Chromium wrote', () => {
    expect(content.replace('/Artifact BMC\n', '').replace('/Artifact <</Type /Pagination>> BDC\n', '').replace('f\nEMC\n', 'f\n').replace('ET\nEMC\nQ\nQ\n', 'ET\nQ\nQ\n')).toBe(CHROMIUM_PAGE);
  });

  it('leaves the tagged content and the clipping paths alone', () => {
    expect(content).toContain('/P <</MCID 0 >>BDC\nBT');
    expect(content).toContain('187.5 259.375 2108.3496 3016.748 re\nW* n');
    expect(content).not.toMatch(/\/Artifact[^\n]*\n[^\n]*re\nW\* n/);
  });

  it('is idempotent: a second pass finds nothing to mark', () => {
    expect(markArtifacts(content, PAGE)).toEqual({ content, added: 0 });
  });
});

describe('markArtifacts, case by case', () => {
  it('a header alone is a Header, a footer alone a Footer (by where the text is on the page)', () => {
    const header = markArtifacts('BT /F1 8 Tf 1 0 0 1 40 800 Tm (Riverside) Tj ET', PAGE).content;
    const footer = markArtifacts('BT /F1 8 Tf 1 0 0 1 40 20 Tm (Page 1 of 8) Tj ET', PAGE).content;
    expect(header).toBe('/Artifact <</Type /Pagination /Subtype /Header>> BDC\nBT /F1 8 Tf 1 0 0 1 40 800 Tm (Riverside) Tj ET\nEMC');
    expect(footer).toBe('/Artifact <</Type /Pagination /Subtype /Footer>> BDC\nBT /F1 8 Tf 1 0 0 1 40 20 Tm (Page 1 of 8) Tj ET\nEMC');
  });

  it('finds the text position through cm and a flipped, scaled matrix as Chromium writes it', () => {
    // Chromium's y runs downwards: y 27 in the flipped space is near the top of the page.
    const top = markArtifacts('.24 0 0 -.24 0 841.92 cm q 3.125 0 0 3.125 0 0 cm BT /F1 8 Tf 1 0 0 -1 60 27 Tm <00> Tj ET Q', PAGE).content;
    const bottom = markArtifacts('.24 0 0 -.24 0 841.92 cm q 3.125 0 0 3.125 0 0 cm BT /F1 8 Tf 1 0 0 -1 60 1101 Tm <00> Tj ET Q', PAGE).content;
    expect(top).toContain('/Subtype /Header');
    expect(bottom).toContain('/Subtype /Footer');
  });

  it('changes nothing when everything is tagged or already an artifact', () => {
    const tagged = '/P <</MCID 0>> BDC BT (a) Tj ET 0 0 1 1 re f EMC /Artifact BMC BT (b) Tj ET EMC';
    expect(markArtifacts(tagged, PAGE)).toEqual({ content: tagged, added: 0 });
  });

  it('is not fooled by operators inside strings or comments', () => {
    const tricky = '/P <</MCID 0>> BDC BT (EMC \\) BT ET \\( % not a comment) Tj ET EMC % EMC BT (x) Tj ET\nBT <454D43> Tj ET';
    const { content, added } = markArtifacts(tricky, PAGE);
    expect(added).toBe(1);
    expect(content).toBe('/P <</MCID 0>> BDC BT (EMC \\) BT ET \\( % not a comment) Tj ET EMC % EMC BT (x) Tj ET\n/Artifact <</Type /Pagination /Subtype /Footer>> BDC\nBT <454D43> Tj ET\nEMC');
    expect(uncovered(content)).toEqual([]);
  });

  it('does not mark a path that only clips (n), and marks the painted one from its first operator', () => {
    const { content } = markArtifacts('0 0 10 10 re W n 5 5 m 6 6 l 7 5 l h S', PAGE);
    expect(content).toBe('0 0 10 10 re W n /Artifact BMC\n5 5 m 6 6 l 7 5 l h S\nEMC');
  });

  it('marks XObjects, shadings and inline images (whose data may hold any byte)', () => {
    const { content, added } = markArtifacts('q /Im1 Do Q /Sh1 sh BI /W 2 /H 1 /BPC 8 /CS /G ID \u00ff) EMC\u0000 EI Q', PAGE);
    expect(added).toBe(2);
    expect(content).toBe('q /Artifact BMC\n/Im1 Do\nEMC Q /Artifact BMC\n/Sh1 sh BI /W 2 /H 1 /BPC 8 /CS /G ID \u00ff) EMC\u0000 EI\nEMC Q');
    expect(uncovered(content)).toEqual([]);
  });

  it('marks inside a sequence that is neither tagged nor an artifact (optional content)', () => {
    const { content } = markArtifacts('/OC /oc1 BDC 0 0 5 5 re f EMC', PAGE);
    expect(content).toBe('/OC /oc1 BDC /Artifact BMC\n0 0 5 5 re f\nEMC EMC');
    expect(uncovered(content)).toEqual([]);
  });

  it('a text object that holds marked content of its own: only its loose text-showing operators are marked', () => {
    const { content } = markArtifacts('BT /F1 9 Tf (loose) Tj /Span <</MCID 3>> BDC (tagged) Tj EMC [(also) -20 (loose)] TJ ET', PAGE);
    expect(content).toBe('BT /F1 9 Tf /Artifact BMC\n(loose) Tj\nEMC /Span <</MCID 3>> BDC (tagged) Tj EMC /Artifact BMC\n[(also) -20 (loose)] TJ\nEMC ET');
    expect(uncovered(content)).toEqual([]);
    expect(structureOk(content)).toBeUndefined();
  });

  it('never lets one mark span a q or Q: neighbours on either side get marks of their own', () => {
    const { content, added } = markArtifacts('q BT (a) Tj ET Q q BT (b) Tj ET Q', PAGE);
    expect(added).toBe(2);
    expect(structureOk(content)).toBeUndefined();
  });

  it('joins neighbouring objects of one kind that only graphics-state operators separate', () => {
    const { content, added } = markArtifacts('1 0 0 RG 0 0 5 5 re f 0 0 1 rg 2 w 5 5 10 10 re S', PAGE);
    expect(added).toBe(1);
    expect(content).toBe('1 0 0 RG /Artifact BMC\n0 0 5 5 re f 0 0 1 rg 2 w 5 5 10 10 re S\nEMC');
  });

  it("handles ' and \" (which move to the next line) and TD/T* for the text position", () => {
    const { content } = markArtifacts("BT /F1 8 Tf 12 TL 40 800 Td (a) ' 0 0 (b) \" 0 -700 TD T* (c) Tj ET", PAGE);
    expect(content.startsWith('/Artifact <</Type /Pagination /Subtype /Header>> BDC\nBT')).toBe(true);
    expect(uncovered(content)).toEqual([]);
  });
});


/** A random but valid content stream in Chromium's vocabulary, with strings and comments that look like operators. */
function randomStream(next: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const space = () => pick([' ', '\n', '  ', '\r\n', '\t']);
  const text = () => pick(['(hello) Tj', '<0035004C> Tj', '[(a) -20 <0042> 3 (c)] TJ', '(EMC BT \\) ET) Tj', "(x) '", '1 2 (y) "', '(%) Tj']);
  const textObject = () => `BT${space()}/F${pick([1, 2])} ${pick([8, 12])} Tf${space()}1 0 0 -1 ${Math.floor(next() * 600)} ${Math.floor(next() * 1100)} Tm${space()}${text()}${next() < 0.5 ? `${space()}4.5 0 Td ${text()}` : ''}${space()}ET`;
  const path = () => pick(['0 0 675 965 re f', '1 1 m 5 5 l S', '0 0 1 1 re 2 2 1 1 re f*', '3 3 m 4 4 5 5 6 6 c h B']);
  const painted = () => pick([textObject, path, () => '/Im1 Do', () => '/Sh0 sh', () => 'BI /W 1 /H 1 ID \u0000EI\u00ff EI'])();
  const state = () => pick(['0 0 0 rg', '/G3 gs', '1 0 0 1 5 5 cm', '0 .3 .3 RG', '2 w', '0 0 10 10 re W n', '% BDC EMC comment\n']);
  let mcid = 0;
  const block = (depth: number): string => {
    const parts: string[] = [];
    const count = 1 + Math.floor(next() * 5);
    for (let k = 0; k < count; k++) {
      const roll = next();
      if (roll < 0.25 && depth < 3) parts.push(`q${space()}${block(depth + 1)}${space()}Q`);
      else if (roll < 0.5) parts.push(`/${pick(['P', 'NonStruct', 'H2', 'Span'])} <</MCID ${mcid++} >>BDC${space()}${painted()}${space()}EMC`);
      else if (roll < 0.6) parts.push(`/Artifact BMC${space()}${painted()}${space()}EMC`);
      else if (roll < 0.8) parts.push(painted());
      else parts.push(state());
    }
    return parts.join(space());
  };
  return block(0);
}

describe('markArtifacts on 2,000 random streams (seeded)', () => {
  it('always: readable result, no painting outside marked content, balanced marks never inside a path, the original bytes kept in order, idempotent', () => {
    const next = mulberry32(16);
    const failures: string[] = [];
    for (let n = 0; n < 2000 && failures.length < 3; n++) {
      const stream = randomStream(next);
      let result;
      try {
        result = markArtifacts(stream, PAGE);
      } catch (error) {
        failures.push(`#${n} threw ${String(error)}: ${JSON.stringify(stream)}`);
        continue;
      }
      const { content } = result;
      const problem = uncovered(content).length ? `uncovered ${uncovered(content).join(',')}` : structureOk(content);
      if (problem) failures.push(`#${n} ${problem}: ${JSON.stringify(stream)}`);
      // Every original byte is there, in order, and nothing but marks was added.
      const added = content.length - stream.length;
      const openings = (text: string) => (text.match(/\/Artifact (?:BMC|<<\/Type \/Pagination(?: \/Subtype \/(?:Header|Footer))?>> BDC)\n/g) ?? []).join('').length;
      const marks = openings(content) - openings(stream) + result.added * '\nEMC'.length;
      if (added !== marks) failures.push(`#${n} added ${added} bytes, marks are ${marks}: ${JSON.stringify(stream)}`);
      let at = 0;
      for (const ch of stream) {
        at = content.indexOf(ch, at);
        if (at < 0) {
          failures.push(`#${n} lost a byte: ${JSON.stringify(stream)}`);
          break;
        }
        at++;
      }
      if (markArtifacts(content, PAGE).added !== 0) failures.push(`#${n} a second pass marked more: ${JSON.stringify(stream)}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('scanContent', () => {
  const only = (text: string) => {
    const ops = scanContent(text);
    expect(ops.length).toBeGreaterThan(0);
    return { ops, index: ops.length - 1 };
  };

  it('reads literal strings with nesting, escapes, octal and line continuations', () => {
    const { ops, index } = only('(a (b) c\\) \\101\\60x \\\nd\\n) Tj');
    expect(ops.operator[index]).toBe('Tj');
    expect(stringOperands(ops, index)).toEqual(['a (b) c) A0x d\n']);
  });

  it('reads hex strings with white space and an odd last digit, and the strings of a TJ array', () => {
    expect(stringOperands(scanContent('<00 3 5 4> Tj'), 0)).toEqual(['\u0000\u0035\u0040']);
    expect(stringOperands(scanContent('[(a) -20 <0042> 3.5 (c\\)]) ] TJ'), 0)).toEqual(['a', '\u0000B', 'c)]']);
  });

  it('reads names with #xx, numbers in every form, and the MCID of a property list', () => {
    const ops = scanContent('/Span#20X <</MCID 7 /ActualText (x >> y) /A [1 -2.5 .5 +3 -.25 4.]>> BDC 1 -2.5 .5 +3 -.25 4. cm EMC');
    expect(ops.operator).toEqual(['BDC', 'cm', 'EMC']);
    expect(nameOperand(ops, 0, 0)).toBe('Span X');
    expect(mcidOperand(ops, 0)).toBe(7);
    expect([0, 1, 2, 3, 4, 5].map((k) => numberOperand(ops, 1, k))).toEqual([1, -2.5, 0.5, 3, -0.25, 4]);
    expect(numberOperand(ops, 0, 0)).toBeNaN();
  });

  it('reads a stream denser than Chromium writes (an operator every two bytes) in full', () => {
    const dense = 'q Q '.repeat(5000);
    const ops = scanContent(dense);
    expect(ops.length).toBe(10_000);
    expect(ops.operator[9999]).toBe('Q');
    expect(ops.end[9999]).toBe(dense.length - 1);
  });

  it('gives each operation the offsets of its first operand and its operator', () => {
    const text = 'q 1 0 0 1 5 5 cm  BT ET';
    expect(operationsOf(text).map((o) => text.slice(o.start, o.end))).toEqual(['q', '1 0 0 1 5 5 cm', 'BT', 'ET']);
  });

  it.each([
    ['an unterminated string', '(abc Tj'],
    ['an unterminated hex string', '<0035 Tj'],
    ['a bad hex digit', '<00zz> Tj'],
    ['an unbalanced array', '[1 2 TJ'],
    ['a stray >>', '>> BDC'],
    ['an operator inside an array', '[1 Tj] TJ'],
    ['a bad number', '1.2.3 w'],
    ['operands with no operator', 'q 1 2'],
    ['an inline image without EI', 'BI /W 1 ID xyz'],
  ])('refuses %s with a ContentStreamError', (_what, text) => {
    expect(() => scanContent(text)).toThrow(ContentStreamError);
  });
});

describe('parseToUnicode', () => {
  const cmap = `/CIDInit /ProcSet findresource begin
12 dict begin begincmap
1 begincodespacerange <0000> <FFFF> endcodespacerange
2 beginbfchar
<0003> <0020>
<0035> <0052>
endbfchar
2 beginbfrange
<0044> <0046> <0061>
<0050> <0051> [<00660069> <D83DDE00>]
endbfrange
endcmap`;

  it('maps single codes, incrementing ranges, ranges given as arrays, and pairs beyond the BMP', () => {
    const map = parseToUnicode(cmap, 1);
    expect(map.codeLength).toBe(2);
    expect(map.decode('\u0000\u0035\u0000\u0003\u0000\u0044\u0000\u0046\u0000\u0050\u0000\u0051')).toBe('R ac\u0066\u0069\u{1F600}');
  });

  it('uses one byte a code for a font whose map says so', () => {
    const map = parseToUnicode('1 beginbfchar <41> <0058> endbfchar', 2);
    expect(map.codeLength).toBe(1);
    expect(map.decode('AA')).toBe('XX');
  });

  it('gives nothing for a code it does not know', () => {
    expect(parseToUnicode(cmap, 2).decode('\u0012\u0034')).toBe('');
  });
});

describe('joinRuns', () => {
  const run = (text: string, y: number, page = 0) => ({ text, x: 0, y, size: 24, page });

  it('puts the space back where a heading wrapped ("our promise to" / "you")', () => {
    expect(joinRuns([run('our promise to', 700), run('you', 671)])).toBe('our promise to you');
  });

  it('joins pieces of one line as they are, and drops a soft hyphen at a break', () => {
    expect(joinRuns([run('Call ', 700), run('us', 700)])).toBe('Call us');
    expect(joinRuns([run('Stadt\u00ad', 650), run('werke', 620)])).toBe('Stadtwerke');
  });

  it('keeps a hyphen at a break without adding a space, and folds white space', () => {
    expect(joinRuns([run('  pre-', 700), run('existing   rules ', 671)])).toBe('pre-existing rules');
  });

  it('starts a new line on a new page', () => {
    expect(joinRuns([run('end of', 100, 0), run('page', 100, 1)])).toBe('end of page');
  });
});

describe('metadata', () => {
  it('SOURCE_DATE_EPOCH gives the date; anything else gives none', () => {
    expect(sourceDate('1795392000')?.toISOString()).toBe('2026-11-23T00:00:00.000Z');
    for (const bad of [undefined, '', 'yesterday', '-5', '1.5', '999999999999']) expect(sourceDate(bad), String(bad)).toBeUndefined();
  });

  it('the XMP packet says PDF/UA-1 and escapes the title', () => {
    const xmp = xmpPacket({ title: 'Rates & <charges>', language: 'en-GB', producer: 'charter 0.1.0', created: new Date(0), modified: new Date(1000) });
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(xmp).toContain('xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"');
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Rates &amp; &lt;charges&gt;</rdf:li>');
    expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>en-GB</rdf:li></rdf:Bag></dc:language>');
    expect(xmp).toContain('<xmp:CreateDate>1970-01-01T00:00:00Z</xmp:CreateDate>');
    expect(xmp).toContain('<xmp:ModifyDate>1970-01-01T00:00:01Z</xmp:ModifyDate>');
    expect(xmp).toContain('<pdf:Producer>charter 0.1.0</pdf:Producer>');
  });
});
