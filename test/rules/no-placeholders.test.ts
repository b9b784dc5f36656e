import { describe, expect, it } from 'vitest';
import { findPlaceholders, noPlaceholdersRule } from '../../src/rules/no-placeholders.js';
import { baseFiles, contextOf, replace, ruleTester } from '../helpers/rule-tester.js';

const NARRATIVE_LINE = 'Ring the office on 0113 xxx xxxx or send us an email. Lorem Ipsum.';

ruleTester('no-placeholders', {
  valid: [{ name: 'the example' }],
  invalid: [
    {
      name: 'a placeholder in a YAML string, at the value',
      edit: replace('mission: Safe, warm homes', 'mission: TODO Safe, warm homes'),
      errors: [{
        severity: 'error',
        at: { needle: 'mission: TODO', value: 'TODO' },
        message: 'about.mission contains the placeholder "TODO"; replace it with the real text',
      }],
    },
    {
      name: 'staff text, naming every placeholder in one string',
      edit: replace('then text the office.', 'then text the office on XXXX or [Insert number].'),
      errors: [{
        at: { needle: '    - If you will miss the 2-hour slot', value: 'If you' },
        message: 'staff.escalation_rules[1] contains the placeholders "XXXX", "[Insert number]"; replace them with the real text',
      }],
    },
    {
      name: 'each placeholder in the narrative, at its line and columns',
      md: replace('Ring the office or send us an email.', NARRATIVE_LINE),
      errors: [
        { file: 'narrative.md', severity: 'error', at: { needle: NARRATIVE_LINE, value: 'xxx' }, length: 3, message: 'the narrative contains the placeholder "xxx"; replace it with the real text' },
        { file: 'narrative.md', severity: 'error', at: { needle: NARRATIVE_LINE, value: 'xxxx' }, length: 4, message: 'the narrative contains the placeholder "xxxx"; replace it with the real text' },
        { file: 'narrative.md', severity: 'error', at: { needle: NARRATIVE_LINE, value: 'Lorem Ipsum' }, length: 11, message: 'the narrative contains the placeholder "Lorem Ipsum"; replace it with the real text' },
      ],
    },
  ],
});

describe('no-placeholders', () => {
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
