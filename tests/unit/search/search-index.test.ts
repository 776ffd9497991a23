import { describe, expect, it } from 'vitest';
import { SearchIndex, claimDoc, foldText, personDoc, snippetDoc, statementDoc } from '../../../lib/search';
import type { Claim, Person, Snippet, Statement } from '../../../lib/types';

const origin = { kind: 'pack', packId: 'p' } as const;
const person = (id: string, name: string, aliases: string[] = []): Person => ({ id, name, aliases, origin, updatedAt: 0 });
const claim = (id: string, text: string): Claim => ({ id, text, variants: [], origin, updatedAt: 0 });
const statement = (id: string, text: string): Statement => ({ id, text, claimIds: [], origin, updatedAt: 0 });
const snippet = (id: string, text: string, note = ''): Snippet => ({
  id, text, note, url: 'u', canonicalUrl: 'u', title: 'A page', site: 'example.org', savedAt: 0, updatedAt: 0,
  anchor: { exact: text, prefix: '', suffix: '', start: 0, end: text.length }, claimIds: [], tags: [],
});

function sampleIndex(): SearchIndex {
  const index = new SearchIndex();
  index.upsertAll([
    personDoc(person('kabulov', 'Zamir Kabulov', ['Замир Кабулов'])),
    personDoc(person('shoigu', 'Sergei Shoïgu')),
    personDoc(person('dvorak', 'Antonín Dvořák')),
    claimDoc(claim('helis', 'Unmarked helicopters are ferrying fighters into northern Afghanistan')),
    statementDoc(statement('st1', 'Kabul will not tolerate foreign bases.')),
    snippetDoc(snippet('sn1', 'The envoy repeated the helicopter story.', 'ask the desk')),
  ]);
  return index;
}
const ids = (hits: { kind: string; id: string }[]) => hits.map((h) => `${h.kind}:${h.id}`);

describe('foldText', () => {
  it('folds case and diacritics, including letters NFKD leaves alone', () => {
    expect(foldText('Shoïgu Dvořák Łukasz Søren Straße')).toBe('shoigu dvorak lukasz soren strasse');
  });
});

describe('SearchIndex', () => {
  it('matches across diacritics in both directions', () => {
    const index = sampleIndex();
    expect(ids(index.search('Shoigu'))).toContain('person:shoigu');
    expect(ids(index.search('Dvorak'))).toContain('person:dvorak');
    expect(ids(index.search('Dvořák'))).toContain('person:dvorak');
  });

  it('matches prefixes: "Kabul" finds Kabulov as well as the word Kabul', () => {
    const found = ids(sampleIndex().search('Kabul'));
    expect(found).toEqual(expect.arrayContaining(['person:kabulov', 'statement:st1']));
  });

  it('tolerates a typo in a long word', () => {
    expect(ids(sampleIndex().search('helicopetrs'))).toContain('claim:helis');
  });

  it('finds other scripts and the reader’s notes', () => {
    const index = sampleIndex();
    expect(ids(index.search('Кабулов'))).toEqual(['person:kabulov']);
    expect(ids(index.search('desk'))).toEqual(['snippet:sn1']);
  });

  it('requires every word when some result has them all, else falls back to any word', () => {
    const index = sampleIndex();
    expect(ids(index.search('helicopters Afghanistan'))).toEqual(['claim:helis']);
    expect(ids(index.search('Afghanistan zzzzqqq'))).toEqual(['claim:helis']);
  });

  it('filters by kind and limits', () => {
    const index = sampleIndex();
    expect(index.search('helicopter', { kinds: ['snippet'] }).map((h) => h.kind)).toEqual(['snippet']);
    expect(index.search('helicopter', { limit: 1 })).toHaveLength(1);
  });

  it('updates and removes documents, and clears one kind', () => {
    const index = sampleIndex();
    index.upsert(personDoc(person('shoigu', 'Sergei Shoigu', ['Minister of Defence'])));
    expect(ids(index.search('Defence'))).toEqual(['person:shoigu']);
    expect(index.size).toBe(6);
    index.remove('person', 'shoigu');
    expect(index.search('Shoigu')).toEqual([]);
    index.clear('person');
    expect(index.search('Kabulov', { kinds: ['person'] })).toEqual([]);
    expect(ids(index.search('desk'))).toEqual(['snippet:sn1']);
    expect(index.size).toBe(3);
  });

  it('returns a label to display with each hit', () => {
    const [hit] = sampleIndex().search('Dvorak');
    expect(hit).toMatchObject({ kind: 'person', id: 'dvorak', label: 'Antonín Dvořák' });
    expect(hit?.score).toBeGreaterThan(0);
  });
});
