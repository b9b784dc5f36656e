import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { DURATION_UNITS, normaliseUnit, unitAlternation } from '../../src/model/duration.js';
import { catalogFor, supportedLanguages } from '../../src/i18n/index.js';

const schema = JSON.parse(await readFile(new URL('../../schemas/charter.schema.json', import.meta.url), 'utf8')) as { $defs: Record<string, { pattern?: string; properties?: Record<string, { pattern?: string }> }> };

/** Every pattern in the schema that names the duration units. */
function unitPatterns(): string[] {
  const text = JSON.stringify(schema);
  return [...text.matchAll(/"pattern":"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string).filter((p) => p.includes('minutes?'));
}

describe('DURATION_UNITS, the one list of units', () => {
  it('is what every unit pattern of the schema accepts, no more and no less', () => {
    const patterns = unitPatterns();
    expect(patterns.length).toBeGreaterThanOrEqual(2);
    for (const pattern of patterns) expect(pattern).toContain(`(${unitAlternation()})`);
  });

  it('reads every spelling the schema accepts back to its canonical unit', () => {
    for (const unit of DURATION_UNITS) {
      const one = unit.replace(/s$/, '');
      for (const written of [unit, one, unit.replace('_', ' '), one.replace('_', ' ')]) expect(normaliseUnit(written)).toBe(unit);
    }
    expect(normaliseUnit('day')).toBe('days');
    expect(normaliseUnit('fortnights')).toBeUndefined();
  });

  it('has words in every catalogue', () => {
    for (const lang of supportedLanguages()) {
      for (const unit of DURATION_UNITS) {
        const words = catalogFor(lang).durations.amount({ value: 2, number: '2', unit, one: false });
        // The number as given, with a word beside it: before it ("2 working days") or after it, as Kiswahili has it ("siku 2 za kazi").
        expect(words).toMatch(/(^|\s)2(\s|$)/);
        expect(words).toMatch(/\p{L}/u);
      }
    }
  });
});
