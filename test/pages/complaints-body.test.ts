import { describe, expect, it } from 'vitest';
import { replaceOnce } from '../helpers/charter-fixture.js';
import { changedExamplePage, elements, examplePages, hasClass, shownText, type Page } from './read-page.js';

/** The sentences that name the body of each complaints stage that has one, as a reader sees them. */
function bodySentences(page: Page): string[] {
  return elements(page.tree, (e) => e.tagName === 'p' && hasClass(e, 'body')).map((p) => shownText(p).replace(/\s+/g, ' ').trim());
}

describe('the independent body of a complaints stage', () => {
  it.each([
    ['riverside-council', 'Local Government and Social Care Ombudsman, independent of us.'],
    ['glanyrafon-council', 'Public Services Ombudsman for Wales, independent of us.'],
    ['kenya-lands-ministry', 'Commission on Administrative Justice (Office of the Ombudsman), independent of us.'],
  ])('%s: a name that already says "Ombudsman" is not followed by "(Ombudsman, ...)"', async (example, sentence) => {
    const sentences = bodySentences((await examplePages()).get(example)!);
    expect(sentences.some((s) => s.startsWith(sentence)), sentences.join('\n')).toBe(true);
    expect(sentences.join('\n')).not.toMatch(/Ombudsman\)? \(Ombudsman/);
  });

  it('a name that does not say its kind still gets it: "(Ombudsman, independent of us)"', async () => {
    const page = await changedExamplePage('riverside-council', (yaml) => replaceOnce(yaml, 'name: Local Government and Social Care Ombudsman', 'name: The Council Complaints Reviewer'));
    const sentences = bodySentences(page);
    expect(sentences.some((s) => s.startsWith('The Council Complaints Reviewer (Ombudsman, independent of us).')), sentences.join('\n')).toBe(true);
  });
});
