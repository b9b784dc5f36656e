import { describe, expect, it } from 'vitest';
import { stageTimelinessRule } from '../../src/rules/stage-timeliness.js';
import { replaceOnce } from '../helpers/charter-fixture.js';
import { positionOf } from '../helpers/position-of.js';
import { baseFiles, contextOf, diagnosticsOf } from '../helpers/rule-tester.js';

describe('stage-timeliness', () => {
  it('passes the example', async () => {
    const { yaml, md } = await baseFiles();
    expect(await diagnosticsOf('stage-timeliness', yaml, md)).toEqual([]);
  });

  it('reports complaints.acknowledge_within longer than the first answer', async () => {
    const { yaml, md } = await baseFiles();
    const text = replaceOnce(yaml, 'acknowledge_within: {value: 1, unit: working_days}', 'acknowledge_within: {value: 4, unit: working_days}');
    expect(await diagnosticsOf('stage-timeliness', text, md)).toEqual([
      expect.objectContaining({
        rule: 'stage-timeliness',
        severity: 'error',
        ...positionOf(text, '  acknowledge_within: {value: 4', 'acknowledge_within'),
        message: "complaints.acknowledge_within (4 working days) is longer than stage 1's respond_within (3 working days); a complaint must be acknowledged no later than it is answered",
      }),
    ]);
  });

  it("reports stage 1's own acknowledge_within, compared across units", async () => {
    const { yaml, md } = await baseFiles();
    const text = replaceOnce(yaml, '      respond_within: {value: 3, unit: working_days}\n', '      acknowledge_within: 101 hours\n      respond_within: {value: 3, unit: working_days}\n');
    expect(await diagnosticsOf('stage-timeliness', text, md)).toEqual([
      expect.objectContaining({
        severity: 'error',
        ...positionOf(text, 'acknowledge_within: 101 hours', '101 hours'),
        message: "complaint stage 1 acknowledge_within (101 hours) is longer than stage 1's respond_within (3 working days); a complaint must be acknowledged no later than it is answered",
      }),
    ]);
  });

  it('warns about an internal stage without respond_within (the charter does not say how fast)', async () => {
    const { yaml, md } = await baseFiles();
    const text = replaceOnce(yaml, '      respond_within: {value: 10, unit: working_days}\n', '');
    expect(await diagnosticsOf('stage-timeliness', text, md)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        ...positionOf(text, '    - stage: 2', 'stage'),
        message: 'complaint stage 2 ("Review by our Managing Director") is handled internally but does not say how fast complaints are answered; add respond_within when the charter promises a time',
      }),
    ]);
  });

  it('compares with the hour values of the format (1 working day = 33.6 hours)', async () => {
    const { yaml, md } = await baseFiles();
    const context = await contextOf(yaml, md);
    const { complaints } = context.charter;
    complaints.stages[0]!.respond_within = '1 working day';
    complaints.acknowledge_within = '33.6 hours'; // equal: fine
    complaints.stages[0]!.acknowledge_within = { value: 2, unit: 'calendar_days' }; // 48 hours: too long
    expect(stageTimelinessRule.check(context)).toEqual([
      {
        path: ['complaints', 'stages', 0, 'acknowledge_within'],
        message: "complaint stage 1 acknowledge_within (2 calendar days) is longer than stage 1's respond_within (1 working day); a complaint must be acknowledged no later than it is answered",
      },
    ]);
  });

  it('needs no respond_within from external stages, and skips the comparison when stage 1 has none', async () => {
    const { yaml, md } = await baseFiles();
    const context = await contextOf(yaml, md);
    const { complaints } = context.charter;
    complaints.stages[0]!.external = true;
    delete complaints.stages[0]!.respond_within;
    complaints.acknowledge_within = '1 year';
    expect(stageTimelinessRule.check(context)).toEqual([]);
  });
});
