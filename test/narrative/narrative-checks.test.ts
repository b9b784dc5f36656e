import { beforeAll, describe, expect, it } from 'vitest';
import { byRule, checkFiles, exampleFile, replaceOnce } from '../helpers/charter-fixture.js';

let yaml: string;
let narrative: string;
beforeAll(async () => {
  yaml = await exampleFile('brightwater-plumbing');
  narrative = await exampleFile('brightwater-plumbing', 'narrative.md');
});

async function narrativeProblems(md: string, charter = yaml) {
  const checked = await checkFiles({ 'charter.yaml': charter, 'narrative.md': md });
  return checked.diagnostics.filter((d) => d.rule.startsWith('narrative') || d.file.endsWith('.md'));
}

describe('narrative structure checks', () => {
  it('the example narrative is clean', async () => {
    expect(await narrativeProblems(narrative)).toEqual([]);
  });

  it('an H2 without an id', async () => {
    const md = `${narrative}\n## Opening hours over Christmas\n\nWe close on 25 December.\n`;
    const [d, ...rest] = await narrativeProblems(md);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      file: 'narrative.md',
      rule: 'narrative-heading',
      line: md.split('\n').indexOf('## Opening hours over Christmas') + 1,
      column: 1,
      message: 'heading "Opening hours over Christmas" has no id; write it as "## Opening hours over Christmas {#some-id}" so a section can use it',
    });
  });

  it('two blocks with one id: reported at the second', async () => {
    const md = `${narrative}\n## Who we are, again {#about}\n\nMore.\n`;
    const problems = byRule(await narrativeProblems(md), 'narrative-duplicate-id');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(md.split('\n').indexOf('## Who we are, again {#about}') + 1);
    expect(problems[0]!.message).toMatch(/^narrative block id "about" is used twice; the first is at narrative\.md:\d+$/);
  });

  it('text before the first heading', async () => {
    const md = `Welcome to our charter.\n\n${narrative}`;
    const [d] = byRule(await narrativeProblems(md), 'narrative-text-before-heading');
    expect(d).toMatchObject({ line: 1, column: 1 });
  });

  it('a block nothing attaches to', async () => {
    const md = `${narrative}\n## Our vans {#vans}\n\nAll our vans are electric.\n`;
    const [d] = byRule(await narrativeProblems(md), 'narrative-unattached');
    expect(d).toMatchObject({
      line: md.split('\n').indexOf('## Our vans {#vans}') + 1,
      message: 'narrative block "vans" is not used by any section; name it in a section\'s narrative: field or give it a section\'s key as id',
    });
  });

  it('a block whose id is a section key attaches only when the section is present', async () => {
    const md = `${narrative}\n## Extra help {#accessibility}\n\nAsk us.\n`;
    const withSection = await narrativeProblems(md, yaml.includes('\naccessibility:') ? yaml : `${yaml}\naccessibility:\n  extra_help: Ask us for help.\n`);
    expect(byRule(withSection, 'narrative-unattached')).toEqual([]);
    const without = await narrativeProblems(md, yaml.replace(/\naccessibility:\n(  .*\n)+/, '\n'));
    expect(byRule(without, 'narrative-unattached')).toHaveLength(1);
  });

  it('narrative paths that leave the charter folder are refused at the YAML value', async () => {
    const charter = replaceOnce(yaml, 'schema_version: 1\n', 'schema_version: 1\nnarrative: ../../etc/passwd\n');
    const checked = await checkFiles({ 'charter.yaml': charter, 'narrative.md': narrative });
    const [d] = byRule(checked.diagnostics, 'schema');
    expect(d).toMatchObject({ line: 4, column: 12, message: 'narrative file "../../etc/passwd" leaves the charter folder; keep files inside it' });
  });
});
