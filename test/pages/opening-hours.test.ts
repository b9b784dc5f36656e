// Opening hours as a reader sees them: one row per set of days, a split day on one row, no time range broken over lines.
import type { Element } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatAvailability, formatHours } from '../../src/words/index.js';
import { replaceOnce } from '../helpers/charter-fixture.js';
import { byTag, changedExamplePage, childElements, elements, examplePages, hasClass, rawText, shownText, type Page } from './read-page.js';

/** The rows of a channel's opening-hours table: [days, times] as shown. */
function hoursOf(page: Page, channelId: string): Array<[string, string]> {
  const anchor = elements(page.tree, (e) => e.properties.id === `channel-${channelId}`)[0];
  expect(anchor, `channel ${channelId}`).toBeDefined();
  const row = elements(page.tree, (e) => e.tagName === 'tr' && elements(e, (c) => c === anchor).length > 0)[0]!;
  const table = elements(row, (e) => e.tagName === 'table' && hasClass(e, 'hours'))[0];
  expect(table, `opening hours of ${channelId}`).toBeDefined();
  const tbody = childElements(table!, 'tbody')[0]!;
  return childElements(tbody, 'tr').map((tr) => {
    const [days, times] = childElements(tr, 'th', 'td');
    return [shownText(days!), shownText(times!)];
  });
}

function timeRanges(page: Page): Element[] {
  return elements(page.tree, (e) => e.tagName === 'table' && hasClass(e, 'hours')).flatMap((t) => elements(t, (e) => e.tagName === 'td'));
}

describe('a day split by a lunch break', () => {
  let english: Page;
  let german: Page;
  beforeAll(async () => {
    // Saturday written first, and the afternoon before the morning: the page still reads in week and clock order.
    english = await changedExamplePage('riverside-council', (yaml) =>
      replaceOnce(
        yaml,
        '      - {days: [mon, tue, wed, thu, fri], open: "09:00", close: "16:00"}\n    timezone: Europe/London\n    use_for: [enquiries]',
        [
          '      - {days: [sat], open: "10:00", close: "12:00"}',
          '      - {days: [mon, tue, wed, thu, fri], open: "14:00", close: "16:00"}',
          '      - {days: [mon, tue, wed, thu, fri], open: "09:00", close: "13:00"}',
          '    timezone: Europe/London',
          '    use_for: [enquiries]',
        ].join('\n'),
      ),
    );
    german = await changedExamplePage('stadtwerke-lindenau', (yaml) =>
      replaceOnce(
        yaml,
        '      - {days: [wed, fri], open: "09:00", close: "14:00"}',
        '      - {days: [wed, fri], open: "13:00", close: "14:00"}\n      - {days: [wed, fri], open: "09:00", close: "12:00"}',
      ),
    );
  }, 60_000);

  it('is one row with both times, in English', () => {
    expect(hoursOf(english, 'webchat')).toEqual([
      ['Monday to Friday', '9am to 1pm, 2pm to 4pm'],
      ['Saturday', '10am to midday'],
    ]);
  });

  it('is one row with both times, in German', () => {
    expect(hoursOf(german, 'kundenzentrum')).toEqual([
      ['Montag, Dienstag und Donnerstag', '9:00 bis 18:00 Uhr'],
      ['Mittwoch und Freitag', '9:00 bis 12:00 Uhr, 13:00 bis 14:00 Uhr'],
    ]);
  });

  it('never breaks a time range over two lines', () => {
    for (const page of [english, german]) {
      for (const cell of timeRanges(page)) {
        const ranges = elements(cell, (e) => e.tagName === 'span' && hasClass(e, 'time-range'));
        expect(ranges.length).toBeGreaterThan(0);
        // Only the ", " between ranges may break; inside a range every space is a no-break space.
        for (const range of ranges) expect(rawText(range)).not.toMatch(/ /);
      }
    }
  });

  it('keeps the time ranges from wrapping in the stylesheet too', () => {
    expect(english.html).toMatch(/\.time-range\s*\{[^}]*white-space:\s*nowrap/);
  });
});

describe('the opening hours of every example', () => {
  let pages: Map<string, Page>;
  beforeAll(async () => {
    pages = await examplePages();
  }, 60_000);

  it('give each set of days once per channel, in week order', () => {
    const week = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'];
    const firstDay = (days: string) => week.findIndex((d) => days.startsWith(d)) % 7;
    for (const [example, page] of pages) {
      for (const table of elements(page.tree, (e) => e.tagName === 'table' && hasClass(e, 'hours'))) {
        const days = childElements(childElements(table, 'tbody')[0]!, 'tr').map((tr) => shownText(childElements(tr, 'th')[0]!));
        expect(new Set(days).size, `${example}: ${days.join(' / ')}`).toBe(days.length);
        const order = days.map(firstDay);
        expect(order, `${example}: ${days.join(' / ')}`).toEqual([...order].sort((a, b) => a - b));
      }
    }
  });

  it('show every time range unbroken', () => {
    for (const page of pages.values()) {
      for (const cell of timeRanges(page)) {
        expect(elements(cell, byTag('span')).every((range) => !/ /.test(rawText(range)))).toBe(true);
      }
    }
  });
});

describe('formatHours', () => {
  const split = [
    { days: ['sat' as const], open: '09:00', close: '12:00' },
    { days: ['fri' as const, 'mon' as const, 'tue' as const, 'wed' as const, 'thu' as const], open: '14:00', close: '17:00' },
    { days: ['mon' as const, 'tue' as const, 'wed' as const, 'thu' as const, 'fri' as const], open: '08:00', close: '13:00' },
  ];

  it('merges entries for the same days into one row, and orders rows by their first day', () => {
    expect(formatHours(split, 'en-GB')).toEqual([
      { days: 'Monday to Friday', time: '8am to 1pm, 2pm to 5pm' },
      { days: 'Saturday', time: '9am to midday' },
    ]);
    expect(formatHours(split, 'de-DE')).toEqual([
      { days: 'Montag bis Freitag', time: '8:00 bis 13:00 Uhr, 14:00 bis 17:00 Uhr' },
      { days: 'Samstag', time: '9:00 bis 12:00 Uhr' },
    ]);
  });

  it('says a split day once on one line', () => {
    expect(formatAvailability({ hours: split }, 'en-GB')).toBe('Monday to Friday: 8am to 1pm, 2pm to 5pm; Saturday: 9am to midday');
  });

  it('gives a time written twice once', () => {
    expect(formatHours([split[2]!, split[2]!], 'en-GB')).toEqual([{ days: 'Monday to Friday', time: '8am to 1pm' }]);
  });
});
