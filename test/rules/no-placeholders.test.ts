import { describe, expect, it } from 'vitest';
import { findPlaceholders, noPlaceholdersRule } from '../../src/rules/no-placeholders.js';
import { replaceOnce } from '../helpers/charter-fixture.js';
import { baseFiles, contextOf, diagnosticsOf, where } from './support-a.js';

describe('no-placeholders', () => {
  it('passes the example', async () => {
    const { yaml, md } = await baseFiles();
    expect(await diagnosticsOf('no-placeholders', yaml, md)).toEqual([]);
  });

  it('reports a placeholder in a YAML string at the value', async () => {
    const { yaml, md } = await baseFiles();
    const text = replaceOnce(yaml, 'mission: Safe, warm homes', 'mission: TODO Safe, warm homes');
    expect(await diagnosticsOf('no-placeholders', text, md)).toEqual([
      expect.objectContaining({
        rule: 'no-placeholders',
        severity: 'error',
        ...where(text, 'mission: TODO', 'TODO'),
        message: 'about.mission contains the placeholder "TODO"; replace it with the real text',
      }),
    ]);
  });

  it('checks staff text and names every placeholder in one string', async () => {
    const { yaml, md } = await baseFiles();
    const text = replaceOnce(yaml, 'then text the office.', 'then text the office on XXXX or [Insert number].');
    expect(await diagnosticsOf('no-placeholders', text, md)).toEqual([
      expect.objectContaining({
        ...where(text, '    - If you will miss the 2-hour slot', 'If you'),
        message: 'staff.escalation_rules[1] contains the placeholders "XXXX", "[Insert number]"; replace them with the real text',
      }),
    ]);
  });

  it('reports each placeholder in the narrative at its line and column', async () => {
    const { yaml, md } = await baseFiles();
    const markdown = replaceOnce(md, 'Ring the office or send us an email.', 'Ring the office on 0113 xxx xxxx or send us an email. Lorem Ipsum.');
    const found = await diagnosticsOf('no-placeholders', yaml, markdown);
    const line = where(markdown, '0113 xxx').line;
    const lineText = markdown.split('\n')[line - 1]!;
    expect(found.map((d) => ({ file: d.file, line: d.line, column: d.column, endColumn: d.endColumn, severity: d.severity, message: d.message }))).toEqual([
      { file: 'narrative.md', line, column: lineText.indexOf('xxx ') + 1, endColumn: lineText.indexOf('xxx ') + 4, severity: 'error', message: 'the narrative contains the placeholder "xxx"; replace it with the real text' },
      { file: 'narrative.md', line, column: lineText.indexOf('xxxx') + 1, endColumn: lineText.indexOf('xxxx') + 5, severity: 'error', message: 'the narrative contains the placeholder "xxxx"; replace it with the real text' },
      { file: 'narrative.md', line, column: lineText.indexOf('Lorem') + 1, endColumn: lineText.indexOf('Lorem') + 12, severity: 'error', message: 'the narrative contains the placeholder "Lorem Ipsum"; replace it with the real text' },
    ]);
  });

  it('walks every string, including list items and nested maps', async () => {
    const { yaml, md } = await baseFiles();
    const context = await contextOf(yaml, md);
    context.charter.services[0]!.requirements![1] = 'TBD';
    context.charter.standards[2]!.exclusions![0] = 'lorem ipsum dolor';
    context.charter.review.consultation![0]!.summary = 'xxx';
    expect(noPlaceholdersRule.check(context).map((f) => [f.path, f.message])).toEqual([
      [['services', 0, 'requirements', 1], 'service "boiler-service" requirements[1] contains the placeholder "TBD"; replace it with the real text'],
      [['standards', 2, 'exclusions', 0], 'standard "bw-emergency" exclusions[0] contains the placeholder "lorem ipsum"; replace it with the real text'],
      [['review', 'consultation', 0, 'summary'], 'consultation "End-of-job text survey" summary contains the placeholder "xxx"; replace it with the real text'],
    ]);
  });

  describe('what counts as a placeholder', () => {
    const matches = (text: string): string[] => findPlaceholders(text).map((m) => m.text);

    it.each([
      ['TODO: write this', ['TODO']],
      ['Price TBD.', ['TBD']],
      ['(TBD)', ['TBD']],
      ['lorem   ipsum', ['lorem   ipsum']],
      ['LOREM IPSUM', ['LOREM IPSUM']],
      ['Call [insert phone number]', ['[insert phone number]']],
      ['[ INSERT name ]', ['[ INSERT name ]']],
      ['call 0113 xxx', ['xxx']],
      ['XXX', ['XXX']],
      ['xXxX-xxx', ['xXxX', 'xxx']],
      ['ref: xxxxxx.', ['xxxxxx']],
    ])('finds %j', (text, expected) => {
      expect(matches(text)).toEqual(expected);
    });

    it.each([
      'todo list', 'Todo', 'TODOs', 'TBDX', 'MTBD', 'lorem', 'ipsum lorem',
      '[insert the card](https://example.com/card)', 'insert the card', '[inserted]',
      'xx', 'Xxxxl', 'taxxx', 'xxx1', 'x-ray', 'box', 'Exxon',
    ])('leaves %j alone', (text) => {
      expect(matches(text)).toEqual([]);
    });
  });
});
