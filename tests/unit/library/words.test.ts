import { describe, expect, it } from 'vitest';
import { plainEditError } from '@/lib/db/library';
import { createPerson, createSource, createStatement } from '@/lib/db/edit';
import { freshDb } from '../db/helpers';

const errorOf = (r: { ok: boolean; error?: string }) => (r.ok ? '' : plainEditError(r.error!));

describe('plainEditError', () => {
  it('drops the pack record name and says which field, in words', async () => {
    const db = await freshDb();
    expect(errorOf(await createPerson(db, { name: ' ' }))).toBe('The name must not be empty.');
    expect(errorOf(await createPerson(db, { name: 'A', aliases: ['B', ''] }))).toBe('Other name 2 must not be empty.');
    expect(errorOf(await createSource(db, { domain: 'http://x.com/' }))).toMatch(/^The site must be a host name like "example.org"/);
  });
  it('keeps one sentence per problem', async () => {
    const db = await freshDb();
    const lines = errorOf(await createStatement(db, { text: 'x', date: 'June', sourceUrl: 'nope' })).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^The date must be a date written YYYY/);
    expect(lines[1]).toMatch(/^The source address must be a full web address/);
  });
  it('leaves a message that names no field alone, as a sentence', () => {
    expect(plainEditError('That record no longer exists.')).toBe('That record no longer exists.');
  });
});
