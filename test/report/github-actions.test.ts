import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics.js';
import { github, githubSummary } from '../../src/report/github.js';
import { REPORTERS } from '../../src/report/index.js';

const at = (line: number, severity: Diagnostic['severity'], message = `problem on line ${line}`): Diagnostic => ({
  file: 'charters/a/charter.yaml', line, column: 3, endLine: line, endColumn: 9, severity, rule: severity === 'error' ? 'schema' : 'review-due', message,
});

const lines = (text: string) => text.split('\n').filter(Boolean);

describe('github annotations: at most 10 of each kind', () => {
  it('writes every problem as an annotation when there are 10 or fewer of each kind', () => {
    const list = [...Array.from({ length: 10 }, (_, i) => at(i + 1, 'error')), ...Array.from({ length: 10 }, (_, i) => at(i + 20, 'warning'))];
    const out = lines(github(list, { color: false }));
    expect(out).toHaveLength(20);
    expect(out.every((l) => /^::(error|warning) file=/.test(l))).toBe(true);
  });

  it('keeps the first 10 errors and 10 warnings, then says how many more, pointing at the job summary', () => {
    const list = [...Array.from({ length: 13 }, (_, i) => at(i + 1, 'error')), ...Array.from({ length: 11 }, (_, i) => at(i + 20, 'warning'))];
    const out = lines(github(list, { color: false, summary: true }));
    expect(out.filter((l) => l.startsWith('::error '))).toHaveLength(10);
    expect(out.filter((l) => l.startsWith('::warning '))).toHaveLength(10);
    expect(out.filter((l) => l.startsWith('::error ')).at(-1)).toContain('line=10,');
    // A notice, not a warning: GitHub counts notices apart, so this line is never the one dropped.
    expect(out.at(-1)).toBe('::notice title=charter::4 more problems not shown as annotations; see the job summary');
    expect(out).toHaveLength(21);
  });

  it('says where to see them all when there is no job summary', () => {
    const out = lines(github(Array.from({ length: 11 }, (_, i) => at(i + 1, 'warning')), { color: false }));
    expect(out.at(-1)).toBe('::notice title=charter::1 more problem not shown as an annotation; run with --reporter stylish or json to see every problem');
  });
});

describe('github: tool failures (exit 2)', () => {
  it('are ::error:: lines of their own, first, one per line of the message', () => {
    const out = lines(github([at(4, 'warning')], { color: false, failures: ['charters/x: no such file or folder\ncharters/y: no such file or folder', 'no browser found, 100% sure'] }));
    expect(out).toEqual([
      '::error::charters/x: no such file or folder',
      '::error::charters/y: no such file or folder',
      '::error::no browser found, 100%25 sure',
      expect.stringMatching(/^::warning file=charters\/a\/charter\.yaml,line=4,/),
    ]);
  });

  it('are not said twice when a diagnostic already tells them, with its file (an unreadable charter.yaml is an io problem)', () => {
    const io: Diagnostic = { file: 'charters/a/charter.yaml', line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', rule: 'io', message: 'charters/a/charter.yaml is a folder, not a YAML file' };
    expect(lines(github([io], { color: false, failures: [io.message] }))).toEqual([
      '::error file=charters/a/charter.yaml,line=1,col=1,endLine=1,endColumn=1,title=io::charters/a/charter.yaml is a folder, not a YAML file',
    ]);
  });

  it('take their place among the 10 errors GitHub shows', () => {
    const out = lines(github(Array.from({ length: 10 }, (_, i) => at(i + 1, 'error')), { color: false, failures: ['cannot write to dist: the disk is full'] }));
    expect(out.filter((l) => l.startsWith('::error'))).toHaveLength(10);
    expect(out.at(-1)).toMatch(/^::notice title=charter::1 more problem not shown/);
  });
});

describe('github job summary ($GITHUB_STEP_SUMMARY)', () => {
  it('is a Markdown table of every problem: where, severity, rule, message', () => {
    const list = [at(12, 'error', 'standard "x": a "within" target needs a threshold'), at(140, 'warning', 'the next review is due on 2026-12-01')];
    expect(githubSummary(list, { color: false })).toBe(
      [
        '### charter: 2 problems (1 error, 1 warning)',
        '',
        '| where | severity | rule | message |',
        '| --- | --- | --- | --- |',
        '| charters/a/charter.yaml:12:3 | error | `schema` | standard "x": a "within" target needs a threshold |',
        '| charters/a/charter.yaml:140:3 | warning | `review-due` | the next review is due on 2026-12-01 |',
        '',
        '',
      ].join('\n'),
    );
  });

  it('escapes what would end a cell, a row or open a tag: pipes, newlines, HTML', () => {
    const hostile = { ...at(1, 'error', 'a | b\nc <img src=x onerror=alert(1)> & `d` *e*'), file: 'weird|dir/<x>.yaml' };
    const row = githubSummary([hostile], { color: false }).split('\n')[4]!;
    expect(row).toBe('| weird\\|dir/&lt;x&gt;.yaml:1:3 | error | `schema` | a \\| b c &lt;img src=x onerror=alert(1)&gt; &amp; \\`d\\` \\*e\\* |');
    expect(row.split(/(?<!\\)\|/)).toHaveLength(6); // exactly four cells
  });

  it('lists tool failures above the table, and is empty when there is nothing to say', () => {
    expect(githubSummary([], { color: false })).toBe('');
    const text = githubSummary([], { color: false, failures: ['no browser found'] });
    expect(text).toBe('### charter could not do its job\n\n- no browser found\n\n');
  });

  it('is written only by the github reporter', () => {
    expect(REPORTERS.github!.summary).toBe(githubSummary);
    expect(REPORTERS.stylish!.summary).toBeUndefined();
  });
});
