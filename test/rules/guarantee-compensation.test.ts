import { replace, ruleTester } from '../helpers/rule-tester.js';

ruleTester('guarantee-compensation', {
  md: false,
  valid: [
    { name: 'guaranteed standards with an amount (brightwater-plumbing)' },
    { name: 'on-claim payments with claim_within (riverside-council)', base: 'riverside-council' },
    { name: 'automatic_or_claim needs no claim_within', edit: replace('payment: automatic\n', 'payment: automatic_or_claim\n') },
  ],
  invalid: [
    {
      name: 'compensation on a standard that is not guaranteed, at guaranteed: false',
      edit: replace('guaranteed: true', 'guaranteed: false'),
      errors: [{
        severity: 'error',
        at: { needle: 'guaranteed: false', value: 'false' },
        message: 'standard "bw-arrival" has compensation but is not guaranteed; add "guaranteed: true" or remove the compensation',
      }],
    },
    {
      name: 'compensation without any guaranteed key, at the compensation',
      edit: replace('    guaranteed: true\n', ''),
      errors: [{
        severity: 'error',
        at: 'compensation:',
        message: 'standard "bw-arrival" has compensation but is not guaranteed; add "guaranteed: true" or remove the compensation',
      }],
    },
    {
      name: 'a guarantee without an amount',
      edit: replace('      amount: {amount: 25, currency: GBP}\n', ''),
      errors: [{
        severity: 'error',
        at: 'compensation:',
        message: 'standard "bw-arrival" is guaranteed but has no compensation.amount; say what you pay when you miss it, e.g. "amount: {amount: 25, currency: GBP}"',
      }],
    },
    {
      name: 'an on-claim payment without claim_within, at the payment',
      edit: replace('payment: automatic\n', 'payment: on_claim\n'),
      errors: [{
        severity: 'error',
        at: 'on_claim',
        message: 'standard "bw-arrival" pays compensation on claim but has no compensation.claim_within; say how long people have to claim, e.g. "claim_within: 3 months"',
      }],
    },
  ],
});
