import { describe, expect, it } from 'vitest';
import {
  formatAvailability,
  formatCompensation,
  formatDate,
  formatDays,
  formatDuration,
  formatEvery,
  formatFee,
  formatHours,
  formatLastResult,
  formatList,
  formatMoney,
  formatNumber,
  formatPercent,
  formatTarget,
  formatWithin,
  resolveLanguage,
} from '../../src/words/index.js';

describe('resolveLanguage', () => {
  it('keeps a full tag for Intl and gives a bare language its default region', () => {
    expect(resolveLanguage('en-US').locale).toBe('en-US');
    expect(resolveLanguage('en').locale).toBe('en-GB');
    expect(resolveLanguage('de').locale).toBe('de-DE');
    expect(resolveLanguage('de-AT').locale).toBe('de-AT');
  });

  it('formats a language without a catalogue as English, numbers included', () => {
    expect(resolveLanguage('pl-PL')).toMatchObject({ locale: 'en-GB', catalog: { language: 'en' } });
    expect(formatDate('2026-01-20', 'pl-PL')).toBe('20 January 2026');
    expect(formatDate('2026-01-20', 'fr-FR')).toBe('20 janvier 2026');
  });
});

describe('formatDuration', () => {
  it.each([
    ['1 working day', 'en-GB', '1 working day'],
    [{ value: 2, unit: 'working_days' }, 'en-GB', '2 working days'],
    ['30 seconds', 'en-GB', '30 seconds'],
    ['1 hour', 'en-US', '1 hour'],
    ['3 months', 'en-GB', '3 months'],
    ['1.5 hours', 'en-GB', '1.5 hours'],
    [{ value: 14, unit: 'calendar day' }, 'en-GB', '14 calendar days'],
    ['1 working day', 'de-DE', '1 Werktag'],
    ['2 working days', 'de-DE', '2 Werktage'],
    ['30 seconds', 'de-DE', '30 Sekunden'],
    ['1 hour', 'de-DE', '1 Stunde'],
    ['3 months', 'de-DE', '3 Monate'],
    ['1.5 hours', 'de-DE', '1,5 Stunden'],
    ['1 year', 'de-DE', '1 Jahr'],
  ] as const)('%j in %s is "%s"', (duration, lang, expected) => {
    expect(formatDuration(duration, lang)).toBe(expected);
  });

  it('returns what the author wrote when it is not a duration', () => {
    expect(formatDuration('2 days', 'en-GB')).toBe('2 days');
  });
});

describe('formatWithin', () => {
  it('uses the German dative after "innerhalb von"', () => {
    expect(formatWithin('2 working days', 'de-DE')).toBe('innerhalb von 2 Werktagen');
    expect(formatWithin('1 working day', 'de-DE')).toBe('innerhalb von 1 Werktag');
    expect(formatWithin('3 months', 'de-DE')).toBe('innerhalb von 3 Monaten');
    expect(formatWithin('2 years', 'de-DE')).toBe('innerhalb von 2 Jahren');
    expect(formatWithin('30 minutes', 'de-DE')).toBe('innerhalb von 30 Minuten');
  });

  it('reads "within" in English', () => {
    expect(formatWithin('1 working day', 'en-GB')).toBe('within 1 working day');
    expect(formatWithin('10 working days', 'en-US')).toBe('within 10 working days');
  });
});

describe('formatEvery', () => {
  it.each([
    ['2 years', 'en-GB', 'every 2 years'],
    ['1 year', 'en-GB', 'every year'],
    ['6 months', 'en-GB', 'every 6 months'],
    ['2 years', 'de-DE', 'alle 2 Jahre'],
    ['1 year', 'de-DE', 'jedes Jahr'],
    ['1 month', 'de-DE', 'jeden Monat'],
    ['1 week', 'de-DE', 'jede Woche'],
  ])('%s in %s is "%s"', (cadence, lang, expected) => {
    expect(formatEvery(cadence, lang)).toBe(expected);
  });
});

describe('formatTarget', () => {
  const cases = [
    [{ kind: 'within', threshold: '2 working days' }, 'within 2 working days', 'innerhalb von 2 Werktagen'],
    [{ kind: 'percent_within', threshold: { value: 2, unit: 'hours' }, percent: 95 }, '95% within 2 hours', '95\u00a0% innerhalb von 2 Stunden'],
    [{ kind: 'percent_within', threshold: '30 seconds', percent: 80 }, '80% within 30 seconds', '80\u00a0% innerhalb von 30 Sekunden'],
    [
      { kind: 'percent', percent: 90, measure: 'jobs completed within the quoted number of working days' },
      '90% of jobs completed within the quoted number of working days',
      'jobs completed within the quoted number of working days: mindestens 90\u00a0%',
    ],
    [{ kind: 'minimum_notice', threshold: '48 hours' }, "at least 48 hours' notice", 'mindestens 48 Stunden vorher'],
    [{ kind: 'minimum_notice', threshold: '1 working day' }, "at least 1 working day's notice", 'mindestens 1 Werktag vorher'],
    [
      { kind: 'max_count', count: 2, period: '12 months', measure: 'missed appointments' },
      'no more than 2 missed appointments in any 12 months',
      'höchstens 2 missed appointments innerhalb von 12 Monaten',
    ],
    [{ kind: 'max_count', count: 2, period: '1 year', measure: 'interruptions' }, 'no more than 2 interruptions a year', 'höchstens 2 interruptions pro Jahr'],
    [{ kind: 'max_count', count: 1, period: '1 hour', measure: 'call-backs' }, 'call-backs: no more than 1 an hour', 'call-backs: höchstens 1 pro Stunde'],
  ] as const;

  it.each(cases)('%j', (target, english, german) => {
    expect(formatTarget(target, 'en-GB')).toBe(english);
    expect(formatTarget(target, 'en-US')).toBe(english);
    expect(formatTarget(target, 'de-DE')).toBe(german);
  });

  it('uses the locale decimal separator', () => {
    expect(formatTarget({ kind: 'percent_within', threshold: '1.5 hours', percent: 87.5 }, 'en-GB')).toBe('87.5% within 1.5 hours');
    expect(formatTarget({ kind: 'percent_within', threshold: '1.5 hours', percent: 87.5 }, 'de-DE')).toBe('87,5\u00a0% innerhalb von 1,5 Stunden');
  });

  it('leaves out what is missing instead of inventing it', () => {
    expect(formatTarget({ kind: 'within' }, 'en-GB')).toBe('');
    expect(formatTarget({ kind: 'percent', percent: 85 }, 'en-GB')).toBe('85%');
  });
});

describe('numbers, percent and money', () => {
  it('formats numbers and percentages per locale', () => {
    expect(formatNumber(21000, 'en-GB')).toBe('21,000');
    expect(formatNumber(21000, 'de-DE')).toBe('21.000');
    expect(formatNumber(1.5, 'de-DE')).toBe('1,5');
    expect(formatPercent(95, 'en-GB')).toBe('95%');
    expect(formatPercent(95, 'de-DE')).toBe('95\u00a0%');
    expect(formatPercent(87.3, 'en-US')).toBe('87.3%');
    expect(formatPercent(87.3, 'de-DE')).toBe('87,3\u00a0%');
  });

  it('shows money without decimals when whole', () => {
    expect(formatMoney({ amount: 30, currency: 'GBP' }, 'en-GB')).toBe('£30');
    expect(formatMoney({ amount: 30.5, currency: 'GBP' }, 'en-GB')).toBe('£30.50');
    expect(formatMoney({ amount: 2400, currency: 'GBP' }, 'en-US')).toBe('£2,400');
    expect(formatMoney({ amount: 30, currency: 'EUR' }, 'de-DE')).toBe('30\u00a0€');
    expect(formatMoney({ amount: 62.5, currency: 'EUR' }, 'de-DE')).toBe('62,50\u00a0€');
  });
});

describe('formatDate', () => {
  it('writes dates the way each locale does, whatever the machine', () => {
    expect(formatDate('2026-01-20', 'en-GB')).toBe('20 January 2026');
    expect(formatDate('2026-01-20', 'en-US')).toBe('January 20, 2026');
    expect(formatDate('2026-01-20', 'de-DE')).toBe('20. Januar 2026');
    expect(formatDate('2026-01-20', 'en')).toBe('20 January 2026');
  });

  it('takes a YAML Date as the same calendar day', () => {
    expect(formatDate(new Date(Date.UTC(2025, 11, 31)), 'de-DE')).toBe('31. Dezember 2025');
  });

  it('returns text that is not a date unchanged', () => {
    expect(formatDate('soon', 'en-GB')).toBe('soon');
  });
});

describe('formatList', () => {
  it('joins with the locale conjunction', () => {
    expect(formatList(['a', 'b', 'c'], 'en-GB')).toBe('a, b and c');
    expect(formatList(['a', 'b', 'c'], 'de-DE')).toBe('a, b und c');
    expect(formatList(['a', 'b'], 'de-DE', 'disjunction')).toBe('a oder b');
    expect(formatList(['a'], 'en-GB')).toBe('a');
  });
});

describe('opening hours', () => {
  it('collapses consecutive days into ranges', () => {
    expect(formatDays(['mon', 'tue', 'wed', 'thu', 'fri'], 'en-GB')).toBe('Monday to Friday');
    expect(formatDays(['sat'], 'en-GB')).toBe('Saturday');
    expect(formatDays(['fri', 'mon', 'wed'], 'en-GB')).toBe('Monday, Wednesday and Friday');
    expect(formatDays(['mon', 'tue', 'wed', 'fri'], 'en-GB')).toBe('Monday to Wednesday and Friday');
    expect(formatDays(['sat', 'sun'], 'en-GB')).toBe('Saturday and Sunday');
    expect(formatDays(['mon', 'tue', 'thu', 'fri'], 'de-DE')).toBe('Montag, Dienstag, Donnerstag und Freitag');
    expect(formatDays(['mon', 'tue', 'wed', 'thu', 'fri'], 'de-DE')).toBe('Montag bis Freitag');
  });

  it('writes rows of days and times', () => {
    const hours = [
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '08:00', close: '17:30' },
      { days: ['sat'], open: '09:00', close: '12:00' },
    ] as const;
    expect(formatHours([...hours].map((h) => ({ ...h, days: [...h.days] })), 'en-GB')).toEqual([
      { days: 'Monday to Friday', time: '8am to 5:30pm' },
      { days: 'Saturday', time: '9am to midday' },
    ]);
    expect(formatHours([...hours].map((h) => ({ ...h, days: [...h.days] })), 'de-DE')).toEqual([
      { days: 'Montag bis Freitag', time: '8:00 bis 17:30 Uhr' },
      { days: 'Samstag', time: '9:00 bis 12:00 Uhr' },
    ]);
  });

  it('says midnight and whole days plainly', () => {
    expect(formatHours([{ days: ['fri'], open: '18:00', close: '24:00' }], 'en-GB')).toEqual([{ days: 'Friday', time: '6pm to midnight' }]);
    expect(formatHours([{ days: ['sun'], open: '00:00', close: '24:00' }], 'en-GB')).toEqual([{ days: 'Sunday', time: '24 hours' }]);
    expect(formatHours([{ days: ['sun'], open: '00:00', close: '24:00' }], 'de-DE')).toEqual([{ days: 'Sonntag', time: 'Rund um die Uhr' }]);
  });

  it('describes a channel on one line', () => {
    expect(formatAvailability({ availability: '24x7' }, 'en-GB')).toBe('24 hours a day, 7 days a week');
    expect(formatAvailability({ availability: 'by_appointment' }, 'de-DE')).toBe('Nach Vereinbarung');
    expect(
      formatAvailability(
        {
          hours: [
            { days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '08:00', close: '18:00' },
            { days: ['sat'], open: '09:00', close: '13:00' },
          ],
        },
        'de-DE',
      ),
    ).toBe('Montag bis Freitag: 8:00 bis 18:00 Uhr; Samstag: 9:00 bis 13:00 Uhr');
  });
});

describe('formatFee', () => {
  it.each([
    [{ type: 'free' }, 'Free', 'Kostenlos'],
    [{ type: 'fixed', amount: 95, currency: 'GBP' }, '£95', '95\u00a0£'],
    [{ type: 'range', min: 60, max: 250, currency: 'GBP' }, '£60 to £250', '60\u00a0£ bis 250\u00a0£'],
    [{ type: 'quoted' }, 'Priced on a written quote', 'Preis nach schriftlichem Angebot'],
    [{ type: 'quoted', from: 2400, currency: 'GBP' }, 'From £2,400, priced on a written quote', 'Ab 2.400\u00a0£, Preis nach schriftlichem Angebot'],
    [{ type: 'schedule', url: 'https://example.org/prices' }, 'See our schedule of charges', 'Siehe unsere Preisliste'],
  ] as const)('%j', (fee, english, german) => {
    expect(formatFee(fee, 'en-GB')).toBe(english);
    expect(formatFee(fee, 'de-DE')).toBe(german);
  });

  it('writes euro prices the German way', () => {
    expect(formatFee({ type: 'fixed', amount: 62.5, currency: 'EUR' }, 'de-DE')).toBe('62,50\u00a0€');
    expect(formatFee({ type: 'range', min: 1800, max: 4500, currency: 'EUR' }, 'de-DE')).toBe('1.800\u00a0€ bis 4.500\u00a0€');
  });
});

describe('formatCompensation', () => {
  const onClaim = {
    amount: { amount: 10, currency: 'GBP' },
    further_amount: { amount: 2, currency: 'GBP' },
    further_per: { value: 1, unit: 'working_days' },
    payment: 'on_claim',
    claim_within: { value: 3, unit: 'months' },
    pay_within: { value: 10, unit: 'working_days' },
  } as const;

  it('states the amount, the extra per day and how to get it', () => {
    expect(formatCompensation(onClaim, 'en-GB')).toBe(
      'If we miss this, we pay you £10, plus £2 for every further working day. You need to claim it within 3 months. We pay within 10 working days of your claim.',
    );
    expect(formatCompensation(onClaim, 'de-DE')).toBe(
      'Halten wir diese Zusage nicht ein, zahlen wir Ihnen 10\u00a0£, zuzüglich 2\u00a0£ für jeden weiteren Werktag. Bitte fordern Sie den Betrag innerhalb von 3 Monaten bei uns an. Wir zahlen ihn innerhalb von 10 Werktagen nach Ihrer Anforderung.',
    );
  });

  it('handles automatic payment, several further units and business amounts', () => {
    const automatic = {
      amount: { amount: 30, currency: 'GBP' },
      amount_non_household: { amount: 60, currency: 'GBP' },
      further_amount: { amount: 10, currency: 'GBP' },
      further_per: '5 working days',
      payment: 'automatic',
    } as const;
    expect(formatCompensation(automatic, 'en-GB')).toBe(
      'If we miss this, we pay you £30 (£60 for business customers), plus £10 for every further 5 working days. We pay it automatically.',
    );
    expect(formatCompensation(automatic, 'de-DE')).toBe(
      'Halten wir diese Zusage nicht ein, zahlen wir Ihnen 30\u00a0£ (Gewerbekunden: 60\u00a0£), zuzüglich 10\u00a0£ für je 5 weitere Werktage. Wir zahlen den Betrag automatisch.',
    );
  });

  it('uses the right German gender for "every further"', () => {
    const perWeek = { amount: { amount: 25, currency: 'EUR' }, further_amount: { amount: 5, currency: 'EUR' }, further_per: '1 week' };
    expect(formatCompensation(perWeek, 'de-DE')).toContain('zuzüglich 5\u00a0€ für jede weitere Woche.');
    expect(formatCompensation({ ...perWeek, further_per: '1 year' }, 'de-DE')).toContain('für jedes weitere Jahr.');
  });

  it('offers automatic payment or a claim', () => {
    const either = { amount: { amount: 25, currency: 'EUR' }, payment: 'automatic_or_claim', pay_within: { value: 1, unit: 'months' } } as const;
    expect(formatCompensation(either, 'en-GB')).toBe('If we miss this, we pay you €25. We pay it automatically within 1 month, or you can claim it.');
    expect(formatCompensation(either, 'de-DE')).toBe(
      'Halten wir diese Zusage nicht ein, zahlen wir Ihnen 25\u00a0€. Wir zahlen den Betrag automatisch innerhalb von 1 Monat. Sie können ihn auch selbst bei uns anfordern.',
    );
  });
});

describe('formatLastResult', () => {
  it('gives the period, the value in its unit and whether it met the target', () => {
    expect(formatLastResult({ period: 'July to September 2026', value: 87.3, unit: 'percent', met: false }, 'en-GB')).toBe(
      'Last result (July to September 2026): 87.3% (target not met)',
    );
    expect(formatLastResult({ period: 2025, value: 84, unit: 'percent', met: true }, 'de-DE')).toBe('Letztes Ergebnis (2025): 84\u00a0% (Ziel erreicht)');
    expect(formatLastResult({ value: 1.5, unit: 'days' }, 'de-DE')).toBe('Letztes Ergebnis: 1,5 Tage');
  });
});

describe('the December 2026 additions in words, English and German', () => {
  const cases = [
    [{ kind: 'immediate' }, 'immediately', 'sofort'],
    [{ kind: 'same_day', cutoff: '15:00' }, 'the same day, for requests made before 3pm', 'am selben Tag, für Anfragen vor 15:00 Uhr'],
    [{ kind: 'same_day' }, 'the same day', 'am selben Tag'],
    [{ kind: 'min_count', count: 2, period: '12 months', measure: 'bills' }, 'at least 2 bills in any 12 months', 'mindestens 2 bills innerhalb von 12 Monaten'],
    [{ kind: 'measure', measure: 'water pressure', unit: 'bar', min: 1 }, 'water pressure: at least 1 bar', 'water pressure: mindestens 1 bar'],
    [{ kind: 'measure', measure: 'noise', unit: 'dB', max: 55 }, 'noise: no more than 55 dB', 'noise: höchstens 55 dB'],
    [{ kind: 'schedule', frequency: 'weekly', days: ['tue'] }, 'every Tuesday', 'jeden Dienstag'],
    [{ kind: 'schedule', frequency: 'daily' }, 'every day', 'täglich'],
    [{ kind: 'defined_by', reference: 'the Guaranteed Standards Scheme' }, 'as set by the Guaranteed Standards Scheme', 'wie in the Guaranteed Standards Scheme festgelegt'],
    [{ kind: 'within', threshold: '2 to 7 working days' }, 'within 2 to 7 working days', 'innerhalb von 2 bis 7 Werktagen'],
    [{ kind: 'within', threshold: { min: 2, max: 7, unit: 'days' } }, 'within 2 to 7 days', 'innerhalb von 2 bis 7 Tagen'],
    [{ kind: 'within', threshold: '3 rings' }, 'within 3 rings', 'innerhalb von 3 Klingeln'],
    [{ kind: 'within', threshold: '1 business day' }, 'within 1 business day', 'innerhalb von 1 Geschäftstag'],
    [{ kind: 'within', threshold: '5 working days', statistic: 'average' }, 'on average within 5 working days', 'im Durchschnitt innerhalb von 5 Werktagen'],
  ] as const;

  it.each(cases)('%j', (target, english, german) => {
    expect(formatTarget(target as never, 'en-GB')).toBe(english);
    expect(formatTarget(target as never, 'de-DE')).toBe(german);
  });

  it('a month-precision date reads as the month', () => {
    expect(formatDate('2018-06', 'en-GB')).toBe('June 2018');
    expect(formatDate('2018-06', 'de-DE')).toBe('Juni 2018');
  });

  it('a per-unit fee, and compensation paid late or limited', () => {
    expect(formatFee({ type: 'per_unit', amount: 500, currency: 'KES', per: 'parcel' }, 'en-GB')).toBe('KES\u00a0500 per parcel');
    expect(formatFee({ type: 'per_unit', amount: 2, currency: 'KES', per: 'per straw per month' }, 'en-GB')).toBe('KES\u00a02 per straw per month');
    expect(formatCompensation({ amount: { amount: 40, currency: 'GBP' }, payment: 'automatic', late_payment: { amount: { amount: 10, currency: 'GBP' }, after: '10 working days' }, limit: { count: 5, per: '1 year' } }, 'en-GB')).toBe(
      'If we miss this, we pay you £40. We pay it automatically. If we pay you late (not within 10 working days), we add £10. We pay up to 5 payments a year.',
    );
  });
});
