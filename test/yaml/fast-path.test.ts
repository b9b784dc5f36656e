// js-yaml's fast path and the `yaml` package's careful path must read a charter the same.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fastLoad } from '../../src/source/yaml/fast-load.js';
import { ROOT } from '../helpers/charter-fixture.js';

const careful = (text: string) => parse(text, { version: '1.2', schema: 'core', uniqueKeys: true, merge: false }) as unknown;

/** YAML 1.1 habits and 1.2 core edge cases: dates, yes/no, times, bases, infinities, underscores. */
const SCALARS = [
  '2026-01-01', '2026-01-01T10:00:00Z', 'yes', 'no', 'on', 'off', 'y', '17:30', '12:30:00', '1:20', '0x10', '0o17', '017', '0777', '08',
  '.inf', '-.inf', '+.inf', '.Inf', '.NaN', '.nan', '1_000', '1__0', '0b101', '1e3', '1E3', '1.5e-3', '+12', '-0', '+.5', '.5', '0.', '1.2.3',
  '~', 'null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'tRue', 'false', '"quoted"', "'single'", '1,000', '£10', '80%', '"\\u00e9"', '',
];

describe('the fast path reads YAML 1.2 core scalars as the careful path does', () => {
  it.each(SCALARS)('%s', (scalar) => {
    const text = `schema_version: 1\nmeta:\n  value: ${scalar}\n  list: [${scalar || '""'}]\n`;
    const fast = fastLoad(text);
    expect(fast, 'taken by the fast path').toBeDefined();
    expect(fast!.data).toEqual(careful(text));
  });

  it('js-yaml on its own does not: its core schema reads 1_000, 0b101 and +.5 otherwise (so the table above can fail)', () => {
    const differs = ['1_000', '0b101', '+.5'].filter((s) => JSON.stringify(load(`k: ${s}`, { schema: CORE_SCHEMA })) !== JSON.stringify(careful(`k: ${s}`)));
    expect(differs).toEqual(['1_000', '0b101', '+.5']);
  });
});

describe('what the fast path leaves to the careful one', () => {
  it.each([
    ['an anchor and alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !str 1\n'],
    ['a merge key', 'a: {b: 1}\nc:\n  <<: {b: 2}\n'],
    ['an explicit key', '? a\n: 1\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a list at the top', '- a\n- b\n'],
    ['nesting deeper than the limit', `${Array.from({ length: 70 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n')} 1\n`],
  ])('%s', (_what, text) => {
    expect(fastLoad(text)).toBeUndefined();
  });
});

describe('the examples', () => {
  it.each(['brightwater-plumbing', 'riverside-council', 'stadtwerke-lindenau', 'kenya-lands-ministry', 'kandi-municipality'])('%s: same data on both paths (or the careful path alone)', async (example) => {
    const text = await readFile(join(ROOT, 'examples', example, 'charter.yaml'), 'utf8');
    const fast = fastLoad(text);
    // Every example is plain enough for the fast path: it is the path real charters take.
    expect(fast).toBeDefined();
    expect(fast!.data).toEqual(careful(text));
  });
});
