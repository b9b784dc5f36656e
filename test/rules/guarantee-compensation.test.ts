import { describe, expect, it } from 'vitest';
import { byRule, checkFiles, exampleFile, replaceOnce } from '../helpers/charter-fixture.js';
import { where } from '../helpers/where.js';

const RULE = 'guarantee-compensation';

async function run(example: string, edit: (text: string) => string) {
  const text = edit(await exampleFile(example));
  const checked = await checkFiles({ 'charter.yaml': text });
  expect(checked.charter).toBeDefined();
  return { text, found: byRule(checked.diagnostics, RULE) };
}

describe('guarantee-compensation', () => {
  it('passes guaranteed standards with an amount, and on-claim payments with claim_within', async () => {
    expect((await run('brightwater-plumbing', (t) => t)).found).toEqual([]);
    expect((await run('riverside-council', (t) => t)).found).toEqual([]);
  });

  it('reports compensation on a standard that is not guaranteed, at guaranteed: false', async () => {
    const { text, found } = await run('brightwater-plumbing', (t) => replaceOnce(t, 'guaranteed: true', 'guaranteed: false'));
    expect(found).toEqual([
      expect.objectContaining({
        rule: RULE,
        severity: 'error',
        ...where(text, 'false', 'guaranteed:'),
        message: 'standard "bw-arrival" has compensation but is not guaranteed; add "guaranteed: true" or remove the compensation',
      }),
    ]);
  });

  it('reports compensation without any guaranteed key at the compensation', async () => {
    const { text, found } = await run('brightwater-plumbing', (t) => replaceOnce(t, '    guaranteed: true\n', ''));
    expect(found).toEqual([expect.objectContaining({ ...where(text, 'compensation:', 'id: bw-arrival') })]);
  });

  it('reports a guarantee without an amount', async () => {
    const { text, found } = await run('brightwater-plumbing', (t) => replaceOnce(t, '      amount: {amount: 25, currency: GBP}\n', ''));
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'error',
        ...where(text, 'compensation:', 'id: bw-arrival'),
        message: 'standard "bw-arrival" is guaranteed but has no compensation.amount; say what you pay when you miss it, e.g. "amount: {amount: 25, currency: GBP}"',
      }),
    ]);
  });

  it('reports an on-claim payment without claim_within, at the payment', async () => {
    const { text, found } = await run('brightwater-plumbing', (t) => replaceOnce(t, 'payment: automatic\n', 'payment: on_claim\n'));
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'error',
        ...where(text, 'on_claim'),
        message: 'standard "bw-arrival" pays compensation on claim but has no compensation.claim_within; say how long people have to claim, e.g. "claim_within: 3 months"',
      }),
    ]);
  });

  it('does not need claim_within for automatic_or_claim', async () => {
    expect((await run('brightwater-plumbing', (t) => replaceOnce(t, 'payment: automatic\n', 'payment: automatic_or_claim\n'))).found).toEqual([]);
  });
});
