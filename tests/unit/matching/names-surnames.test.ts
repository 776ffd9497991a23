import { describe, expect, it } from 'vitest';
import { surnameOf } from '../../../lib/matching/names-context';
import { compileNames, findPeople } from '../../../lib/matching/names';
import type { NameSource } from '../../../lib/matching/types';

// Full names only, as many packs give them: surnames are derived.
const PEOPLE: NameSource[] = [
  { id: 'putin', name: 'Vladimir Putin', aliases: ['Владимир Путин'] },
  { id: 'obriain', name: 'Siobhán Ó Briain', aliases: [] },
  { id: 'dvorak', name: 'Tomáš Dvořák', aliases: [] },
  { id: 'anna', name: 'Anna Marek', aliases: [] },
  { id: 'petr', name: 'Petr Marek', aliases: ['Marek'] },
];
const dict = compileNames(PEOPLE);
const ids = (text: string, mentioned?: Set<string>) =>
  findPeople(dict, text, mentioned).map((m) => [m.surface, m.personIds]);

describe('surnameOf', () => {
  it('takes the last word, with its particles and without generational suffixes', () => {
    expect(surnameOf('vladimir putin')).toBe('putin');
    expect(surnameOf('siobhan o briain')).toBe('o briain');
    expect(surnameOf('abu bakr al baghdadi')).toBe('al baghdadi');
    expect(surnameOf('ludwig van der berg')).toBe('van der berg');
    expect(surnameOf('martin luther king jr')).toBe('king');
  });

  it('gives nothing for one word, a leading particle alone or a too-short last word', () => {
    expect(surnameOf('madonna')).toBeUndefined();
    expect(surnameOf('kim jong un')).toBeUndefined();
    expect(surnameOf('al gore')).toBe('gore');
  });
});

describe('derived surnames', () => {
  it('name a person named in full on the same page, before or after the full name', () => {
    expect(ids('Putin warns. Vladimir Putin said on Monday that Putin would go.')).toEqual([
      ['Putin', ['putin']],
      ['Vladimir Putin', ['putin']],
      ['Putin', ['putin']],
    ]);
    expect(ids('Владимир Путин заявил. Путину ответили.')).toEqual([
      ['Владимир Путин', ['putin']],
      ['Путину', ['putin']],
    ]);
  });

  it('name nobody when the person is not named in full', () => {
    expect(ids('Putin said on Monday.')).toEqual([]);
  });

  it('keep particles and fold diacritics', () => {
    expect(ids('Siobhán Ó Briain spoke; O Briain added that Ó BRIAIN agreed.')).toEqual([
      ['Siobhán Ó Briain', ['obriain']],
      ['O Briain', ['obriain']],
      ['Ó BRIAIN', ['obriain']],
    ]);
  });

  it('follow the one-word rules', () => {
    expect(ids('Tomáš Dvořák met Karel Dvořák; a dvořák; DVORAK said.')).toEqual([
      ['Tomáš Dvořák', ['dvorak']],
      ['DVORAK', ['dvorak']],
    ]);
  });

  it('add to, never replace, an explicit owner of the same word', () => {
    expect(ids('Marek said.')).toEqual([['Marek', ['petr']]]);
    expect(ids('Anna Marek spoke. Then Marek said.')).toEqual([
      ['Anna Marek', ['anna']],
      ['Marek', ['petr', 'anna']],
    ]);
  });

  it('carry mentions from one slice of a page to the next through `mentioned`', () => {
    const mentioned = new Set<string>();
    expect(ids('Vladimir Putin said.', mentioned)).toEqual([['Vladimir Putin', ['putin']]]);
    expect(mentioned).toEqual(new Set(['putin']));
    expect(ids('Later Putin added.', mentioned)).toEqual([['Putin', ['putin']]]);
    expect(ids('Later Putin added.')).toEqual([]);
  });

  it('are not learnt from ambiguous mentions', () => {
    const d = compileNames([
      { id: 'a', name: 'Anna Marek', aliases: ['Marek'] },
      { id: 'p', name: 'Petr Novak', aliases: ['Marek'] },
    ]);
    expect(findPeople(d, 'Marek said. Novak said.').map((m) => m.personIds)).toEqual([['a', 'p']]);
  });
});
