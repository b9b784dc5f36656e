import { beforeAll, describe, expect, it } from 'vitest';
import { byRule, checkFiles, exampleFile, lineOf, replaceOnce } from '../helpers/charter-fixture.js';

let base: string;
let council: string;
beforeAll(async () => {
  base = await exampleFile('brightwater-plumbing');
  council = await exampleFile('riverside-council');
});

async function schemaProblems(yaml: string) {
  const checked = await checkFiles({ 'charter.yaml': yaml });
  return byRule(checked.diagnostics, 'schema');
}

/** Applies one edit, checks, and expects exactly one schema diagnostic. */
async function one(yaml: string) {
  const problems = await schemaProblems(yaml);
  expect(problems, JSON.stringify(problems, null, 2)).toHaveLength(1);
  return problems[0]!;
}

describe('the schema, with each problem placed at its node', () => {
  it('accepts every example', async () => {
    for (const example of ['brightwater-plumbing', 'riverside-council', 'stadtwerke-lindenau']) {
      expect(await schemaProblems(await exampleFile(example)), example).toEqual([]);
    }
  });

  it('an unknown top-level key points at the key, with "did you mean"', async () => {
    const yaml = replaceOnce(base, '\nstandards:\n', '\nstandard:\n');
    const problems = await schemaProblems(yaml);
    const unknown = problems.find((p) => p.message.startsWith('unknown section'));
    expect(unknown).toMatchObject({ line: lineOf(yaml, '\nstandard:\n') + 1, column: 1, message: 'unknown section "standard"; did you mean "standards"?' });
    expect(problems.find((p) => p.message === 'missing required section "standards"')).toBeDefined();
  });

  it('a missing required key points at its parent key', async () => {
    const yaml = replaceOnce(base, '  status: published\n', '');
    const d = await one(yaml);
    expect(d).toMatchObject({ line: lineOf(yaml, 'meta:'), column: 1, message: 'meta: missing required key "status"' });
  });

  it('a wrong enum value points at the value, with "did you mean"', async () => {
    const yaml = replaceOnce(base, 'sector: trade_business', 'sector: trade_busines');
    const d = await one(yaml);
    expect(d).toMatchObject({ line: lineOf(yaml, 'trade_busines'), column: 13 });
    expect(d.message).toBe('meta.organisation.sector: "trade_busines" is not one of public_agency, local_government, utility, health, trade_business, nonprofit, other_business; did you mean "trade_business"?');
  });

  it('a target kind without its fields names the standard and gives an example', async () => {
    const yaml = replaceOnce(base, '      kind: within\n      threshold: {value: 2, unit: working_hours}\n', '      kind: within\n');
    const d = await one(yaml);
    expect(d.message).toMatch(/^standard "[a-z0-9-]+": a "within" target needs a threshold, e\.g\. threshold: 2 working days$/);
    expect(d.line).toBe(lineOf(yaml, 'kind: within') - 1);
  });

  it('plain "days" in a duration is refused with a hint', async () => {
    const yaml = replaceOnce(base, 'threshold: {value: 1, unit: working_days}', 'threshold: 1 days');
    const d = await one(yaml);
    expect(d.message).toMatch(/threshold: plain "days" is ambiguous: say "1 working day" or "1 calendar day", or set meta.day_basis: working \(or calendar\) once for the whole charter$/);
    expect(d.line).toBe(lineOf(yaml, 'threshold: 1 days'));
  });

  it('a duration unit in object form is checked too', async () => {
    const yaml = replaceOnce(base, 'threshold: {value: 1, unit: working_days}', 'threshold: {value: 1, unit: fortnights}');
    const d = await one(yaml);
    expect(d.message).toMatch(/"fortnights" is not a duration unit/);
  });

  it('the shorthand duration form is accepted', async () => {
    const yaml = replaceOnce(base, 'threshold: {value: 1, unit: working_days}', 'threshold: "1 working day"');
    expect(await schemaProblems(yaml)).toEqual([]);
  });

  it('a fixed fee needs an amount and a currency', async () => {
    const yaml = replaceOnce(base, '      amount: 95\n      currency: GBP\n', '');
    const problems = await schemaProblems(yaml);
    expect(problems.map((p) => p.message)).toEqual([
      'service "boiler-service": a "fixed" fee needs a currency, e.g. currency: GBP',
      'service "boiler-service": a "fixed" fee needs an amount, e.g. amount: 95',
    ]);
    expect(problems[0]!.line).toBe(lineOf(yaml, '    fee:'));
  });

  it('a range fee needs min, max and currency', async () => {
    const yaml = replaceOnce(base, /      type: range\n(      [a-z]+: .*\n)*/, '      type: range\n');
    const problems = await schemaProblems(yaml);
    expect(problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/a "range" fee needs min, max and currency/));
  });

  it('a real calendar date is required', async () => {
    const yaml = replaceOnce(base, 'next_review_due: 2027-03-09', 'next_review_due: 2027-02-30');
    const d = await one(yaml);
    expect(d).toMatchObject({ line: lineOf(yaml, '2027-02-30'), message: 'review.next_review_due: "2027-02-30" is not a real date in the form YYYY-MM-DD' });
  });

  it('a number where text belongs says to quote it', async () => {
    const yaml = replaceOnce(base, 'version: "3.0"', 'version: 3.1');
    const d = await one(yaml);
    expect(d.message).toBe('meta.version must be a string, not the number 3.1: put it in quotes, e.g. "3.1"');
  });

  it('ids follow the id pattern', async () => {
    const yaml = replaceOnce(base, '  - id: homeowners', '  - id: Home_Owners');
    const problems = await schemaProblems(yaml);
    expect(problems[0]!.message).toMatch(/^client "Home_Owners" id: "Home_Owners" is not a valid id/);
  });

  it('time zones are IANA names, with "did you mean"', async () => {
    const yaml = replaceOnce(base, 'timezone: Europe/London', 'timezone: Europe/Londn');
    const d = await one(yaml);
    expect(d.message).toMatch(/"Europe\/Londn" is not an IANA time zone such as Europe\/London; did you mean "Europe\/London"\?$/);
  });

  it('opening times are HH:MM', async () => {
    const yaml = replaceOnce(base, /open: "0?8:00"/, 'open: "8am"');
    const d = await one(yaml);
    expect(d.message).toMatch(/"8am" is not a time of day/);
  });

  it('complaints need at least two stages', async () => {
    const yaml = replaceOnce(base, /    - stage: 2\n[\s\S]*?(?=\n  remedies:|\n  narrative:|\n[a-z])/, '');
    const problems = await schemaProblems(yaml);
    expect(problems.map((p) => p.message)).toContain('complaints.stages needs at least 2 items');
  });

  it('principles are required for local government', async () => {
    const yaml = replaceOnce(council, /\nprinciples:\n[\s\S]*?\n(?=[a-z])/, '\n');
    const problems = await schemaProblems(yaml);
    expect(problems.map((p) => p.message)).toContain('missing section "principles": it is required for public agencies, local government and health organisations');
  });

  it('at least one public standard is required', async () => {
    const yaml = base.replace(/\n    owner: /g, '\n    audience: staff\n    owner: ');
    const problems = await schemaProblems(yaml);
    expect(problems.map((p) => p.message)).toContain('standards needs at least one public standard (one without audience: staff)');
  });

  it('internal standards may not be public', async () => {
    const yaml = replaceOnce(base, /(  internal_standards:\n[\s\S]*?)audience: staff/, '$1audience: public');
    const d = await one(yaml);
    expect(d.message).toMatch(/audience must be staff \(internal standards are staff-only\), or left out$/);
  });

  it('URLs are absolute http(s)', async () => {
    const yaml = replaceOnce(base, 'website: https://www.brightwater-plumbing.example', 'website: www.brightwater-plumbing.example');
    const problems = await schemaProblems(yaml);
    expect(problems[0]).toMatchObject({ line: lineOf(yaml, 'website: www'), message: 'meta.organisation.website: "www.brightwater-plumbing.example" is not an absolute http:// or https:// URL' });
  });

  it('schema_version must be 1', async () => {
    const yaml = replaceOnce(base, 'schema_version: 1', 'schema_version: 2');
    const d = await one(yaml);
    expect(d).toMatchObject({ line: 3, column: 17, message: 'schema_version must be 1, not 2' });
  });
});
