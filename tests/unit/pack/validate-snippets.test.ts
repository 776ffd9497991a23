// The `snippets` list of a backup (docs/pack-format.md, "Backstory extension"): its checks,
// cleaning, references and duplicates, reported like every other list.
import { describe, expect, it } from 'vitest';
import { formatIssue, validatePack } from '../../../lib/pack/validate';

const pack = (fields: Record<string, unknown>) => ({ format: 'backstory-pack', version: 1, ...fields });

const FULL = {
  id: 's1',
  text: 'Zamir Kabulov, who is serving in the region since Soviet era',
  url: 'https://example.org/a?utm=1',
  canonicalUrl: 'https://example.org/a',
  title: 'Envoy speaks',
  site: 'example.org',
  publishedDate: '2020-12-18',
  savedAt: 1_700_000_000_000,
  updatedAt: 1_700_000_500_000,
  anchor: { exact: 'Zamir Kabulov', prefix: ' said ', suffix: ', who ', start: 10, end: 23 },
  personId: 'zamir-kabulov',
  claimIds: ['helicopters'],
  note: 'Compare with 2017.',
  tags: ['envoy'],
};
const PERSON = { id: 'zamir-kabulov', name: 'Zamir Kabulov' };
const CLAIM = { id: 'helicopters', text: 'Unmarked helicopters' };

const { suffix: _suffix, ...ANCHOR_WITHOUT_SUFFIX } = FULL.anchor;

/** The reader-facing lines for a pack holding one snippet: FULL with `changes` applied (undefined removes a field). */
function problems(changes: Record<string, unknown>): string[] {
  const snippet = Object.fromEntries(Object.entries({ ...FULL, ...changes }).filter(([, value]) => value !== undefined));
  const result = validatePack(pack({ people: [PERSON], claims: [CLAIM], snippets: [snippet] }));
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('snippets in a pack', () => {
  it('accepts a full record unchanged, keeping the spaces of its anchor', () => {
    const result = validatePack(pack({ people: [PERSON], claims: [CLAIM], snippets: [FULL] }));
    expect(result.ok && result.pack.snippets).toEqual([FULL]);
  });

  it('accepts a record with only id, text and url, and a pack of snippets alone is not called empty', () => {
    const result = validatePack(pack({ snippets: [{ id: ' s2 ', text: ' Quote ', url: 'http://example.org/', note: '', title: null }] }));
    expect(result).toEqual({ ok: true, pack: pack({ snippets: [{ id: 's2', text: 'Quote', url: 'http://example.org/' }] }), warnings: [] });
  });

  it.each([
    ['id', { id: undefined }, 'snippets[0]: field "id" is required'],
    ['text', { text: '  ' }, 'snippets[0] (id "s1"): field "text" must not be empty'],
    ['url', { url: undefined }, 'snippets[0] (id "s1"): field "url" is required'],
    ['url', { url: 'javascript:alert(1)' }, 'snippets[0] (id "s1"): field "url" must be a web address starting with http:// or https://; "javascript:" addresses are refused'],
    ['canonicalUrl', { canonicalUrl: 'example.org/a' }, 'snippets[0] (id "s1"): field "canonicalUrl" must be a full web address starting with http:// or https:// (found the text "example.org/a")'],
    ['title', { title: 't'.repeat(20_001) }, 'snippets[0] (id "s1"): field "title" must be at most 20000 characters (found 20001)'],
    ['site', { site: 7 }, 'snippets[0] (id "s1"): field "site" must be text (found the number 7)'],
    ['publishedDate', { publishedDate: '18.12.2020' }, 'snippets[0] (id "s1"): field "publishedDate" must be a date written YYYY, YYYY-MM or YYYY-MM-DD (found "18.12.2020")'],
    ['savedAt', { savedAt: -1 }, 'snippets[0] (id "s1"): field "savedAt" must not be negative (found the number -1)'],
    ['updatedAt', { updatedAt: '2020-12-18' }, 'snippets[0] (id "s1"): field "updatedAt" must be a number of milliseconds since 1970 (found the text "2020-12-18")'],
    ['updatedAt', { updatedAt: Infinity }, 'snippets[0] (id "s1"): field "updatedAt" must be a finite number (found the number Infinity)'],
    ['anchor', { anchor: 'Zamir' }, 'snippets[0] (id "s1"): field "anchor" must be a record in braces {…} (found the text "Zamir")'],
    ['anchor.suffix', { anchor: ANCHOR_WITHOUT_SUFFIX }, 'snippets[0] (id "s1"): field "anchor.suffix" is required'],
    ['anchor.prefix', { anchor: { ...FULL.anchor, prefix: 3 } }, 'snippets[0] (id "s1"): field "anchor.prefix" must be text (found the number 3)'],
    ['anchor.start', { anchor: { ...FULL.anchor, start: -4 } }, 'snippets[0] (id "s1"): field "anchor.start" must be a whole number, 0 or more (found the number -4)'],
    ['anchor.end', { anchor: { ...FULL.anchor, end: 2.5 } }, 'snippets[0] (id "s1"): field "anchor.end" must be a whole number, 0 or more (found the number 2.5)'],
    ['personId', { personId: '' }, 'snippets[0] (id "s1"): field "personId" must not be empty'],
    ['claimIds', { claimIds: 'helicopters' }, 'snippets[0] (id "s1"): field "claimIds" must be a list of texts (found the text "helicopters")'],
    ['note', { note: 'n'.repeat(20_001) }, 'snippets[0] (id "s1"): field "note" must be at most 20000 characters (found 20001)'],
    ['tags', { tags: ['t'.repeat(20_001)] }, 'snippets[0] (id "s1"): field "tags[0]" must be at most 20000 characters (found 20001)'],
  ])('refuses a bad %s and names it', (_field, changes, message) => {
    expect(problems(changes)).toEqual([message]);
  });

  it('checks personId and claimIds against the pack and what is stored, like statements', () => {
    const snippet = { ...FULL, personId: 'nobody', claimIds: ['helicopters', 'no-claim'] };
    const result = validatePack(pack({ claims: [CLAIM], snippets: [snippet] }));
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
      'snippets[0] (id "s1"): field "personId" refers to person "nobody", who is neither in this pack nor already stored',
      'snippets[0] (id "s1"): field "claimIds[1]" refers to claim "no-claim", which is neither in this pack nor already stored',
    ]);
    const known = { personIds: new Set(['nobody']), claimIds: new Set(['no-claim']) };
    expect(validatePack(pack({ claims: [CLAIM], snippets: [snippet] }), known).ok).toBe(true);
  });

  it('refuses a repeated id, naming both records', () => {
    const result = validatePack(pack({ snippets: [{ id: 'a', text: 'One', url: 'https://e.org/' }, { id: 'a ', text: 'Two', url: 'https://e.org/' }] }));
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual(['snippets[1] (id "a"): field "id" repeats the id of snippets[0]; ids must be unique']);
  });

  it('refuses a snippets value that is not a list', () => {
    const result = validatePack(pack({ snippets: { id: 's1' } }));
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual(['snippets: must be a list of records in brackets […] (found an object)']);
  });
});
