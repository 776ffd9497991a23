import { describe, expect, it } from 'vitest';
import { surnameOf } from '../../../lib/matching/names-context';
import { compileNames, findPeople } from '../../../lib/matching/names';
import { writesFamilyNameFirst } from '../../../lib/matching/names-order';
import { compileLibrary } from '../../../lib/matching/library';
import type { NameSource } from '../../../lib/matching/types';

// Full names only, as many packs give them: the family names are derived.
const PEOPLE: NameSource[] = [
  { id: 'xi', name: 'Xi Jinping', aliases: [], familyNameFirst: true },
  { id: 'wang-yi', name: 'Wang Yi', aliases: [], familyNameFirst: true },
  { id: 'moon', name: 'Moon Jae-in', aliases: [], familyNameFirst: true },
  { id: 'lee', name: 'Lee Jae-myung', aliases: [], familyNameFirst: true },
  { id: 'liang', name: 'Liang Jiahui', aliases: [], familyNameFirst: true },
  { id: 'putin', name: 'Vladimir Putin', aliases: [] },
];
const dict = compileNames(PEOPLE);
const ids = (text: string, d = dict) => findPeople(d, text).map((m) => [m.surface, m.personIds]);

describe('writesFamilyNameFirst', () => {
  it('is true for Chinese and Korean countries', () => {
    for (const country of ['CN', 'TW', 'KR', 'KP', 'cn', ' KR ']) expect(writesFamilyNameFirst(country)).toBe(true);
  });

  it('is false for countries whose names English news writes in Western order, and for none', () => {
    for (const country of ['HK', 'MO', 'JP', 'HU', 'VN', 'RU', 'US', '', 'CHN']) expect(writesFamilyNameFirst(country)).toBe(false);
    expect(writesFamilyNameFirst(undefined)).toBe(false);
  });
});

describe('surnameOf, family name first', () => {
  it('takes the first word, two letters being enough', () => {
    expect(surnameOf('xi jinping', true)).toBe('xi');
    expect(surnameOf('moon jae in', true)).toBe('moon');
    expect(surnameOf('kim jong un', true)).toBe('kim');
  });

  it('gives nothing for a two-letter last word in Western order, or a family name that is an everyday word', () => {
    expect(surnameOf('jet li')).toBeUndefined();
    expect(surnameOf('he lifeng', true)).toBeUndefined();
    expect(surnameOf('x ying', true)).toBeUndefined();
  });
});

describe('derived family names', () => {
  it('name a person named in full on the same page', () => {
    expect(ids('Xi Jinping arrived. Xi said that Xi would stay.')).toEqual([
      ['Xi Jinping', ['xi']],
      ['Xi', ['xi']],
      ['Xi', ['xi']],
    ]);
    expect(ids('Xi said on Monday.')).toEqual([]);
  });

  it('work with hyphenated given names', () => {
    expect(ids('Moon Jae-in met Lee Jae-myung. Moon said Lee agreed.')).toEqual([
      ['Moon Jae-in', ['moon']],
      ['Lee Jae-myung', ['lee']],
      ['Moon', ['moon']],
      ['Lee', ['lee']],
    ]);
  });

  it('follow titles, and stand before punctuation, lower-case or listed words and their own given names', () => {
    expect(ids('Liang Jiahui spoke. Spokesperson Liang said; Liang, who. LIANG SAID')).toEqual([
      ['Liang Jiahui', ['liang']],
      ['Liang', ['liang']],
      ['Liang', ['liang']],
      ['LIANG', ['liang']],
    ]);
    expect(ids('Moon Jae-in spoke. Moon Jae said.')).toEqual([
      ['Moon Jae-in', ['moon']],
      ['Moon', ['moon']],
    ]);
  });

  it('are still dropped after a stranger’s given name in Western order', () => {
    expect(ids('Liang Jiahui spoke. Karel Liang said.')).toEqual([['Liang Jiahui', ['liang']]]);
  });

  it('are dropped before a stranger’s given name', () => {
    expect(ids('Liang Jiahui spoke. Liang Wei said otherwise.')).toEqual([['Liang Jiahui', ['liang']]]);
    expect(ids('Wang Yi met Wang Wenbin.')).toEqual([['Wang Yi', ['wang-yi']]]);
  });

  it('are not matched in lower case', () => {
    expect(ids('Xi Jinping spoke; xi said.')).toEqual([['Xi Jinping', ['xi']]]);
  });

  it('tell Wang Yi from Wang Wenbin when both are in the library', () => {
    const d = compileNames([...PEOPLE, { id: 'wang-wenbin', name: 'Wang Wenbin', aliases: [], familyNameFirst: true }]);
    expect(ids('Wang Wenbin said Wang Yi would come. Wang agreed.', d)).toEqual([
      ['Wang Wenbin', ['wang-wenbin']],
      ['Wang Yi', ['wang-yi']],
      ['Wang', ['wang-yi', 'wang-wenbin']],
    ]);
    expect(ids('Wang Yi spoke. Wang said.', d)).toEqual([
      ['Wang Yi', ['wang-yi']],
      ['Wang', ['wang-yi']],
    ]);
  });

  it('leave Western names in the same library alone', () => {
    expect(ids('Xi Jinping met Vladimir Putin. Putin said; Jinping nodded; Vladimir Xi spoke.')).toEqual([
      ['Xi Jinping', ['xi']],
      ['Vladimir Putin', ['putin']],
      ['Putin', ['putin']],
    ]);
    expect(ids('Vladimir Putin spoke. Putin Said.')).toEqual([
      ['Vladimir Putin', ['putin']],
      ['Putin', ['putin']],
    ]);
  });

  it('are two letters long only for names written family name first', () => {
    const d = compileNames([
      { id: 'li-qiang', name: 'Li Qiang', aliases: [], familyNameFirst: true },
      { id: 'jet-li', name: 'Jet Li', aliases: [] },
    ]);
    expect(ids('Li Qiang met Jet Li. Li said.', d)).toEqual([
      ['Li Qiang', ['li-qiang']],
      ['Jet Li', ['jet-li']],
      ['Li', ['li-qiang']],
    ]);
  });
});

describe('compileLibrary', () => {
  it('reads the names of people from Chinese and Korean countries family name first', () => {
    const library = compileLibrary(
      1,
      [
        { id: 'liang', name: 'Liang Jiahui', aliases: [], country: 'CN' },
        { id: 'kishida', name: 'Fumio Kishida', aliases: [], country: 'JP' },
      ],
      [],
      [],
    );
    const found = (text: string) => findPeople(library.names, text).map((m) => m.surface);
    expect(found('Liang Jiahui said. Liang added.')).toEqual(['Liang Jiahui', 'Liang']);
    expect(found('Fumio Kishida said. Kishida added.')).toEqual(['Fumio Kishida', 'Kishida']);
  });
});
