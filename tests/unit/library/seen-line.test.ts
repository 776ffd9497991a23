// The recurrence line's wording: counts, day month year dates, the card's "other pages" form.
import { describe, expect, it } from 'vitest';
import { formatDate, formatDay, seenLine } from '@/components/seen-line';

const day = (iso: string) => Date.parse(iso);

describe('seenLine', () => {
  it('says how many pages and sites, and the first and last dates', () => {
    expect(seenLine({ pages: 3, sites: 2, first: day('2020-03-12'), last: day('2021-06-03') })).toBe('Seen on 3 pages across 2 sites, first 12 Mar 2020, last 3 Jun 2021.');
  });
  it('counts the other pages on a card, and says so when there are none', () => {
    expect(seenLine({ pages: 1, sites: 1, first: day('2020-03-12'), last: day('2020-03-12') }, true)).toBe('Seen on 1 other page across 1 site, on 12 Mar 2020.');
    expect(seenLine({ pages: 0, sites: 0 }, true)).toBe('Not seen on other pages yet.');
    expect(seenLine({ pages: 0, sites: 0 })).toBe('Not seen on any page yet.');
  });
  it('gives one date when first and last fall on the same day', () => {
    expect(seenLine({ pages: 2, sites: 2, first: day('2021-06-03T01:00:00Z'), last: day('2021-06-03T23:00:00Z') })).toBe('Seen on 2 pages across 2 sites, on 3 Jun 2021.');
  });
});

describe('formatDate', () => {
  it('reads stored dates in UTC, so a published day never shifts to the day before', () => {
    expect(formatDate('2020-01-01')).toBe('1 Jan 2020');
    expect(formatDay(Date.UTC(2019, 11, 31, 23, 59))).toBe('31 Dec 2019');
  });
  it('falls back to the time first seen when the page gave no readable date', () => {
    expect(formatDate(undefined, Date.UTC(2024, 1, 29, 12))).toBe('29 Feb 2024');
    expect(formatDate('sometime', Date.UTC(2024, 1, 29, 12))).toBe('29 Feb 2024');
    expect(formatDate(undefined)).toBe('');
  });
});
