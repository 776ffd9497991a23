import { describe, expect, it } from 'vitest';
import { compileNames, findPeople } from '../../../lib/matching/names';
import type { NameSource } from '../../../lib/matching/types';

const PEOPLE: NameSource[] = [
  { id: 'kabulov', name: 'Zamir Kabulov', aliases: ['Kabulov'] },
  { id: 'putin', name: 'Vladimir Putin', aliases: ['Putin'] },
  { id: 'shoigu', name: 'Sergei Shoigu', aliases: ['Shoigu'] },
  { id: 'anna', name: 'Anna Marek', aliases: [] },
  { id: 'petr', name: 'Petr Marek', aliases: ['Marek'] },
];
const dict = compileNames(PEOPLE);

const ids = (text: string, d = dict) => findPeople(d, text).map((m) => [m.surface, m.personIds]);

describe('a bare surname after another capitalised word', () => {
  it('is dropped after an unknown given name', () => {
    expect(ids('Yesterday Karel Marek visited Prague.')).toEqual([]);
    expect(ids('Karel Marek visited Prague.')).toEqual([]);
    expect(ids('KAREL MAREK VISITED')).toEqual([]);
  });

  it('is dropped after a given name that belongs to somebody else', () => {
    expect(ids('Anna Kabulov visited.')).toEqual([]);
  });

  it.each([
    ['President Putin said', 'Putin'],
    ['Russian President Putin said', 'Putin'],
    ['Defence Minister Shoigu said', 'Shoigu'],
    ['Mr Kabulov said', 'Kabulov'],
    ['Mr. Kabulov said', 'Kabulov'],
    ['Gen. Shoigu said', 'Shoigu'],
    ['Ambassador Kabulov said', 'Kabulov'],
    ["Russia's Kabulov said", 'Kabulov'],
    ['Russia’s Kabulov said', 'Kabulov'],
    ['But Kabulov said', 'Kabulov'],
    ['On Monday Kabulov said', 'Kabulov'],
    ['The Kremlin envoy Kabulov said', 'Kabulov'],
    ['Moscow, Kabulov said', 'Kabulov'],
    ['Kabulov said', 'Kabulov'],
    ['“Kabulov said', 'Kabulov'],
    ['Asked whether Kabulov agreed', 'Kabulov'],
    ['Встреча. Кабулов заявил', 'Кабулов'],
    ['Посол Кабулов заявил', 'Кабулов'],
  ])('stands in %j', (text, surface) => {
    const d = compileNames([...PEOPLE, { id: 'kabulov', name: 'Замир Кабулов', aliases: ['Кабулов'] }]);
    expect(findPeople(d, text).map((m) => m.surface)).toEqual([surface]);
  });

  it('stands after a patronymic when the given name is the person’s own', () => {
    expect(ids('Vladimir Vladimirovich Putin said')).toEqual([['Putin', ['putin']]]);
  });

  it('stands after another spelling of the person’s given name', () => {
    expect(ids('Sergej Shoigu said')).toEqual([['Shoigu', ['shoigu']]]);
    expect(ids('Serena Shoigu said')).toEqual([]);
  });

  it('is dropped after a lone unknown patronymic', () => {
    expect(ids('Ivan Petrovich Putin said')).toEqual([]);
  });

  it('narrows an ambiguous surname to the owner of the given name or initial', () => {
    const d = compileNames([
      { id: 'anna', name: 'Anna Marek', aliases: ['Marek'] },
      { id: 'petr', name: 'Petr Marek', aliases: ['Marek'] },
    ]);
    expect(ids('Petr Pavel Marek said', d)).toEqual([['Marek', ['petr']]]);
    expect(ids('A. Marek said', d)).toEqual([['Marek', ['anna']]]);
    expect(ids('K. Marek said', d)).toEqual([]);
    expect(ids('M. Marek said', d)).toEqual([]);
    expect(ids('Dr Marek said', d)).toEqual([['Marek', ['anna', 'petr']]]);
  });

  it('does not apply to names of two or more words', () => {
    expect(ids('Karel Zamir Kabulov')).toEqual([['Zamir Kabulov', ['kabulov']]]);
  });
});
