import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { run } from '../../src/cli/main.js';
import { fastLoad } from '../../src/source/yaml/fast-load.js';
import { AS_OF, ROOT } from '../helpers/charter-fixture.js';
import { mulberry32, type Rng } from '../helpers/seeded-random.js';

/**
 * A bounded, deterministic fuzz test: about 2,000 mutations of the three examples' charter.yaml
 * and narrative.md, each run in-process through `charter check` (and one in ten through
 * `charter build --only html,summary`). Whatever the input, the tool must answer with an exit code
 * of 0, 1 or 2, quickly, with at least one diagnostic when it does not pass, with JSON that
 * parses, and never with an internal error or a stack trace.
 *
 * Every case has its own generator, seeded from SEED and the case index, so one failing case can be
 * replayed alone: CHARTER_FUZZ_CASE=<index> npx vitest run test/hardening/fuzz.test.ts
 */

const SEED = 0x2026_1123;
const CASES = 2000;
const BUILD_EVERY = 10; // one case in ten is also built
const CASE_LIMIT_MS = 2000;
const EXAMPLES = ['brightwater-plumbing', 'riverside-council', 'stadtwerke-lindenau'] as const;
const ONLY = process.env.CHARTER_FUZZ_CASE === undefined ? undefined : Number(process.env.CHARTER_FUZZ_CASE);

// ---------------------------------------------------------------------------------------------
// Helpers on a seeded generator (mulberry32).

const caseRng = (index: number): Rng => mulberry32((SEED ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
const int = (rng: Rng, n: number): number => Math.floor(rng() * n);
const pick = <T>(rng: Rng, items: readonly T[]): T => items[int(rng, items.length)]!;

// ---------------------------------------------------------------------------------------------
// Mutations. Each takes the file's bytes or text and returns the mutated version plus a label.

interface Mutated {
  bytes: Buffer;
  label: string;
}

/** Sequences chosen to hurt: NUL, invalid and overlong UTF-8, lone surrogates, BOMs, CR, tabs. */
const NASTY_BYTES: readonly number[][] = [
  [0x00],
  [0xff],
  [0xfe],
  [0xc3],
  [0xc3, 0x28],
  [0x80],
  [0xe2, 0x82],
  [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0xc0, 0xaf],
  [0xef, 0xbb, 0xbf],
  [0x0d],
  [0x09],
  [0x1b, 0x5b, 0x33, 0x31, 0x6d],
  [0xe2, 0x80, 0xae],
  [0xf0, 0x9f, 0x98, 0x80],
];

function byteMutation(rng: Rng, input: Buffer): Mutated {
  const bytes = Buffer.from(input);
  const at = int(rng, bytes.length + 1);
  switch (int(rng, 5)) {
    case 0: {
      const i = Math.min(at, bytes.length - 1);
      const bit = 1 << int(rng, 8);
      bytes[i] = bytes[i]! ^ bit;
      return { bytes, label: `flip bit ${bit} of byte ${i}` };
    }
    case 1: {
      const insert = Buffer.from(pick(rng, NASTY_BYTES));
      return { bytes: Buffer.concat([bytes.subarray(0, at), insert, bytes.subarray(at)]), label: `insert ${insert.toString('hex')} at byte ${at}` };
    }
    case 2: {
      const insert = Buffer.from([int(rng, 256)]);
      return { bytes: Buffer.concat([bytes.subarray(0, at), insert, bytes.subarray(at)]), label: `insert random byte ${insert.toString('hex')} at byte ${at}` };
    }
    case 3: {
      const length = 1 + int(rng, rng() < 0.8 ? 4 : 200);
      return { bytes: Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + length)]), label: `delete ${length} bytes at byte ${at}` };
    }
    default: {
      const i = Math.min(at, bytes.length - 1);
      bytes[i] = int(rng, 256);
      return { bytes, label: `overwrite byte ${i} with ${bytes[i]!.toString(16)}` };
    }
  }
}

function lineMutation(rng: Rng, text: string): Mutated {
  const lines = text.split('\n');
  const i = int(rng, lines.length);
  const j = int(rng, lines.length);
  let label: string;
  switch (int(rng, 7)) {
    case 0:
      lines.splice(i, 1);
      label = `delete line ${i + 1}`;
      break;
    case 1:
      lines.splice(i, 0, lines[i]!);
      label = `duplicate line ${i + 1}`;
      break;
    case 2:
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      label = `swap lines ${i + 1} and ${j + 1}`;
      break;
    case 3: {
      const by = pick(rng, ['  ', ' ', '    ', '\t']);
      lines[i] = by + lines[i];
      label = `indent line ${i + 1} by ${JSON.stringify(by)}`;
      break;
    }
    case 4:
      lines[i] = lines[i]!.replace(/^ {1,2}/, '');
      label = `dedent line ${i + 1}`;
      break;
    case 5: {
      const count = 2 + int(rng, 10);
      const block = lines.splice(i, count);
      lines.splice(Math.min(j, lines.length), 0, ...block);
      label = `move ${count} lines from ${i + 1} to ${j + 1}`;
      break;
    }
    default: {
      const count = 1 + int(rng, 40);
      lines.splice(i, count);
      label = `delete ${count} lines from ${i + 1}`;
    }
  }
  // Latin-1 in and out keeps every byte as it was, valid UTF-8 or not.
  return { bytes: Buffer.from(lines.join('\n'), 'latin1'), label };
}

/** `key: value` lines of a YAML text (also `- key: value` items), as [line index, match]. */
function keyLines(lines: string[]): Array<{ index: number; indent: string; key: string; value: string }> {
  const found: Array<{ index: number; indent: string; key: string; value: string }> = [];
  lines.forEach((line, index) => {
    const match = /^(\s*(?:- )?)([A-Za-z_][A-Za-z0-9_]*):(?:\s+(.*))?$/.exec(line);
    if (match) found.push({ index, indent: match[1]!, key: match[2]!, value: match[3] ?? '' });
  });
  return found;
}

const RANDOM_WORDS = ['"\\e[31mred key\\e[0m"', '"two\\nlines"', 'colour', 'summery', 'standard', 'Standards', 'meta_data', 'kind_of', 'foo', 'narative', 'chanels', 'x', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '0', 'true', 'null', '$ref', 'ü'];

function nearMiss(rng: Rng, key: string): string {
  switch (int(rng, 6)) {
    case 0:
      return key.length > 1 ? key.slice(0, -1) : `${key}x`;
    case 1: {
      if (key.length < 3) return `${key}s`;
      const i = int(rng, key.length - 1);
      return key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2);
    }
    case 2:
      return `${key}s`;
    case 3:
      return key.toUpperCase();
    case 4:
      return key.replace(/_/g, '-') === key ? `${key}_` : key.replace(/_/g, '-');
    default:
      return pick(rng, RANDOM_WORDS);
  }
}

const OTHER_VALUES: readonly string[] = [
  '42',
  '-1',
  '0',
  '3.5',
  '1e309',
  '.nan',
  '.inf',
  '0x1F',
  'true',
  'null',
  '~',
  '""',
  "''",
  '[]',
  '{}',
  '[1, 2, 3]',
  '[a, [b, [c]]]',
  '{a: 1, b: [2]}',
  '2026-02-30',
  '2026-13-01',
  '2026-02-28T25:00:00Z',
  'days',
  '"2 days"',
  '"0 working days"',
  '"-3 working days"',
  '{value: 2, unit: days}',
  '{value: 0, unit: working_days}',
  '"17:30"',
  '99:99',
  '"TODO"',
  '"lorem ipsum"',
  '"<script>alert(1)</script>"',
  '"../../etc/passwd"',
  '/etc/passwd',
  'https://evil.example/x.png',
  '"\\u0000"',
  '"\\e[2J\\e]0;title\\a"',
  '"line one\\nline two"',
  '"\\u202Eevil"',
  '"\\uD800"',
  '|\n  literal block',
  '>-\n  folded block',
];

function keyMutation(rng: Rng, text: string): Mutated {
  const lines = text.split('\n');
  const keys = keyLines(lines);
  if (keys.length === 0) return lineMutation(rng, text);
  const target = pick(rng, keys);
  if (rng() < 0.4) {
    const renamed = nearMiss(rng, target.key);
    lines[target.index] = `${target.indent}${renamed}:${target.value ? ` ${target.value}` : ''}`;
    return { bytes: Buffer.from(lines.join('\n')), label: `rename key "${target.key}" on line ${target.index + 1} to "${renamed}"` };
  }
  let value: string;
  const kind = int(rng, 4);
  if (kind === 0) value = `"${'long text '.repeat(50 + int(rng, 2000))}"`;
  else if (kind === 1) value = `${pick(rng, ['a', 'é', '漢', '😀', ' '])}`.repeat(1 + int(rng, 3000));
  else value = pick(rng, OTHER_VALUES);
  if (/^\s/.test(value) || value === '') value = JSON.stringify(value);
  lines[target.index] = `${target.indent}${target.key}: ${value.replace(/\n/g, `\n${' '.repeat(target.indent.length)}`)}`;
  return { bytes: Buffer.from(lines.join('\n')), label: `set "${target.key}" on line ${target.index + 1} to ${value.length > 60 ? `${value.slice(0, 40)}... (${value.length} chars)` : value}` };
}

/** Numbers a typo or a hostile file can hold: past any promise, past a date, past a double, below a unit. */
const EXTREME_NUMBERS: readonly string[] = ['0', '-0', '-1', '0.001', '0.0000001', '1e-300', '99.999', '100.0001', '10000', '10001', '2147483648', '9007199254740993', '1e20', '1e308', '-1e308', '123456789012345678901234567890'];

/** Pushes one number in a value (a duration, a target, an amount, a year) towards the extremes. */
function numberMutation(rng: Rng, text: string): Mutated {
  const lines = text.split('\n');
  const candidates = lines.flatMap((line, index) => (/^\s*(?:- )?[A-Za-z_][A-Za-z0-9_]*:\s.*\d/.test(line) && !/^\s*#/.test(line) ? [index] : []));
  if (candidates.length === 0) return lineMutation(rng, text);
  const index = pick(rng, candidates);
  const [key, value] = [lines[index]!.slice(0, lines[index]!.indexOf(':') + 1), lines[index]!.slice(lines[index]!.indexOf(':') + 1)];
  const numbers = [...value.matchAll(/\d+(?:\.\d+)?/g)];
  const chosen = pick(rng, numbers);
  const extreme = pick(rng, EXTREME_NUMBERS);
  lines[index] = `${key}${value.slice(0, chosen.index)}${extreme}${value.slice(chosen.index + chosen[0].length)}`;
  return { bytes: Buffer.from(lines.join('\n')), label: `number ${chosen[0]} on line ${index + 1} set to ${extreme}` };
}

function structureMutation(rng: Rng, text: string): Mutated {
  const lines = text.split('\n');
  const keys = keyLines(lines);
  const withValue = keys.filter((k) => k.value !== '' && !k.value.startsWith('#'));
  const a = pick(rng, keys.length > 0 ? keys : [{ index: 0, indent: '', key: 'x', value: '' }]);
  const b = pick(rng, withValue.length > 0 ? withValue : [a]);
  const write = (label: string): Mutated => ({ bytes: Buffer.from(lines.join('\n')), label });
  switch (int(rng, 9)) {
    case 0: {
      // An anchor on one value and an alias to it somewhere else.
      lines[a.index] = `${a.indent}${a.key}: &anc${a.value ? ` ${a.value}` : ''}`;
      const other = pick(rng, withValue.length > 0 ? withValue : [b]);
      if (other.index !== a.index) lines[other.index] = `${other.indent}${other.key}: *anc`;
      return write(`anchor &anc on line ${a.index + 1}, alias *anc on line ${other.index + 1}`);
    }
    case 1:
      lines[b.index] = `${b.indent}${b.key}: *nowhere`;
      return write(`alias to an unknown anchor on line ${b.index + 1}`);
    case 2: {
      const tag = pick(rng, ['!x', '!!str', '!!int', '!!binary', '!!set', '!!omap', '!<tag:yaml.org,2002:js/function>', '!!python/object:os.system', '!']);
      lines[b.index] = `${b.indent}${b.key}: ${tag} ${b.value}`;
      return write(`tag ${tag} on line ${b.index + 1}`);
    }
    case 3: {
      const indent = ' '.repeat(a.indent.length);
      lines.splice(a.index, 0, `${indent}<<: ${pick(rng, ['{x: 1}', '*anc', '[{a: 1}]', 'null'])}`);
      return write(`merge key before line ${a.index + 1}`);
    }
    case 4: {
      const at = int(rng, lines.length + 1);
      lines.splice(at, 0, '---', ...(rng() < 0.5 ? ['schema_version: 1'] : []));
      return write(`second document at line ${at + 1}`);
    }
    case 5: {
      lines.unshift(pick(rng, ['%YAML 1.1', '%YAML 1.2\n---', '%TAG ! tag:evil.example,2026:', '--- !x', '...']));
      return write('directive or marker at the top');
    }
    case 6: {
      // Billion laughs, small enough to write, big enough to refuse.
      const bomb = ['bomb:', '  a: &a [x, x, x, x, x, x, x, x, x, x]'];
      for (let i = 1; i <= 6; i++) bomb.push(`  ${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
      lines.splice(int(rng, lines.length + 1), 0, ...bomb);
      return write('alias bomb');
    }
    case 7: {
      const depth = 20 + int(rng, 120);
      lines[b.index] = `${b.indent}${b.key}: ${'['.repeat(depth)}1${']'.repeat(depth)}`;
      return write(`flow nesting ${depth} deep on line ${b.index + 1}`);
    }
    default: {
      lines.splice(a.index, 0, `${' '.repeat(a.indent.length)}? [complex, key]`, `${' '.repeat(a.indent.length)}: value`);
      return write(`complex key before line ${a.index + 1}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// One case: which example, which file, which mutations.

interface FuzzCase {
  index: number;
  example: string;
  yaml: Buffer;
  narrative: Buffer;
  labels: string[];
  build: boolean;
}

interface Sources {
  yaml: Buffer;
  narrative: Buffer;
}

function makeCase(index: number, sources: ReadonlyMap<string, Sources>): FuzzCase {
  const rng = caseRng(index);
  const example = EXAMPLES[index % EXAMPLES.length]!;
  const original = sources.get(example)!;
  let yaml = original.yaml;
  let narrative = original.narrative;
  const labels: string[] = [];
  const rounds = 1 + (rng() < 0.3 ? int(rng, 3) : 0);
  for (let round = 0; round < rounds; round++) {
    const family = int(rng, 5);
    const onNarrative = family <= 1 && rng() < 0.35;
    const input = onNarrative ? narrative : yaml;
    let result: Mutated;
    if (family === 0) result = byteMutation(rng, input);
    else if (family === 1) result = lineMutation(rng, input.toString('latin1'));
    else if (family === 2) result = keyMutation(rng, yaml.toString('utf8'));
    else if (family === 3) result = structureMutation(rng, yaml.toString('utf8'));
    else result = numberMutation(rng, yaml.toString('utf8'));
    if (onNarrative) narrative = result.bytes;
    else yaml = result.bytes;
    labels.push(`${onNarrative ? 'narrative.md' : 'charter.yaml'}: ${result.label}`);
  }
  return { index, example, yaml, narrative, labels, build: index % BUILD_EVERY === BUILD_EVERY - 1 };
}

// ---------------------------------------------------------------------------------------------

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
  threw?: unknown;
}

async function runCase(args: string[], cwd: string): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const code = await Promise.race([
      run(['node', 'charter', ...args], {
        stdout: { write: (text: string) => (stdout += text) },
        stderr: { write: (text: string) => (stderr += text) },
        cwd,
        env: { NO_COLOR: '1' },
        now: () => new Date(`${AS_OF}T12:00:00Z`),
      }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('no answer after 15 s')), 15_000);
      }),
    ]);
    return { code, stdout, stderr, ms: performance.now() - started };
  } catch (error) {
    return { code: -1, stdout, stderr, ms: performance.now() - started, threw: error };
  } finally {
    clearTimeout(timer);
  }
}

/** Why js-yaml's fast path and the `yaml` package's careful path would read this file differently, if they would. */
function fastPathDisagreement(bytes: Buffer): string | undefined {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  const fast = fastLoad(text);
  if (!fast) return undefined;
  const documents = parseAllDocuments(text, { uniqueKeys: true, merge: false, version: '1.2', schema: 'core' });
  const list = Array.isArray(documents) ? documents : [documents];
  if (list.length !== 1) return `the careful path sees ${list.length} documents`;
  const doc = list[0]!;
  if (doc.errors.length > 0 || doc.warnings.length > 0) return `the careful path says: ${(doc.errors[0] ?? doc.warnings[0])!.message.split('\n')[0]}`;
  const careful = JSON.stringify(doc.toJS({ maxAliasCount: 100 }), (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? String(value) : value));
  const quick = JSON.stringify(fast.data, (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? String(value) : value));
  return careful === quick ? undefined : `the data differ: ${firstDifference(careful, quick)}`;
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `careful ${JSON.stringify(a.slice(Math.max(0, i - 40), i + 40))} vs fast ${JSON.stringify(b.slice(Math.max(0, i - 40), i + 40))}`;
}

/** Everything wrong with one run's answer; empty when it is a good answer. */
function problemsWith(outcome: Outcome, cold = false): string[] {
  const problems: string[] = [];
  if (outcome.threw !== undefined) {
    problems.push(`the promise rejected: ${outcome.threw instanceof Error ? outcome.threw.stack ?? outcome.threw.message : String(outcome.threw)}`);
    return problems;
  }
  if (![0, 1, 2].includes(outcome.code)) problems.push(`exit code ${outcome.code}`);
  if (outcome.ms >= CASE_LIMIT_MS && !cold) problems.push(`took ${Math.round(outcome.ms)} ms (limit ${CASE_LIMIT_MS} ms)`);
  if (/internal error/i.test(outcome.stderr)) problems.push(`internal error on stderr: ${outcome.stderr.trim().slice(0, 500)}`);
  if (/\n\s+at /.test(outcome.stderr)) problems.push(`stack trace on stderr: ${outcome.stderr.trim().slice(0, 500)}`);
  let diagnostics: unknown;
  try {
    diagnostics = JSON.parse(outcome.stdout);
  } catch (error) {
    problems.push(`stdout is not JSON (${(error as Error).message}): ${JSON.stringify(outcome.stdout.slice(0, 300))}`);
    return problems;
  }
  if (!Array.isArray(diagnostics)) {
    problems.push(`the JSON is not an array: ${outcome.stdout.slice(0, 200)}`);
    return problems;
  }
  for (const d of diagnostics as Array<Record<string, unknown>>) {
    const shapeOk =
      typeof d.file === 'string' &&
      Number.isInteger(d.line) && (d.line as number) >= 1 &&
      Number.isInteger(d.column) && (d.column as number) >= 1 &&
      (d.severity === 'error' || d.severity === 'warning') &&
      typeof d.rule === 'string' && d.rule !== '' &&
      typeof d.message === 'string' && d.message.trim() !== '' &&
      // One line, and nothing a terminal would obey: the stylish reporter prints it as it is.
      !/[\u0000-\u0008\u000a-\u001f\u007f]/.test(d.message);
    if (!shapeOk) {
      problems.push(`a malformed diagnostic: ${JSON.stringify(d).slice(0, 400)}`);
      break;
    }
    // Contained to its charter, but a fault of the tool all the same: the input deserved a real diagnostic.
    if (d.rule === 'internal') problems.push(`an internal fault: ${String(d.message).slice(0, 400)}`);
  }
  if (outcome.code !== 0 && diagnostics.length === 0 && !/^charter: /m.test(outcome.stderr)) {
    problems.push(`exit ${outcome.code} without any diagnostic (stderr: ${JSON.stringify(outcome.stderr.slice(0, 300))})`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------

let work: string;
let folder: string;
let out: string;
const sources = new Map<string, Sources>();

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'charter-fuzz-'));
  folder = join(work, 'charter');
  out = join(work, 'out');
  await mkdir(folder, { recursive: true });
  for (const example of EXAMPLES) {
    const dir = join(ROOT, 'examples', example);
    sources.set(example, { yaml: await readFile(join(dir, 'charter.yaml')), narrative: await readFile(join(dir, 'narrative.md')) });
  }
  // Assets of any example (a logo, say) are there for every case, as in the examples.
  for (const example of EXAMPLES) {
    const assets = join(ROOT, 'examples', example, 'assets');
    if (existsSync(assets)) await cp(assets, join(folder, 'assets'), { recursive: true });
  }
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('fuzzing charter check and build with mutated examples', () => {
  it(`${CASES} mutated charters: always a clean answer (exit 0/1/2, diagnostics, JSON, no internal error, < ${CASE_LIMIT_MS} ms each)`, async () => {
    const failures: Array<{ kind: string; text: string }> = [];
    const started = performance.now();
    let built = 0;
    const exitCodes = { 0: 0, 1: 0, 2: 0 } as Record<number, number>;
    const rulesSeen = new Set<string>();
    const timedKinds = new Set<string>();
    for (let index = 0; index < CASES; index++) {
      if (ONLY !== undefined && index !== ONLY) continue;
      const fuzz = makeCase(index, sources);
      await writeFile(join(folder, 'charter.yaml'), fuzz.yaml);
      await writeFile(join(folder, 'narrative.md'), fuzz.narrative);
      const runs: Array<[string, string[]]> = [['check', ['check', 'charter', '--reporter', 'json', '--as-of', AS_OF]]];
      if (fuzz.build) runs.push(['build', ['build', 'charter', '--only', 'html,summary', '--out', out, '--reporter', 'json', '--as-of', AS_OF]]);
      // The fast path may read a file only when the careful path reads it the same, without a word.
      const fastPath = fastPathDisagreement(fuzz.yaml);
      if (fastPath) failures.push({ kind: 'fast path disagrees', text: `case ${index} (${fuzz.example}): ${fastPath}; mutations: ${fuzz.labels.join(' | ')}` });
      for (const [name, args] of runs) {
        const outcome = await runCase(args, work);
        if (name === 'build') built++;
        exitCodes[outcome.code] = (exitCodes[outcome.code] ?? 0) + 1;
        for (const rule of outcome.stdout.matchAll(/"rule":\s*"([^"]+)"/g)) rulesSeen.add(rule[1]!);
        // The first run of each kind loads that command's code, which under a parallel suite has
        // taken seconds; the time limit is about what an input costs, so it holds from the second run.
        const problems = problemsWith(outcome, !timedKinds.has(name));
        timedKinds.add(name);
        if (problems.length === 0) continue;
        const saved = join(tmpdir(), 'charter-fuzz-failures', `case-${index}-${name}`);
        await mkdir(saved, { recursive: true });
        await writeFile(join(saved, 'charter.yaml'), fuzz.yaml);
        await writeFile(join(saved, 'narrative.md'), fuzz.narrative);
        await writeFile(join(saved, 'outcome.json'), JSON.stringify({ index, example: fuzz.example, mutations: fuzz.labels, args, ...outcome, threw: outcome.threw === undefined ? undefined : String(outcome.threw) }, null, 2));
        failures.push({
          // "took 2345 ms" and "took 2100 ms" are one kind of failure.
          kind: problems.map((p) => p.split(/[:(]/)[0]!.replace(/\d+/g, 'N').trim()).join(' + '),
          text: [
            `case ${index} (seed ${SEED.toString(16)}, ${fuzz.example}, charter ${name}): ${problems.join('; ')}`,
            `  mutations: ${fuzz.labels.join(' | ')}`,
            `  input saved in ${saved} (replay: CHARTER_FUZZ_CASE=${index} npx vitest run test/hardening/fuzz.test.ts)`,
          ].join('\n'),
        });
      }
    }
    const seconds = (performance.now() - started) / 1000;
    // Printed so a slow machine or a slow change shows up in the test log.
    console.info(`fuzz: ${ONLY !== undefined ? 1 : CASES} cases, ${built} builds in ${seconds.toFixed(1)} s; exit codes ${JSON.stringify(exitCodes)}; rules ${[...rulesSeen].sort().join(', ')}`);
    const kinds = new Map<string, string[]>();
    for (const failure of failures) kinds.set(failure.kind, [...(kinds.get(failure.kind) ?? []), failure.text]);
    const report = [...kinds].map(([kind, texts]) => `* ${kind}: ${texts.length} runs; the first ones:\n${texts.slice(0, 4).join('\n')}`).join('\n');
    expect(failures.map((f) => f.kind), `${failures.length} failing runs of ${kinds.size} kinds:\n${report}`).toEqual([]);
    // The mutations must exercise every outcome, or the fuzzer has gone blind.
    if (ONLY === undefined) {
      expect(exitCodes[1]).toBeGreaterThan(CASES / 4);
      expect(exitCodes[0]).toBeGreaterThan(0);
      for (const rule of ['yaml', 'schema', 'known-references', 'narrative-heading']) expect(rulesSeen).toContain(rule);
      expect(rulesSeen.size).toBeGreaterThan(10);
    }
    // Measured: about 32 s alone on 2 cores, 42 s beside the other hardening files; the limit leaves room for a busy machine.
  }, 240_000);
});
