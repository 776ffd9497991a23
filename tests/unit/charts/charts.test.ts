import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutBySite, layoutTimeline, linearScale, OTHER_SITES, partialDateTime, timeTicks } from '@/lib/charts';

describe('partialDateTime', () => {
  it('places partial dates in the middle of the period they name', () => {
    expect(partialDateTime('2021')).toBe(Date.UTC(2021, 6, 1));
    expect(partialDateTime('2021-06')).toBe(Date.UTC(2021, 5, 15));
    expect(partialDateTime('2021-06-03')).toBe(Date.UTC(2021, 5, 3, 12));
  });
  it('refuses what is not a date', () => {
    expect(partialDateTime(undefined)).toBeNull();
    expect(partialDateTime('June 2021')).toBeNull();
    expect(partialDateTime('2021-13')).toBeNull();
  });
  it('keeps order: a year, its months and days sort as dates do', () => {
    const dates = ['2019', '2020-01', '2020-01-20', '2020-02-01', '2021-12'];
    const times = dates.map((d) => partialDateTime(d)!);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });
});

describe('linearScale', () => {
  it('maps the ends of the domain to the ends of the range', () => {
    const s = linearScale([10, 20], [100, 200]);
    expect(s(10)).toBe(100);
    expect(s(20)).toBe(200);
    expect(s(15)).toBe(150);
  });
  it('puts everything in the middle when the domain is one point', () => {
    expect(linearScale([5, 5], [0, 100])(5)).toBe(50);
  });
});

describe('timeTicks', () => {
  it('uses years for long spans, within the span and at most the number asked for', () => {
    const start = Date.UTC(2003, 4, 1);
    const end = Date.UTC(2024, 2, 1);
    const ticks = timeTicks(start, end, 6);
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks.length).toBeLessThanOrEqual(6);
    for (const t of ticks) {
      expect(t.time).toBeGreaterThanOrEqual(start);
      expect(t.time).toBeLessThanOrEqual(end);
      expect(t.label).toMatch(/^\d{4}$/);
    }
    expect(ticks.map((t) => Number(t.label) % 5)).toEqual(ticks.map(() => 0));
  });
  it('uses months for spans under a year', () => {
    const ticks = timeTicks(Date.UTC(2021, 0, 10), Date.UTC(2021, 4, 20), 6);
    expect(ticks.map((t) => t.label)).toEqual(['Feb 2021', 'Mar 2021', 'Apr 2021', 'May 2021']);
  });
  it('labels months across a year boundary with the right year', () => {
    const ticks = timeTicks(Date.UTC(2020, 10, 1), Date.UTC(2021, 1, 1), 6);
    expect(ticks.map((t) => t.label)).toEqual(['Nov 2020', 'Dec 2020', 'Jan 2021', 'Feb 2021']);
  });
  it('never exceeds the limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000_000_000 }), fc.integer({ min: 0, max: 2_000_000_000_000 }), fc.integer({ min: 1, max: 12 }), (a, b, n) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        expect(timeTicks(start, end, n).length).toBeLessThanOrEqual(n);
      }),
    );
  });
});

const day = (d: string) => Date.parse(`${d}T12:00:00Z`);

describe('layoutTimeline', () => {
  it('orders dots left to right by time and keeps them inside the chart', () => {
    const items = [
      { id: 'b', time: day('2021-06-01'), label: 'b' },
      { id: 'a', time: day('2019-01-01'), label: 'a' },
      { id: 'c', time: day('2023-03-01'), label: 'c' },
    ];
    const layout = layoutTimeline(items, { width: 400 });
    const x = Object.fromEntries(layout.dots.map((d) => [d.id, d.x]));
    expect(x.a).toBeLessThan(x.b!);
    expect(x.b).toBeLessThan(x.c!);
    for (const d of layout.dots) {
      expect(d.x).toBeGreaterThanOrEqual(0);
      expect(d.x).toBeLessThanOrEqual(400);
      expect(d.y).toBeLessThan(layout.axisY);
    }
    expect(layout.ticks.length).toBeGreaterThan(0);
  });
  it('stacks dots on the same day instead of drawing them on top of each other', () => {
    const same = ['x', 'y', 'z'].map((id) => ({ id, time: day('2022-02-02'), label: id }));
    const layout = layoutTimeline(same, { width: 300, radius: 4 });
    expect(new Set(layout.dots.map((d) => d.x)).size).toBe(1);
    expect(new Set(layout.dots.map((d) => d.y)).size).toBe(3);
  });
  it('no dots overlap, whatever the dates', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4000 }), { minLength: 1, maxLength: 40 }), (days) => {
        const r = 5;
        const layout = layoutTimeline(days.map((d, i) => ({ id: String(i), time: d * 86_400_000, label: '' })), { width: 360, radius: r });
        for (const a of layout.dots) {
          for (const b of layout.dots) {
            if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(2 * r);
          }
        }
      }),
    );
  });
  it('gives an empty picture for no items', () => {
    expect(layoutTimeline([], { width: 300 }).dots).toEqual([]);
  });
});

describe('layoutBySite', () => {
  const seen = (site: string, date: string, id = `${site}-${date}`) => ({ id, site, time: day(date), label: `${site} ${date}` });

  it('gives each site a row, busiest first, and puts each dot on its site’s row', () => {
    const items = [seen('a.com', '2021-01-01'), seen('b.org', '2021-02-01'), seen('b.org', '2021-03-01')];
    const layout = layoutBySite(items, { width: 500, left: 120 });
    expect(layout.rows.map((r) => [r.site, r.count])).toEqual([
      ['b.org', 2],
      ['a.com', 1],
    ]);
    const rowY = new Map(layout.rows.map((r) => [r.site, r.y]));
    for (const dot of layout.dots) expect(dot.y).toBe(rowY.get(dot.id.split('-')[0]!));
    for (const dot of layout.dots) expect(dot.x).toBeGreaterThan(120);
  });
  it('folds the quietest sites into one "other sites" row', () => {
    const items = ['a', 'b', 'c', 'd', 'e'].map((s, i) => seen(`${s}.com`, `202${i}-01-01`));
    const layout = layoutBySite([...items, seen('a.com', '2024-05-05')], { width: 400 }, 3);
    expect(layout.rows).toHaveLength(3);
    expect(layout.rows[0]).toMatchObject({ site: 'a.com', count: 2 });
    expect(layout.rows[2]).toMatchObject({ site: OTHER_SITES, count: 3 });
    expect(layout.dots).toHaveLength(6);
  });
});
