// December 2026 additions to dates (months, superseded charters), complaints and redress (new body
// kinds, bodies without a url, no_external_route, other_routes, officers), services, fees,
// compensation, validation details and narrative blocks attached to standards.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleFile, replaceOnce, writeCharter } from '../helpers/charter-fixture.js';
import { positionOf } from '../helpers/position-of.js';
import { replace, ruleTester } from '../helpers/rule-tester.js';
import { runInProcess } from '../helpers/run-cli.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';
import { diagnostics, edited, expectOneSchemaProblem, expectSchemaValid, problemsOf } from './support.js';

const SUPERSEDED_NOTICE = 'This charter has been superseded and is no longer in force.';

describe('dates with month precision', () => {
  it('are accepted in the six listed fields (kandi-municipality uses a month in each)', async () => {
    await expectSchemaValid(await edited('kandi-municipality'));
    await expectSchemaValid(await edited(
      'brightwater-plumbing',
      ['effective_date: 2026-03-16', 'effective_date: 2026-03'],
      ['    date: 2026-03-09\n', '    date: 2026-03\n'],
      ['last_reviewed: 2026-03-09', 'last_reviewed: 2026-03'],
      ['next_review_due: 2027-03-09', 'next_review_due: 2027-03'],
      ['      date: 2026-01-31\n', '      date: 2026-01\n'],
      [/(  change_log:\n    - version: "3\.0"\n      date: )\d{4}-\d{2}-\d{2}/, '$12026-03'],
    ));
  });

  it('"2026-13" is refused at the value', async () => {
    const yaml = await edited('kandi-municipality', ['effective_date: 2026-07', 'effective_date: 2026-13']);
    await expectOneSchemaProblem(yaml, { needle: 'effective_date: 2026-13', value: '2026-13' }, /^meta\.effective_date: "2026-13" /);
  });

  it('"2026-02-30" is refused at the value, in a month-or-date field too', async () => {
    const yaml = await edited('kandi-municipality', ['{version: "2.0", date: 2026-06,', '{version: "2.0", date: 2026-02-30,']);
    await expectOneSchemaProblem(yaml, { needle: 'date: 2026-02-30', value: '2026-02-30' }, 'change log entry "2.0" date: "2026-02-30" is not a real date in the form YYYY-MM-DD');
  });

  it('every other date field still needs a full date', async () => {
    const yaml = await edited('kenya-lands-ministry', ['last_published: 2026-07-31', 'last_published: 2026-07']);
    await expectOneSchemaProblem(yaml, { needle: 'last_published: 2026-07', value: '2026-07' }, 'performance_reporting.last_published: "2026-07" is not a real date in the form YYYY-MM-DD');
  });
});

// kandi-municipality reviews yearly, with months: last_reviewed 2026-06, next_review_due 2027-06.
const KANDI_REVIEW = (last: string, next: string) => [replace('last_reviewed: 2026-06', `last_reviewed: ${last}`), replace('next_review_due: 2027-06', `next_review_due: ${next}`)];
const SUPERSEDED = replace('  status: published\n', '  status: superseded\n  superseded_by: https://www.kandimunicipality.example/charter-2027\n');

ruleTester('review-due', {
  base: 'kandi-municipality',
  asOf: '2026-11-23',
  valid: [
    { name: 'months read generously: reviewed 2026-06 (1 June), due 2027-06 (30 June 2027), one year apart' },
    { name: 'last_reviewed 2026-11 is 1 November, not after an as-of date of 23 November', edit: KANDI_REVIEW('2026-11', '2027-11') },
    { name: 'a superseded charter that is not yet due gets nothing', edit: SUPERSEDED },
  ],
  invalid: [
    {
      name: 'next_review_due 2026-11 judged on 2026-11-23 is due soon (30 November), not overdue',
      edit: KANDI_REVIEW('2025-11', '2026-11'),
      errors: [{ severity: 'warning', at: { needle: 'next_review_due: 2026-11', value: '2026-11' }, message: 'the charter is due for review on 2026-11-30, in 7 days; plan the review' }],
    },
    {
      name: 'next_review_due 2026-10 judged on 2026-11-23 is overdue since 31 October',
      edit: KANDI_REVIEW('2025-10', '2026-10'),
      errors: [{ severity: 'error', at: { needle: 'next_review_due: 2026-10', value: '2026-10' }, message: 'the charter was due for review on 2026-10-31, 23 days before 2026-11-23; review it and update the review dates' }],
    },
    {
      name: 'the cadence runs from the first day of the last_reviewed month to the last day of the next_review_due month',
      edit: KANDI_REVIEW('2025-12', '2027-01'),
      errors: [{ severity: 'error', at: { needle: 'next_review_due: 2027-01', value: '2027-01' }, message: /^review\.next_review_due 2027-01-31 is more than the 1 year cadence plus 31 days after the last review on 2025-12-01; set it to 2027-01-01 or earlier$/ }],
    },
    {
      name: 'superseded: overdue is only a warning, and says why',
      edit: [...KANDI_REVIEW('2025-10', '2026-10'), SUPERSEDED],
      errors: [{ severity: 'warning', at: { needle: 'next_review_due: 2026-10', value: '2026-10' }, message: 'the charter was due for review on 2026-10-31, 23 days before 2026-11-23; review it and update the review dates (the charter is superseded)' }],
    },
    {
      name: 'superseded: every review-due error becomes a warning (last_reviewed after the as-of date)',
      edit: [...KANDI_REVIEW('2026-12', '2027-12'), SUPERSEDED],
      errors: [{ severity: 'warning', at: { needle: 'last_reviewed: 2026-12', value: '2026-12' }, message: /^review\.last_reviewed 2026-12-01 is after the as-of date 2026-11-23; .*\(the charter is superseded\)$/ }],
    },
  ],
});

describe('meta.superseded_by', () => {
  it('is a url', async () => {
    await expectSchemaValid(await edited('kandi-municipality', ['  status: published\n', '  status: superseded\n  superseded_by: https://www.kandimunicipality.example/charter-2027\n']));
    const yaml = await edited('kandi-municipality', ['  status: published\n', '  status: superseded\n  superseded_by: the 2027 charter\n']);
    await expectOneSchemaProblem(yaml, { needle: 'superseded_by: the 2027 charter', value: 'the 2027 charter' }, /^meta\.superseded_by: "the 2027 charter" /);
  });
});

describe('a superseded charter in its outputs', () => {
  const superseded = (yaml: string) => replaceOnce(yaml, '  status: published\n', '  status: superseded\n  superseded_by: https://www.riverside.example/charter-2027\n');

  async function build(example: string, yaml: string): Promise<{ code: number; stderr: string; html: string; summary: string }> {
    const folder = await writeCharter({ 'charter.yaml': yaml, 'narrative.md': await exampleFile(example, 'narrative.md') });
    const out = await temporaryFolder('charter-superseded-');
    const result = await runInProcess(['build', folder, '--only', 'html,summary', '--out', out, '--as-of', '2026-11-23']);
    const read = (file: string) => readFile(join(out, file), 'utf8').catch(() => '');
    return { code: result.code, stderr: result.stderr, html: await read('charter.html'), summary: await read('summary.txt') };
  }

  it('the HTML page and the summary say it is superseded, with the link; an overdue review does not stop the build', async () => {
    const yaml = superseded(replaceOnce(replaceOnce(await exampleFile('riverside-council'), 'last_reviewed: 2026-09-14', 'last_reviewed: 2025-09'), 'next_review_due: 2027-09-14', 'next_review_due: 2026-09'));
    const built = await build('riverside-council', yaml);
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).toMatch(/warning\s+the charter was due for review on 2026-09-30, .*\(the charter is superseded\)\s+review-due/);
    expect(built.html).toContain(SUPERSEDED_NOTICE);
    expect(built.html).toMatch(/<p class="superseded"[^>]*>[\s\S]*?href="https:\/\/www\.riverside\.example\/charter-2027"/);
    expect(built.html.indexOf(SUPERSEDED_NOTICE)).toBeLessThan(built.html.indexOf('id="standard-rdc-calls"'));
    // The summary says so first, with the link.
    expect(built.summary.startsWith(SUPERSEDED_NOTICE), built.summary).toBe(true);
    expect(built.summary).toContain('https://www.riverside.example/charter-2027');
  });

  it('a published charter says nothing of the kind', async () => {
    const built = await build('riverside-council', await exampleFile('riverside-council'));
    expect(built.code, built.stderr).toBe(0);
    expect(built.html).not.toContain(SUPERSEDED_NOTICE);
    expect(built.html).not.toContain('class="superseded"');
    expect(built.summary).not.toMatch(/superseded/i);
  });

  it('the summary says so even when the charter writes its own summary text', async () => {
    const built = await build('brightwater-plumbing', superseded(await exampleFile('brightwater-plumbing')));
    expect(built.code, built.stderr).toBe(0);
    expect(built.html).toContain(SUPERSEDED_NOTICE);
    expect(built.summary).toContain(SUPERSEDED_NOTICE);
  });
});

describe('complaint bodies', () => {
  const CAJ_CONTACT = '        email: info@ombudsman.go.ke\n        address: West End Towers, 2nd Floor, Waiyaki Way, Westlands; P.O. Box 20414-00200, Nairobi\n';
  const NLC_DESCRIPTION = '        description: The independent constitutional commission that manages public land on behalf of national and county governments.\n';

  it('appellate_authority and other (with a description) are body kinds; an appellate authority can be the final stage', async () => {
    const kandi = await edited('kandi-municipality');
    await expectSchemaValid(kandi);
    expect(await problemsOf('independent-final-stage', kandi, await exampleFile('kandi-municipality', 'narrative.md'))).toEqual([]);
    await expectSchemaValid(await edited('kenya-lands-ministry'));
  });

  it('kind: other without a description is a schema error at the body', async () => {
    const yaml = await edited('kenya-lands-ministry', [NLC_DESCRIPTION, '']);
    await expectOneSchemaProblem(yaml, { needle: '      body:\n        name: National Land Commission', value: 'body' }, 'other route #1: a body of kind "other" needs a description saying what it is');
  });

  it('a body with an email only needs no url; with an address only, neither', async () => {
    await expectSchemaValid(await edited('kenya-lands-ministry', [CAJ_CONTACT, '        email: info@ombudsman.go.ke\n']));
    await expectSchemaValid(await edited('kenya-lands-ministry', [CAJ_CONTACT, '        address: West End Towers, Waiyaki Way, Nairobi\n']));
  });

  it('a body with no url, phone, email or address is a schema error at the body', async () => {
    const yaml = await edited('kenya-lands-ministry', [CAJ_CONTACT, '']);
    await expectOneSchemaProblem(yaml, { needle: '      body:\n        name: Commission on Administrative Justice', value: 'body' }, 'complaint stage 2: needs a way to reach the body: url, phone, email or address');
  });

  it('other_routes take a body as a plain name or as a mapping (kenya-lands-ministry has both)', async () => {
    const yaml = await edited('kenya-lands-ministry');
    expect(yaml).toContain('      body: Ethics and Anti-Corruption Commission\n');
    await expectSchemaValid(yaml);
  });

  it('an other_routes body mapping is checked like a stage body', async () => {
    const yaml = await edited('kenya-lands-ministry', ['        name: Environment and Land Court\n        kind: court\n', '        name: Environment and Land Court\n']);
    await expectOneSchemaProblem(yaml, { needle: '      body:\n        name: Environment and Land Court', value: 'body' }, /^other route #2 body: missing required key "kind"$|^other route #2: .*kind/);
  });
});

const NO_ROUTE_REASON = 'No ombudsman or dispute scheme covers small plumbing firms in England.';
const BW_STAGE_3 = /    - stage: 3\n(?:      .*\n|        .*\n)+(?=  remedies:)/;
const BW_STAGE_2 = /    - stage: 2\n[\s\S]*?(?=  remedies:)/;
const NO_ROUTE = replace('  remedies: [apology, explanation, redo_work, refund, compensation]', `  no_external_route: {reason: ${NO_ROUTE_REASON}}\n  remedies: [apology, explanation, redo_work, refund, compensation]`);

ruleTester('independent-final-stage', {
  base: 'brightwater-plumbing',
  valid: [
    { name: 'no_external_route while the last stage is external and independent anyway: nothing to say', edit: NO_ROUTE },
  ],
  invalid: [
    {
      name: 'without an independent last stage, no_external_route gives a warning quoting the reason',
      edit: [replace(BW_STAGE_3, ''), NO_ROUTE],
      errors: [{ severity: 'warning', at: { needle: 'no_external_route: {reason:', value: NO_ROUTE_REASON }, message: `the complaints path ends inside the organisation, with no independent body to turn to: "${NO_ROUTE_REASON}"` }],
    },
    {
      name: 'one stage is enough with no_external_route, and it is still only the warning, even for a public body',
      base: 'riverside-council',
      edit: [
        replace(/    - stage: 2\n[\s\S]*?(?=  remedies:)/, ''),
        replace('  remedies: [apology, explanation, correction,', `  no_external_route: {reason: ${NO_ROUTE_REASON}}\n  remedies: [apology, explanation, correction,`),
      ],
      errors: [{ severity: 'warning', at: { needle: 'no_external_route: {reason:', value: NO_ROUTE_REASON }, message: `the complaints path ends inside the organisation, with no independent body to turn to: "${NO_ROUTE_REASON}"` }],
    },
    {
      name: 'without no_external_route, a last stage inside the organisation stays a finding',
      edit: replace(BW_STAGE_3, ''),
      errors: [{ severity: 'warning', at: { needle: '    - stage: 2', value: 'stage' }, message: /^the final complaint stage \("Review by our Managing Director"\) is not external, is not independent and names no body; .*complaints\.no_external_route$/ }],
    },
  ],
});

describe('how many complaint stages', () => {
  it('one stage without no_external_route is a schema error', async () => {
    const yaml = await edited('brightwater-plumbing', [BW_STAGE_2, '']);
    await expectOneSchemaProblem(yaml, { needle: '  stages:', value: 'stages' }, 'complaints.stages needs at least 2 items');
  });

  it('one stage with no_external_route is schema-valid', async () => {
    await expectSchemaValid(await edited('brightwater-plumbing', [BW_STAGE_2, ''], ['  remedies: [apology,', `  no_external_route: {reason: ${NO_ROUTE_REASON}}\n  remedies: [apology,`]));
  });

  it('no_external_route needs its reason', async () => {
    const yaml = await edited('brightwater-plumbing', ['  remedies: [apology,', '  no_external_route: {}\n  remedies: [apology,']);
    await expectOneSchemaProblem(yaml, { needle: 'no_external_route: {}', value: 'no_external_route' }, /^complaints\.no_external_route: missing required key "reason"$/);
  });
});

ruleTester('known-references', {
  base: 'kandi-municipality',
  valid: [{ name: "officers name stages 1 to 3 of kandi-municipality's three stages" }],
  invalid: [
    {
      name: "an officer's stage number that is not a complaint stage, at the number",
      edit: replace('      - {stage: 3, role: "District Magistrate, Murshidabad"}\n  - id: cremation', '      - {stage: 4, role: "District Magistrate, Murshidabad"}\n  - id: cremation'),
      errors: [{ severity: 'error', at: { needle: '      - {stage: 4, role: "District', value: '4' }, message: /names complaint stage 4, but the complaint stages are 1, 2, 3$/ }],
    },
  ],
});

describe('services, fees and compensation', () => {
  it('group, point_of_service, officers and per_unit fees are accepted (kenya-lands-ministry, kandi-municipality)', async () => {
    await expectSchemaValid(await edited('kenya-lands-ministry'));
    await expectSchemaValid(await edited('kandi-municipality'));
  });

  it.each([
    ['amount', 'fee: {type: per_unit, currency: KES, per: parcel}', 'service "official-search": a "per_unit" fee needs an amount, e.g. amount: 2'],
    ['currency', 'fee: {type: per_unit, amount: 500, per: parcel}', 'service "official-search": a "per_unit" fee needs a currency, e.g. currency: KES'],
    ['per', 'fee: {type: per_unit, amount: 500, currency: KES}', 'service "official-search": a "per_unit" fee needs per, saying what one unit is, e.g. per: per straw per month'],
  ])('a per_unit fee without %s is a schema error at the fee', async (_, fee, message) => {
    const yaml = await edited('kenya-lands-ministry', ['fee: {type: per_unit, amount: 500, currency: KES, per: parcel}', fee]);
    await expectOneSchemaProblem(yaml, { needle: fee, value: 'fee' }, message);
  });

  const RIVERSIDE_COMPENSATION = '      pay_within: {value: 10, unit: working_days}\n';
  it('compensation.late_payment and compensation.limit are accepted', async () => {
    await expectSchemaValid(await edited('riverside-council', [RIVERSIDE_COMPENSATION, `${RIVERSIDE_COMPENSATION}      late_payment: {amount: {amount: 20, currency: GBP}, after: 10 working days}\n      limit: {count: 5, per: 1 year}\n`]));
    await expectSchemaValid(await edited('riverside-council', [RIVERSIDE_COMPENSATION, `${RIVERSIDE_COMPENSATION}      late_payment: {amount: {amount: 20, currency: GBP}}\n`]));
  });

  it('late_payment needs an amount, limit needs count and per', async () => {
    const noAmount = await edited('riverside-council', [RIVERSIDE_COMPENSATION, `${RIVERSIDE_COMPENSATION}      late_payment: {after: 10 working days}\n`]);
    await expectOneSchemaProblem(noAmount, { needle: 'late_payment: {after', value: 'late_payment' }, /compensation\.late_payment: missing required key "amount"$/);
    const noPer = await edited('riverside-council', [RIVERSIDE_COMPENSATION, `${RIVERSIDE_COMPENSATION}      limit: {count: 5}\n`]);
    await expectOneSchemaProblem(noPer, { needle: 'limit: {count: 5}', value: 'limit' }, /compensation\.limit: missing required key "per"$/);
  });
});

describe('validation details', () => {
  it('applies_to: {channels: []} is refused (at the key, as for every list)', async () => {
    const yaml = await edited('kenya-lands-ministry', ['applies_to: {services: [consent-to-transfer]}', 'applies_to: {channels: [], services: [consent-to-transfer]}']);
    await expectOneSchemaProblem(yaml, { needle: 'applies_to: {channels: []', value: 'channels' }, 'standard "ls-consent" applies_to.channels needs at least 1 item');
  });

  it('applies_to: {} is refused', async () => {
    const yaml = await edited('kenya-lands-ministry', ['applies_to: {services: [consent-to-transfer]}', 'applies_to: {}']);
    await expectOneSchemaProblem(yaml, { needle: 'applies_to: {}', value: 'applies_to' }, /^standard "ls-consent" applies_to needs channels or services/);
  });

  it('currency KSH is refused, by the schema rule, at the value', async () => {
    const yaml = await edited('kenya-lands-ministry', ['      currency: KES\n', '      currency: KSH\n']);
    await expectOneSchemaProblem(yaml, { needle: '      currency: KSH', value: 'KSH' }, /^service "registration-of-instruments" fee\.currency: "KSH" is not an ISO 4217 currency code in use, such as GBP, EUR, KES or INR/);
  });

  it('a money currency (compensation) is checked the same way', async () => {
    const yaml = await edited('riverside-council', ['amount: {amount: 10, currency: GBP}', 'amount: {amount: 10, currency: UKP}']);
    await expectOneSchemaProblem(yaml, { needle: 'amount: {amount: 10, currency: UKP}', value: 'UKP' }, /compensation\.amount\.currency: "UKP" is not an ISO 4217 currency code in use/);
  });

  it('KES is accepted', async () => {
    expect(await edited('kenya-lands-ministry')).toContain('currency: KES');
    await expectSchemaValid(await edited('kenya-lands-ministry'));
  });
});

describe('narrative blocks attached to a standard', () => {
  const md = async () => `${await exampleFile('kenya-lands-ministry', 'narrative.md')}\n## How we count the rings {#ls-phone}\n\nEach ring is counted from the moment the call reaches our switchboard.\n`;

  it('by id and by standards[].narrative: no narrative-unattached, and shown with the standard under the author\'s heading', async () => {
    const yaml = await exampleFile('kenya-lands-ministry');
    const narrative = await md();
    const found = await diagnostics(yaml, narrative);
    expect(found.filter((d) => d.rule.startsWith('narrative') || d.rule === 'known-references')).toEqual([]);

    const folder = await writeCharter({ 'charter.yaml': yaml, 'narrative.md': narrative });
    const out = await temporaryFolder('charter-narrative-');
    const result = await runInProcess(['build', folder, '--only', 'html', '--out', out, '--as-of', '2026-11-23']);
    expect(result.code, result.stderr).toBe(0);
    const html = await readFile(join(out, 'charter.html'), 'utf8');
    const between = (start: string, end: string) => {
      const from = html.indexOf(start);
      expect(from, start).toBeGreaterThan(0);
      return html.slice(from, html.indexOf(end, from));
    };
    // ls-phone: attached by its id.
    expect(between('id="standard-ls-phone"', 'id="standard-ls-correspondence"')).toMatch(/How we count the rings[\s\S]*Each ring is counted from the moment/);
    // ls-maps: named by its narrative: field.
    expect(between('id="standard-ls-maps"', '</table>')).toMatch(/When a map is out of stock[\s\S]*issued on the spot/);
  });

  it("a block attached to a section gives that section its author's title", async () => {
    const out = await temporaryFolder('charter-section-title-');
    const result = await runInProcess(['build', 'examples/kenya-lands-ministry', '--only', 'html', '--out', out, '--as-of', '2026-11-23']);
    expect(result.code, result.stderr).toBe(0);
    const html = await readFile(join(out, 'charter.html'), 'utf8');
    expect(html).toMatch(/<h2 id="complaints-heading">Complaints and compliments<\/h2>/);
    expect(html).toMatch(/<h2 id="about-heading">About the State Department<\/h2>/);
  });

  it('a block that attaches to nothing is narrative-unattached, at its heading', async () => {
    const narrative = `${await exampleFile('kenya-lands-ministry', 'narrative.md')}\n## Ring counting {#ls-phones}\n\nEach ring is counted.\n`;
    const found = await problemsOf('narrative-unattached', await exampleFile('kenya-lands-ministry'), narrative);
    expect(found).toEqual([
      expect.objectContaining({ file: 'narrative.md', severity: 'error', ...positionOf(narrative, '## Ring counting {#ls-phones}'), message: expect.stringMatching(/^narrative block "ls-phones" is not used by any section/) }),
    ]);
  });
});
