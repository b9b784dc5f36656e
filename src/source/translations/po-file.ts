import gettext, { type PoTable, type PoTranslation } from 'gettext-parser';
import type { Position } from '../../diagnostics.js';

/** One entry of a PO file, as charter reads it, with where it is written. */
export interface PoEntry {
  /** The msgctxt: the data path of the string in charter.yaml ("" when the entry has none). */
  context: string;
  msgid: string;
  /** The translation; "" when not yet translated. */
  msgstr: string;
  fuzzy: boolean;
  /** The source text the translation was made for, from `#| msgid` (set by `charter translate` when the source changed). */
  previous?: string;
  /** The entry has msgid_plural: charter's strings never do. */
  plural: boolean;
  /** The entry's msgctxt (or msgid) line. */
  at: Position;
  /** The msgstr line: where a problem with the translation is shown. */
  translationAt: Position;
}

export interface PoFile {
  /** The `Language:` header, when there is one. */
  language?: string;
  headers: Record<string, string>;
  entries: PoEntry[];
  /** The parsed table, for `charter translate` to update and write back. */
  table: PoTable;
}

export type PoRead = { ok: true; po: PoFile } | { ok: false; at: Position; message: string };

/**
 * Reads a PO file with gettext-parser (the parsing is the library's: escapes, continuation
 * lines, plural forms, obsolete entries, duplicate detection). The library gives no line
 * numbers for entries, so a small scan of the text finds the line where each one is written.
 */
export function readPo(text: string): PoRead {
  let table: PoTable;
  try {
    // Without the library's validation: its errors carry no line, and charter reports plural
    // entries and duplicates itself, at their lines.
    table = gettext.po.parse(text, { defaultCharset: 'utf-8' });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    let line = Number(/at line (\d+)/.exec(message)?.[1] ?? 1);
    // The parser counts the line break that ends an unclosed string: the string is on the line before.
    if (/End-of-line within string/.test(message)) line = Math.max(1, line - 1);
    return { ok: false, at: lineAt(line), message: message.replace(/^Error parsing PO data: /, '').replace(/ at line \d+/, '') };
  }
  const { lines, duplicate } = entryLines(text);
  if (duplicate) return { ok: false, at: lineAt(duplicate.line), message: `the entry for "${duplicate.context || duplicate.msgid}" is written twice; keep one` };
  const entries: PoEntry[] = [];
  for (const [context, byId] of Object.entries(table.translations)) {
    for (const [msgid, entry] of Object.entries(byId)) {
      if (context === '' && msgid === '') continue; // the header
      const place = lines.get(key(context, msgid));
      entries.push(toEntry(entry, context, place?.entry ?? 1, place?.msgstr ?? place?.entry ?? 1));
    }
  }
  entries.sort((a, b) => a.at.line - b.at.line);
  const language = table.headers.Language?.trim();
  return { ok: true, po: { headers: table.headers, entries, table, ...(language ? { language } : {}) } };
}

function toEntry(entry: PoTranslation, context: string, line: number, msgstrLine: number): PoEntry {
  const flags = (entry.comments?.flag ?? '').split(/[\s,]+/);
  const previous = /^msgid\s+"([\s\S]*)"$/.exec((entry.comments?.previous ?? '').replace(/"\s*\n\s*"/g, ''))?.[1];
  return {
    context,
    msgid: entry.msgid,
    msgstr: entry.msgstr.join(''),
    fuzzy: flags.includes('fuzzy'),
    ...(previous !== undefined ? { previous: unescapePo(previous) } : {}),
    plural: entry.msgid_plural !== undefined,
    at: lineAt(line),
    translationAt: lineAt(msgstrLine),
  };
}

const key = (context: string, msgid: string) => `${context}\u0004${msgid}`;

/**
 * Where each entry is written: the line of its msgctxt (or msgid when it has none) and of its
 * msgstr, by context and msgid. Obsolete entries (`#~`) are skipped: they are not in use.
 */
function entryLines(text: string): { lines: Map<string, { entry: number; msgstr: number }>; duplicate?: { line: number; context: string; msgid: string } } {
  const found = new Map<string, { entry: number; msgstr: number }>();
  let duplicate: { line: number; context: string; msgid: string } | undefined;
  const lines = text.split(/\r?\n/);
  let current: { keyword: string; value: string } | undefined;
  let entry: { start: number; context: string; msgid?: string; msgstrLine?: number } | undefined;
  const finishString = () => {
    if (!current || !entry) return;
    if (current.keyword === 'msgctxt') entry.context = current.value;
    if (current.keyword === 'msgid') entry.msgid = current.value;
    current = undefined;
  };
  const finishEntry = () => {
    finishString();
    if (entry?.msgid !== undefined) {
      const k = key(entry.context, entry.msgid);
      if (found.has(k)) duplicate ??= { line: entry.start, context: entry.context, msgid: entry.msgid };
      found.set(k, { entry: entry.start, msgstr: entry.msgstrLine ?? entry.start });
    }
    entry = undefined;
  };
  lines.forEach((raw, index) => {
    const line = raw.trim();
    const keyword = /^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+"(.*)"$/.exec(line);
    if (keyword) {
      finishString();
      const name = keyword[1]!;
      // An entry starts at its msgctxt, or at its msgid when it has none.
      if (name === 'msgctxt' || (name === 'msgid' && (!entry || entry.msgid !== undefined))) {
        finishEntry();
        entry = { start: index + 1, context: '' };
      }
      if (!entry) return;
      if (name.startsWith('msgstr')) entry.msgstrLine ??= index + 1;
      current = { keyword: name, value: unescapePo(keyword[2]!) };
    } else if (/^".*"$/.test(line) && current) {
      current.value += unescapePo(line.slice(1, -1));
    } else if (line === '' || line.startsWith('#')) {
      finishString();
    }
  });
  finishEntry();
  return { lines: found, ...(duplicate ? { duplicate } : {}) };
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', '"': '"', '\\': '\\' };

function unescapePo(text: string): string {
  return text.replace(/\\(.)/g, (_, c: string) => ESCAPES[c] ?? c);
}

function lineAt(line: number): Position {
  return { line, column: 1, endLine: line, endColumn: 1 };
}

/** A PO file's text from a table, folded at 79 columns as msgmerge and Poedit write it. */
export function writePo(table: PoTable): string {
  return gettext.po.compile(table, { foldLength: 79 }).toString('utf8');
}
