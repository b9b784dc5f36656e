import { describe, expect, it } from 'vitest';
import { independentFinalStageRule } from '../../src/rules/independent-final-stage.js';
import { replaceOnce } from '../helpers/charter-fixture.js';
import { positionOf } from '../helpers/position-of.js';
import { baseFiles, contextOf, diagnosticsOf } from '../helpers/rule-tester.js';

const ADVICE = 'the last stage must be external and independent, with a body such as an ombudsman, regulator, appellate authority, ADR scheme, tribunal, court or trade scheme; or, where no such body exists, say why under complaints.no_external_route';

describe('independent-final-stage', () => {
  it('passes the example', async () => {
    const { yaml, md } = await baseFiles();
    expect(await diagnosticsOf('independent-final-stage', yaml, md)).toEqual([]);
  });

  it('warns a business whose final body is a consumer body, at the last stage', async () => {
    const { yaml, md } = await baseFiles();
    const text = replaceOnce(yaml, 'kind: adr_scheme', 'kind: consumer_body');
    expect(await diagnosticsOf('independent-final-stage', text, md)).toEqual([
      expect.objectContaining({
        rule: 'independent-final-stage',
        severity: 'warning',
        ...positionOf(text, '    - stage: 3', 'stage'),
        message: `the final complaint stage ("Independent mediation") names a consumer body ("CEDR (Centre for Effective Dispute Resolution)"), which cannot decide a complaint; ${ADVICE}`,
      }),
    ]);
  });

  it('is an error for a utility', async () => {
    const { yaml, md } = await baseFiles();
    let text = replaceOnce(yaml, 'sector: trade_business', 'sector: utility');
    text = replaceOnce(text, 'external: true', 'external: false');
    expect(await diagnosticsOf('independent-final-stage', text, md)).toEqual([
      expect.objectContaining({
        severity: 'error',
        ...positionOf(text, '    - stage: 3', 'stage'),
        message: `the final complaint stage ("Independent mediation") is not external; ${ADVICE}`,
      }),
    ]);
  });

  it('reports a stage numbered out of order at its number', async () => {
    const { yaml, md } = await baseFiles();
    const text = replaceOnce(yaml, '    - stage: 2', '    - stage: 5');
    expect(await diagnosticsOf('independent-final-stage', text, md)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        ...positionOf(text, '    - stage: 5', '5'),
        message: 'complaint stages are numbered 1 to 3 in order, but the 2nd stage is numbered 5; number it 2',
      }),
    ]);
  });

  it('names every shortfall of a final stage without a body', async () => {
    const { yaml, md } = await baseFiles();
    const context = await contextOf(yaml, md);
    const last = context.charter.complaints.stages[2]!;
    last.external = false;
    last.independent = false;
    delete last.body;
    expect(independentFinalStageRule.check(context)).toEqual([
      {
        path: ['complaints', 'stages', 2],
        message: `the final complaint stage ("Independent mediation") is not external, is not independent and names no body; ${ADVICE}`,
      },
    ]);
  });

  it('fails an external, independent final stage that has no body', async () => {
    const { yaml, md } = await baseFiles();
    const context = await contextOf(yaml, md);
    delete context.charter.complaints.stages[2]!.body;
    expect(independentFinalStageRule.check(context).map((f) => f.message)).toEqual([
      `the final complaint stage ("Independent mediation") names no body; ${ADVICE}`,
    ]);
  });

  it.each([
    ['public_agency', 'error'],
    ['local_government', 'error'],
    ['utility', 'error'],
    ['health', 'error'],
    ['trade_business', 'warning'],
    ['nonprofit', 'warning'],
    ['other_business', 'warning'],
  ] as const)('has severity %s -> %s', async (sector, severity) => {
    const { yaml, md } = await baseFiles();
    const { charter } = await contextOf(yaml, md);
    charter.meta.organisation.sector = sector;
    expect(independentFinalStageRule.severity(charter)).toBe(severity);
  });
});
