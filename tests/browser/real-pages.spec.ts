// @pages real-pages
// The scanner over each saved real page (tests/fixtures/real-pages): no errors,
// finds the politicians the page visibly names, leaves the DOM as it was.
// Timings are printed, never asserted.
import type { NameSource } from '../../lib/matching/types';
import { highlightName } from '../../lib/page/highlights';
import { assert, assertEqual, test } from './harness';
import { namesMatcher, startScanner } from './fixtures';

const POLITICIANS: NameSource[] = [
  { id: 'obama', name: 'Barack Obama', aliases: ['Obama', 'Barack Hussein Obama'] },
  { id: 'trump', name: 'Donald Trump', aliases: ['Trump', 'Donald J. Trump'] },
  { id: 'netanyahu', name: 'Benjamin Netanyahu', aliases: ['Netanyahu', 'Bibi Netanyahu'] },
  { id: 'clinton', name: 'Hillary Clinton', aliases: ['Hillary Rodham Clinton'] },
  { id: 'putin', name: 'Vladimir Putin', aliases: ['Putin'] },
  { id: 'merkel', name: 'Angela Merkel', aliases: ['Merkel'] },
  { id: 'macron', name: 'Emmanuel Macron', aliases: ['Macron'] },
  { id: 'hollande', name: 'François Hollande', aliases: ['Hollande'] },
  { id: 'rousseff', name: 'Dilma Rousseff', aliases: ['Dilma'] },
  { id: 'sanders', name: 'Bernie Sanders', aliases: [] },
];
const SURNAMES = /\b(Obama|Trump|Netanyahu|Putin|Merkel|Macron|Hollande)\b/;

test('scans without errors, finds visible names, leaves the DOM unchanged', async () => {
  const before = document.body.innerHTML;
  const probe = startScanner({ matchers: [namesMatcher(POLITICIANS)], waitForIdle: true });
  const result = await probe.next();
  const registered = CSS.highlights.get(highlightName('person'))?.size ?? 0;
  probe.scanner.destroy();
  assertEqual(probe.errors.map(String), [], 'errors');
  assert(document.body.innerHTML === before, 'body markup changed');
  assertEqual(registered, result.matches.length, 'ranges registered');
  const named = SURNAMES.exec(document.body.innerText);
  if (named) assert(result.matches.length > 0, `page shows "${named[0]}" yet nothing was found`);
  for (const m of result.matches) assert(!/\u2029/.test(m.text), `a match crosses a block: "${m.text}"`);
  const s = result.stats;
  const top = Object.entries(result.people)
    .sort((a, b) => b[1] - a[1])
    .map(([id, n]) => `${id}:${n}`)
    .join(' ');
  return (
    `${s.textLength} chars, ${s.textNodes} nodes, ${result.matches.length} matches [${top}]; ` +
    `extract ${s.extractMs.toFixed(1)} ms, match ${s.matchMs.toFixed(1)} ms, total ${s.totalMs.toFixed(1)} ms, ` +
    `longest task of ours ${s.longestMs.toFixed(1)} ms over ${s.slices} slices`
  );
});
