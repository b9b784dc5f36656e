import { toolDiagnostic } from '../../rule-ids.js';
import { readSourceFile } from '../read-source.js';
import { basename, join, relative } from 'node:path';
import { type Diagnostic } from '../../diagnostics.js';
import { attachableIds, itemOfBlock, sectionOfBlock } from './attach.js';
import { EMPTY_NARRATIVE, NOT_SECTIONS, SECTION_KEYS, type NarrativeSet } from './narrative-set.js';
import { parseNarrative, type NarrativeBlock, type NarrativeFile } from './parse-narrative.js';
import { resolveInside } from '../safe-path.js';
import type { DataPath } from '../../model/data-path.js';
import { locate } from '../yaml/locate.js';
import type { YamlSource } from '../yaml/load-yaml.js';
import { existsSync } from 'node:fs';
import { didYouMean, withSuggestion } from '../../util/did-you-mean.js';

/** Markdown parsing grows faster than linearly on long paragraphs: these limits keep a build fast. */
const MAX_NARRATIVE_BYTES = 256 * 1024;
const MAX_PARAGRAPH_CHARS = 20_000;

/**
 * Finds the charter's narrative files (the `narrative` key, or narrative.md beside charter.yaml),
 * checks each path stays inside the charter folder, parses the blocks and reports blocks that no
 * section takes. Runs whenever the files can be read, even if the YAML has schema errors.
 */
export async function loadNarrative(folder: string, source: YamlSource, displayFolder: string): Promise<{ narrative: NarrativeSet; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const data = source.data as Record<string, unknown>;
  const listed = narrativeEntries(data.narrative);
  const entries: Array<{ written: string; path: DataPath | undefined }> =
    listed ?? (existsSync(join(folder, 'narrative.md')) ? [{ written: 'narrative.md', path: undefined }] : []);
  if (entries.length === 0) return { narrative: EMPTY_NARRATIVE, diagnostics };

  const files: NarrativeFile[] = [];
  const seen = new Map<string, NarrativeBlock>();
  for (const entry of entries) {
    const inside = await resolveInside(folder, entry.written);
    if (!inside.ok) {
      diagnostics.push(toolDiagnostic(source.file, locate(source, entry.path ?? ['narrative']), 'schema', `narrative file "${entry.written}" ${inside.reason}`));
      continue;
    }
    const display = displayFolder ? join(displayFolder, relative(folder, join(folder, entry.written))) : entry.written;
    const at = { line: 1, column: 1, endLine: 1, endColumn: 1 };
    let bytes: Buffer;
    try {
      // A line break is one byte however the file ends its lines: read up to twice the limit, so
      // that a CRLF file is judged by the size it has with LF.
      const read = await readSourceFile(inside.path, 2 * MAX_NARRATIVE_BYTES);
      if ((!read.ok && read.problem === 'too-large') || (read.ok && sizeWithLf(read.bytes) > MAX_NARRATIVE_BYTES)) {
        diagnostics.push(toolDiagnostic(display, at, 'narrative', `${basename(display)} is larger than 256 KB; split it into several files or shorten it`));
        continue;
      }
      if (!read.ok) throw new Error('not a regular file');
      bytes = read.bytes;
    } catch {
      diagnostics.push(toolDiagnostic(source.file, locate(source, entry.path ?? ['narrative']), 'io', `narrative file "${entry.written}" cannot be read as a regular file`));
      continue;
    }
    let text: string;
    try {
      if (bytes.includes(0)) throw new Error('binary');
      // Windows (CRLF) and old Mac (CR) line endings read exactly as LF: the paragraph limit, the
      // blocks and the rules all see one kind of line break, and lines are numbered the same.
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/\r\n?/g, '\n');
    } catch {
      diagnostics.push(toolDiagnostic(display, at, 'narrative', `${basename(display)} is not UTF-8 text`));
      continue;
    }
    const long = longParagraph(text);
    if (long) {
      diagnostics.push(toolDiagnostic(display, long, 'narrative', `a paragraph here is longer than ${MAX_PARAGRAPH_CHARS.toLocaleString('en')} characters; break it up`));
      continue;
    }
    const parsed = parseNarrative(text, display, seen);
    files.push(parsed.narrative);
    diagnostics.push(...parsed.diagnostics);
  }

  for (const block of seen.values()) {
    if (!sectionOfBlock(data, block.id) && !itemOfBlock(data, block.id)) {
      diagnostics.push(toolDiagnostic(block.file, block.heading, 'narrative-unattached', unattachedMessage(data, block.id)));
    }
  }
  return { narrative: { files, blocks: seen }, diagnostics };
}

/** Why a block attaches to nothing shown, in the words of the person who wrote it. */
function unattachedMessage(data: Record<string, unknown>, id: string): string {
  const nowhere = `narrative block "${id}" would not appear anywhere`;
  if (NOT_SECTIONS.includes(id)) {
    return `${nowhere}: the page has no "${id}" section; give the block the id of a section the page shows, such as "about"`;
  }
  if (SECTION_KEYS.includes(id)) {
    const value = data[id];
    return Array.isArray(value) && value.length === 0
      ? `${nowhere}: the ${id} list in charter.yaml is empty; fill it in, or give the block the id of a section the page shows`
      : `${nowhere}: charter.yaml has no ${id} section; add one, or give the block the id of a section the page shows`;
  }
  const message = `narrative block "${id}" is not used by any section; name it in a section's narrative: field or give it a section's key as id`;
  return withSuggestion(message, didYouMean(id, attachableIds(data)));
}

function narrativeEntries(value: unknown): Array<{ written: string; path: DataPath }> | undefined {
  if (typeof value === 'string') return [{ written: value, path: ['narrative'] }];
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => (typeof item === 'string' ? [{ written: item, path: ['narrative', index] }] : []));
  }
  return undefined;
}

/** The size of the file with its line breaks written as LF: each CRLF counts one byte. */
function sizeWithLf(bytes: Buffer): number {
  let crlf = 0;
  for (let at = bytes.indexOf(0x0d); at !== -1; at = bytes.indexOf(0x0d, at + 1)) if (bytes[at + 1] === 0x0a) crlf++;
  return bytes.length - crlf;
}

/** The start of the first paragraph (text between blank lines) longer than the limit. */
function longParagraph(text: string): { line: number; column: number; endLine: number; endColumn: number } | undefined {
  let line = 1;
  for (const chunk of text.split(/(\n[ \t]*\n)/)) {
    if (chunk.length > MAX_PARAGRAPH_CHARS && chunk.trim() !== '') return { line, column: 1, endLine: line, endColumn: 1 };
    line += chunk.split('\n').length - 1;
  }
  return undefined;
}
