/** Shared test seams: a fresh in-memory database per test, a full dump for before/after comparisons, sample data. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { BackstoryDB, LIBRARY_REVISION_KEY } from '../../../lib/db/schema';
import type { NewSnippet } from '../../../lib/db/queries';

let counter = 0;

/** A new, opened database on its own fake IndexedDB, so tests never share state. */
export async function freshDb(): Promise<BackstoryDB> {
  const db = new BackstoryDB(`test-${++counter}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  return db;
}

/** Every row of every table, for "nothing changed" assertions. */
export async function dump(db: BackstoryDB): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  // The library-revision stamp moves on every committed write by design (a write and its undo
  // are two writes); what the reader stored is everything else.
  out.meta = (out.meta ?? []).filter((row) => (row as { key: string }).key !== LIBRARY_REVISION_KEY);
  return out;
}

/** A small but complete pack: people (one with diacritics), claims, statements with and without ids, sources. */
export function samplePack() {
  return {
    format: 'backstory-pack',
    version: 1,
    title: 'Sample',
    people: [
      { id: 'zamir-kabulov', name: 'Zamir Kabulov', aliases: ['Kabulov', 'Замир Кабулов'], role: 'Envoy', summary: 'Pack summary.' },
      { id: 'sergei-shoigu', name: 'Sergei Shoïgu', aliases: ['Shoïgu'], homepage: 'https://example.org/shoigu' },
      { id: 'antonin-dvorak', name: 'Antonín Dvořák' },
    ],
    claims: [
      { id: 'unmarked-helicopters', text: 'Unmarked helicopters are ferrying ISIS fighters into northern Afghanistan', variants: ['Helicopters without insignia deliver weapons'], verdict: 'unverified' },
      { id: 'bio-labs', text: 'Secret biological laboratories operate near the border' },
    ],
    statements: [
      { id: 'st-1', personId: 'zamir-kabulov', text: 'Unidentified helicopters fly at night.', date: '2017-12', claimIds: ['unmarked-helicopters'] },
      { personId: 'zamir-kabulov', text: 'Helicopters again, in the north.', date: '2020-04', sourceUrl: 'https://example.org/a', claimIds: ['unmarked-helicopters'] },
      { personId: 'sergei-shoigu', text: 'The laboratories are a threat.', date: '2022-03-10', claimIds: ['bio-labs'], confidence: 0.4 },
    ],
    sources: [{ domain: 'example.org', name: 'Example', note: 'State-affiliated.', tags: ['state-affiliated'] }],
  };
}

/** A snippet as the content script would send it. */
export function sampleSnippet(overrides: Partial<NewSnippet> = {}): NewSnippet {
  return {
    text: 'Kabulov said the helicopters had no markings.',
    url: 'https://news.example.com/a?utm=1',
    canonicalUrl: 'https://news.example.com/a',
    title: 'Envoy speaks',
    site: 'news.example.com',
    anchor: { exact: 'Kabulov said', prefix: '', suffix: ' the', start: 0, end: 12 },
    ...overrides,
  };
}

/** Unwraps a Result in a test, failing loudly with its message. */
export function must<T>(r: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!r.ok) throw new Error(`expected ok, got: ${r.error}`);
  return r.value;
}
