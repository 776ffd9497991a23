import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileNames, findPeople } from '../../../lib/matching/names';
import { BLOCK_BREAK, type NameSource } from '../../../lib/matching/types';

const root = new URL('../../../', import.meta.url);
const pack = JSON.parse(readFileSync(new URL('lib/pack/default-pack.json', root), 'utf8')) as { people: NameSource[] };
const pages = (JSON.parse(readFileSync(new URL('tests/fixtures/pages/index.json', root), 'utf8')) as { page: string }[]).map(
  (entry) => entry.page,
);
const dict = compileNames(pack.people);

/** A rough stand-in for lib/page's flattening: block elements become BLOCK_BREAK, other tags vanish. */
function flatten(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<\/?(p|div|li|h\d|br|td|tr|header|footer|aside|section|article|blockquote|ul|ol|nav|main)\b[^>]*>/gi, BLOCK_BREAK)
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, '\u00A0')
    .replace(/&amp;/g, '&');
}

const texts = pages.map((page) => [page, flatten(readFileSync(new URL(`tests/fixtures/pages/${page}`, root), 'utf8'))] as const);

describe('findPeople on saved news pages with the default pack', () => {
  it.each(texts)('finds every written multi-word name (or a longer one around it) in %s', (_page, text) => {
    const matches = findPeople(dict, text);
    for (const person of pack.people) {
      for (const alias of [person.name, ...person.aliases].filter((a) => a.includes(' '))) {
        for (let at = text.indexOf(alias); at >= 0; at = text.indexOf(alias, at + 1)) {
          const covering = matches.find((m) => m.start <= at && m.end >= at + alias.length);
          expect(covering?.personIds, `${alias} at ${at}`).toEqual([person.id]);
        }
      }
    }
    for (const m of matches) expect(m.surface.includes(BLOCK_BREAK)).toBe(false);
  });

  it('finds the bare surname in “Uzbek-born Kabulov” and after quotes', () => {
    const text = texts.find(([page]) => page.startsWith('kabul-ledger'))?.[1] ?? '';
    const upToEnds = findPeople(dict, text).map((m) => text.slice(0, m.end));
    expect(upToEnds.some((s) => s.endsWith('Uzbek-born Kabulov'))).toBe(true);
    expect(upToEnds.some((s) => s.endsWith('” Kabulov'))).toBe(true);
  });

  it('finds nobody on a page that names none of the pack’s people', () => {
    const text = texts.find(([page]) => page.startsWith('steppe-herald'))?.[1] ?? '';
    expect(text.length).toBeGreaterThan(1000);
    expect(findPeople(dict, text)).toEqual([]);
  });
});
