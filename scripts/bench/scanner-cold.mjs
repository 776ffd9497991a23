// The scanner as a reader meets it: every measurement on a freshly loaded page,
// so neither the page's DOM wrappers nor our code have been warmed by an earlier
// run. The dictionaries arrive as plain data, as they do from the background,
// so building the lookup tables is part of the first scan too. The floor is
// measured the same way, on its own fresh page.

import { median } from './stats.mjs';

/**
 * Medians over `runs` fresh loads of `url`: the floor, our scan of names only and
 * our scan with claims. `open(url)` must return a page with the bench bundle injected.
 */
export async function measureCold(open, url, data, runs) {
  const floor = [];
  const names = [];
  const claims = [];
  for (let i = 0; i < runs; i++) {
    for (const kind of ['floor', 'names', 'claims']) {
      const page = await open(url);
      try {
        if (kind === 'floor') {
          floor.push((await page.evaluate(() => globalThis.__bench.floor())).ms);
          continue;
        }
        await page.evaluate((d) => globalThis.__bench.setDictionaries(d), data);
        const options = { withClaims: kind === 'claims', rangeKind: 'static', checkVisibility: true };
        const result = await page.evaluate((o) => globalThis.__bench.scan(o), options);
        (kind === 'names' ? names : claims).push(result);
      } finally {
        await page.close();
      }
    }
  }
  const pick = (list, key) => median(list.map((r) => r[key]));
  return {
    floor: median(floor),
    names: { work: pick(names, 'workMs'), extract: pick(names, 'extractMs'), match: pick(names, 'matchMs'), place: pick(names, 'placeMs'), highlight: pick(names, 'highlightMs'), longest: Math.max(...names.map((r) => r.longestMs)) },
    claims: { work: pick(claims, 'workMs'), longest: Math.max(...claims.map((r) => r.longestMs)) },
    people: names[0].people,
    claimCount: claims[0].claims,
    textLength: names[0].textLength,
  };
}
