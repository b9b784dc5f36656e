import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics.js';
import { github } from '../../src/report/github.js';
import { json } from '../../src/report/json.js';
import { stylish } from '../../src/report/stylish.js';

const diagnostics: Diagnostic[] = [
  { file: 'charters/a/charter.yaml', line: 12, column: 5, endLine: 12, endColumn: 20, severity: 'error', rule: 'schema', message: 'standard "gg-callback": a "within" target needs a threshold, e.g. threshold: 2 working days' },
  { file: 'charters/a/charter.yaml', line: 140, column: 18, endLine: 140, endColumn: 28, severity: 'warning', rule: 'review-due', message: 'the next review is due on 2026-12-01, in 8 days' },
  { file: 'charters/a/narrative.md', line: 3, column: 1, endLine: 3, endColumn: 9, severity: 'error', rule: 'narrative-heading', message: 'line one\nline two: 100%, done' },
];

describe('reporters', () => {
  it('stylish groups by file, aligns positions, and totals', () => {
    expect(stylish(diagnostics, { color: false })).toBe(
      [
        'charters/a/charter.yaml',
        '  12:5    error    standard "gg-callback": a "within" target needs a threshold, e.g. threshold: 2 working days  schema',
        '  140:18  warning  the next review is due on 2026-12-01, in 8 days  review-due',
        '',
        'charters/a/narrative.md',
        '  3:1  error    line one\nline two: 100%, done  narrative-heading',
        '',
        '✖ 3 problems (2 errors, 1 warning)',
        '',
      ].join('\n'),
    );
  });

  it('stylish prints nothing when there is nothing to say', () => {
    expect(stylish([], { color: false })).toBe('');
  });

  it('stylish colours only when asked', () => {
    expect(stylish(diagnostics, { color: true })).toContain('\u001b[31merror  \u001b[0m');
    expect(stylish(diagnostics, { color: false })).not.toContain('\u001b[');
  });

  it('json is an array of exactly the documented fields', () => {
    const parsed = JSON.parse(json(diagnostics)) as unknown[];
    expect(parsed).toHaveLength(3);
    expect(Object.keys(parsed[0] as object)).toEqual(['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'rule', 'message']);
    expect(json([])).toBe('[]\n');
  });

  it('github writes workflow commands with the toolkit escaping', () => {
    expect(github(diagnostics)).toBe(
      [
        '::error file=charters/a/charter.yaml,line=12,col=5,endLine=12,endColumn=20,title=schema::standard "gg-callback": a "within" target needs a threshold, e.g. threshold: 2 working days',
        '::warning file=charters/a/charter.yaml,line=140,col=18,endLine=140,endColumn=28,title=review-due::the next review is due on 2026-12-01, in 8 days',
        '::error file=charters/a/narrative.md,line=3,col=1,endLine=3,endColumn=9,title=narrative-heading::line one%0Aline two: 100%25, done',
        '',
      ].join('\n'),
    );
  });

  it('github escapes commas and colons in properties', () => {
    const [d] = diagnostics;
    expect(github([{ ...d!, file: 'a,b:c.yaml' }])).toMatch(/^::error file=a%2Cb%3Ac\.yaml,/);
  });
});
