import { toolDiagnostic } from '../../rule-ids.js';
import { stat } from 'node:fs/promises';
import { readSourceFile } from '../read-source.js';
import type { Document, LineCounter, Node as YamlNode, YAMLError } from 'yaml';
import { START_OF_FILE, type Diagnostic, type Position } from '../../diagnostics.js';
import { readError, ToolError } from '../../errors.js';
import { YAML_LIMITS } from './limits.js';
import { preScan } from './pre-scan.js';
import { fastLoad } from './fast-load.js';
import { yamlPackage } from './yaml-package.js';

/**
 * A parsed YAML file that kept its source: the one place that turns offsets into positions. The
 * position-keeping document may be built only when it is first asked for (see fast-load.ts).
 */
export interface YamlSource {
  /** The path shown in diagnostics. */
  readonly file: string;
  readonly text: string;
  readonly doc: Document.Parsed;
  readonly lineCounter: LineCounter;
  readonly data: unknown;
}

/** The `yaml` package's options for a charter: YAML 1.2 core, unique keys, no merge keys. */
function parseOptions(lineCounter: LineCounter) {
  return { lineCounter, prettyErrors: true, uniqueKeys: true, merge: false, version: '1.2', schema: 'core' } as const;
}

/**
 * A source read on the fast path: its data is js-yaml's, and the document that places problems is
 * parsed the first time a problem is placed (the fast path only takes text the careful path reads
 * without complaint, so the document is the same).
 */
class LazySource implements YamlSource {
  private parsed: { doc: Document.Parsed; lineCounter: LineCounter } | undefined;

  constructor(
    readonly file: string,
    readonly text: string,
    readonly data: unknown,
  ) {}

  get doc(): Document.Parsed {
    return this.positioned().doc;
  }

  get lineCounter(): LineCounter {
    return this.positioned().lineCounter;
  }

  private positioned() {
    if (!this.parsed) {
      const { LineCounter, parseAllDocuments } = yamlPackage();
      const lineCounter = new LineCounter();
      const [doc] = parseAllDocuments(this.text, parseOptions(lineCounter)) as Document.Parsed[];
      this.parsed = { doc: doc!, lineCounter };
    }
    return this.parsed;
  }
}

export type YamlLoad =
  | { ok: true; source: YamlSource; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[]; unreadable?: ToolError };

/** Reads and parses a YAML file; every problem comes back as a diagnostic with rule `yaml` or `io`. */
export async function loadYamlFile(path: string, file: string): Promise<YamlLoad> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return unreadable(file, new ToolError(`${file} is a folder, not a YAML file`));
    const read = await readSourceFile(path, YAML_LIMITS.maxFileBytes);
    if (!read.ok && read.problem === 'not-a-file') return unreadable(file, new ToolError(`${file} is not a regular file (a device, a pipe or a link to one); a charter is a YAML file`));
    if (!read.ok) return refuse(file, START_OF_FILE, `the file is ${megabytes(read.bytes)}; charter files are limited to ${megabytes(YAML_LIMITS.maxFileBytes)}`);
    bytes = read.bytes;
  } catch (error) {
    return unreadable(file, readError(error, file));
  }
  return parseYamlBytes(bytes, file);
}

export function parseYamlBytes(bytes: Uint8Array, file: string): YamlLoad {
  if (bytes.length > YAML_LIMITS.maxFileBytes) {
    return refuse(file, START_OF_FILE, `the file is ${megabytes(bytes.length)}; charter files are limited to ${megabytes(YAML_LIMITS.maxFileBytes)}`);
  }
  if (bytes.includes(0)) return refuse(file, START_OF_FILE, 'this is a binary file, not UTF-8 YAML text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return refuse(file, START_OF_FILE, 'the file is not valid UTF-8 text; save it as UTF-8');
  }
  return parseYamlText(text, file);
}

export function parseYamlText(text: string, file: string): YamlLoad {
  // Line by line: a single regex over the whole file backtracks exponentially on long comment headers.
  if (text.split('\n').every((line) => /^\s*(#.*)?$/.test(line))) {
    return refuse(file, START_OF_FILE, 'the file is empty: a charter is a YAML mapping that starts with schema_version: 1');
  }
  const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]/.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return refuse(file, positionByScan(text, control.index), `the file contains the control character U+${code}, which YAML does not allow; remove it`);
  }

  const tooDeep = preScan(text);
  if (tooDeep) {
    // Count lines up to the offset ourselves: nothing has been parsed yet.
    return refuse(file, positionByScan(text, tooDeep.offset), tooDeep.message);
  }

  const fast = fastLoad(text);
  if (fast) return { ok: true, source: new LazySource(file, text, fast.data), diagnostics: [] };

  const { LineCounter, parseAllDocuments, isMap, isSeq } = yamlPackage();
  const lineCounter = new LineCounter();
  const at = (start: number, end = start): Position => span(lineCounter, start, end);
  const documents = parseAllDocuments(text, parseOptions(lineCounter));
  const list = Array.isArray(documents) ? documents : [];
  if (list.length === 0) {
    return refuse(file, START_OF_FILE, 'the file holds no YAML document');
  }
  if (list.length > 1) {
    const second = list[1]!;
    return refuse(file, at(second.range[0]), `the file holds ${list.length} YAML documents; a charter is exactly one (remove the "---" separator)`);
  }
  const doc = list[0]!;
  const problems = [...doc.errors, ...doc.warnings].map((e) => yamlErrorToDiagnostic(e, file, text, lineCounter));
  if (problems.length > 0) return { ok: false, diagnostics: dedupeByLine(problems) };

  const structural = checkStructure(doc.contents, file, lineCounter);
  if (structural.length > 0) return { ok: false, diagnostics: structural };

  if (!isMap(doc.contents)) {
    const node = doc.contents as YamlNode | null;
    const where = node?.range ? at(node.range[0], node.range[1]) : START_OF_FILE;
    const kind = isSeq(node) ? 'a list' : 'a single value';
    return refuse(file, where, `the charter must be a YAML mapping of sections (schema_version, meta, about, ...), but the file holds ${kind}`);
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount });
  } catch (error) {
    const alias = firstAlias(doc.contents);
    const where = alias?.range ? at(alias.range[0], alias.range[1]) : START_OF_FILE;
    const reason = error instanceof Error && /alias/i.test(error.message)
      ? `aliases expand to too much data (a limit of ${YAML_LIMITS.maxAliasCount} aliased nodes protects against "billion laughs" input)`
      : `the YAML could not be read: ${error instanceof Error ? error.message : String(error)}`;
    return refuse(file, where, reason);
  }
  return { ok: true, source: { file, text, doc, lineCounter, data }, diagnostics: [] };
}

function checkStructure(root: unknown, file: string, lineCounter: LineCounter): Diagnostic[] {
  const { isMap, isScalar, isSeq } = yamlPackage();
  const problems: Diagnostic[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (problems.length > 0) return;
    if (isMap(node)) {
      if (depth > YAML_LIMITS.maxDepth) {
        problems.push(refuseAt(file, lineCounter, node, `nesting is deeper than ${YAML_LIMITS.maxDepth} levels`));
        return;
      }
      for (const pair of node.items) {
        const keyProblem = keyRefusal(pair.key);
        if (keyProblem) {
          problems.push(refuseAt(file, lineCounter, pair.key as YamlNode, keyProblem));
          return;
        }
        if (isScalar(pair.key) && pair.key.value === '<<') {
          problems.push(refuseAt(file, lineCounter, pair.key, 'merge keys (<<) are not supported: write the keys out, or use an alias for the whole value'));
          return;
        }
        visit(pair.value, depth + 1);
      }
    } else if (isSeq(node)) {
      if (depth > YAML_LIMITS.maxDepth) {
        problems.push(refuseAt(file, lineCounter, node, `nesting is deeper than ${YAML_LIMITS.maxDepth} levels`));
        return;
      }
      for (const item of node.items) visit(item, depth + 1);
    }
  };
  visit(root, 1);
  return problems;
}

/** Why a mapping key cannot be a charter key, or undefined when it can. Checked before the keys are turned into object keys. */
function keyRefusal(key: unknown): string | undefined {
  const { isMap, isScalar, isSeq } = yamlPackage();
  // "? [a, b]" or "? {a: 1}": JavaScript would turn the collection into text (with a warning on the terminal).
  if (isMap(key) || isSeq(key)) return `a key must be a word, not ${isSeq(key) ? 'a list' : 'a mapping'}`;
  if (isScalar(key) && typeof key.value === 'string' && key.value.length > YAML_LIMITS.maxKeyLength) {
    return `a key of ${key.value.length.toLocaleString('en')} characters is longer than any charter key (at most ${YAML_LIMITS.maxKeyLength})`;
  }
  return undefined;
}

function firstAlias(root: unknown): YamlNode | undefined {
  const { isAlias, isMap, isPair, isSeq } = yamlPackage();
  let found: YamlNode | undefined;
  const visit = (node: unknown): void => {
    if (found) return;
    if (isAlias(node)) found = node;
    else if (isMap(node)) node.items.forEach((pair) => { visit(pair.key); visit(pair.value); });
    else if (isSeq(node)) node.items.forEach(visit);
    else if (isPair(node)) visit(node.value);
  };
  visit(root);
  return found;
}

function yamlErrorToDiagnostic(error: YAMLError, file: string, text: string, lineCounter: LineCounter): Diagnostic {
  const [start, end] = error.pos;
  const where = span(lineCounter, start, Math.max(start, end));
  const plain = error.message.split(/ at line \d+, column \d+/)[0]!.replace(/:$/, '');
  let message: string;
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const key = /^("[^"\n]*"|'[^'\n]*'|[^:\n,{}[\]]+)/.exec(text.slice(start))?.[0].trim();
      message = `duplicate key${key ? ` "${key}"` : ''}: each key may appear only once in a mapping`;
      break;
    }
    case 'TAG_RESOLVE_FAILED':
      message = `${plain}: tags are not allowed in a charter; remove it`;
      break;
    case 'BAD_SCALAR_START': {
      // "@handle" and "`code`" are reserved at the start of a plain value: quoting is the fix.
      const value = /^[^\n#]*/.exec(text.slice(start))![0].trim();
      message = `a YAML value cannot start with "${text.charAt(start)}"; put it in quotes: "${value.replace(/"/g, '\\"')}"`;
      break;
    }
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BAD_INDENT': {
      const deeper = overIndentedKey(text, lineCounter.linePos(start).line);
      if (deeper) return toolDiagnostic(file, deeper.at, 'yaml', deeper.message);
      message = `YAML syntax error: ${lowerFirst(plain)}`;
      break;
    }
    case 'BAD_ALIAS':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
    default:
      message = `YAML syntax error: ${lowerFirst(plain)}`;
  }
  return toolDiagnostic(file, where, 'yaml', message);
}

/**
 * A key indented deeper than the key above it, which already has a value ("id: x" then "   title:
 * y"): the parser stumbles on the line above, but the line to change is the deeper one. Looks at
 * the lines around the one the parser named.
 */
function overIndentedKey(text: string, errorLine: number): { at: Position; message: string } | undefined {
  const lines = text.split('\n');
  for (let n = Math.max(1, errorLine - 1); n <= Math.min(lines.length - 1, errorLine + 1); n++) {
    const above = /^(\s*)(?:-\s+)?([^\s#:][^:#]*):[ \t]+[^\s#]/.exec(lines[n - 1]!);
    const here = /^(\s*)([^\s#:-][^:#]*):(?:\s|$)/.exec(lines[n]!);
    if (!above || !here) continue;
    const aboveIndent = lines[n - 1]!.length - lines[n - 1]!.trimStart().length + (/^\s*-\s+/.test(lines[n - 1]!) ? /^\s*-\s+/.exec(lines[n - 1]!)![0].trimStart().length : 0);
    const hereIndent = here[1]!.length;
    if (hereIndent <= aboveIndent) continue;
    const key = here[2]!.trim();
    return {
      at: { line: n + 1, column: hereIndent + 1, endLine: n + 1, endColumn: hereIndent + 1 + key.length },
      message: `"${key}" is indented deeper than "${above[2]!.trim()}" above it, which already has a value; indent "${key}" like the keys beside it`,
    };
  }
  return undefined;
}

function dedupeByLine(diagnostics: Diagnostic[]): Diagnostic[] {
  // One mistake often yields several parser errors on one line; the first says it best.
  const seen = new Set<number>();
  return diagnostics.filter((d) => (seen.has(d.line) ? false : (seen.add(d.line), true)));
}

export function span(lineCounter: LineCounter, start: number, end: number): Position {
  const a = lineCounter.linePos(start);
  const b = lineCounter.linePos(end);
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}

function positionByScan(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = offset - lineStart + 1;
  return { line, column, endLine: line, endColumn: column + 1 };
}

function refuseAt(file: string, lineCounter: LineCounter, node: YamlNode, message: string): Diagnostic {
  const range = node.range ?? [0, 0, 0];
  return toolDiagnostic(file, span(lineCounter, range[0], range[0] + 1), 'yaml', message);
}

function refuse(file: string, at: Position, message: string): YamlLoad {
  return { ok: false, diagnostics: [toolDiagnostic(file, at, 'yaml', message)] };
}

/** The file could not be read at all: an `io` diagnostic for the report, and the ToolError behind exit 2. */
function unreadable(file: string, error: ToolError): YamlLoad {
  return { ok: false, diagnostics: [toolDiagnostic(file, START_OF_FILE, 'io', error.message)], unreadable: error };
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
