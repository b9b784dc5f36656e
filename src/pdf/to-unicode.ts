/**
 * A font's ToUnicode CMap (ISO 32000-1 §9.10.3): the text behind the glyph codes a content
 * stream shows. Chromium (Skia) writes one for every font, with bfchar and bfrange entries.
 */
export interface ToUnicode {
  /** Bytes per code: 2 for Chromium's Identity-H fonts, 1 for its Type 3 fonts. */
  codeLength: number;
  decode(bytes: string): string;
}

export function parseToUnicode(cmap: string, defaultCodeLength: number): ToUnicode {
  const single = new Map<number, string>();
  const ranges: Array<{ low: number; high: number; start: string; list?: string[] }> = [];
  let codeLength = 0;
  const hexes = (body: string) => [...body.matchAll(/<([0-9A-Fa-f\s]*)>|\[([^\]]*)\]/g)];
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    const tokens = hexes(block[1]!);
    for (let i = 0; i + 1 < tokens.length; i += 2) {
      const source = clean(tokens[i]![1]);
      codeLength ||= source.length / 2;
      single.set(parseInt(source, 16), utf16(clean(tokens[i + 1]![1])));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const tokens = hexes(block[1]!);
    for (let i = 0; i + 2 < tokens.length; i += 3) {
      const low = clean(tokens[i]![1]);
      codeLength ||= low.length / 2;
      const target = tokens[i + 2]!;
      const list = target[2] === undefined ? undefined : [...target[2].matchAll(/<([0-9A-Fa-f\s]*)>/g)].map((m) => utf16(clean(m[1])));
      ranges.push({ low: parseInt(low, 16), high: parseInt(clean(tokens[i + 1]![1]), 16), start: list ? '' : clean(target[1]), ...(list ? { list } : {}) });
    }
  }
  const length = codeLength || defaultCodeLength;
  const lookup = (code: number): string => {
    const found = single.get(code);
    if (found !== undefined) return found;
    for (const range of ranges) {
      if (code < range.low || code > range.high) continue;
      if (range.list) return range.list[code - range.low] ?? '';
      // The last byte of the destination counts up through the range (§9.10.3).
      const offset = code - range.low;
      const head = range.start.slice(0, -4);
      const last = parseInt(range.start.slice(-4) || '0', 16) + offset;
      return utf16(head + last.toString(16).padStart(4, '0'));
    }
    return '';
  };
  return {
    codeLength: length,
    decode(bytes: string): string {
      let out = '';
      for (let i = 0; i + length <= bytes.length; i += length) {
        let code = 0;
        for (let k = 0; k < length; k++) code = code * 256 + bytes.charCodeAt(i + k);
        out += lookup(code);
      }
      return out;
    },
  };
}

function clean(hex: string | undefined): string {
  return (hex ?? '').replace(/\s/g, '');
}

/** UTF-16BE hex to a string (surrogate pairs included). */
function utf16(hex: string): string {
  let out = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return out;
}
