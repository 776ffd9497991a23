import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { PackIssue } from '../../../lib/pack/format';
import { MAX_ISSUES, MAX_PACK_CHARS, formatIssue, parsePackText, validatePack } from '../../../lib/pack/validate';

const PACKS = join(__dirname, '../../fixtures/packs');
const text = (file: string) => readFileSync(join(PACKS, file), 'utf8');
const json = (file: string): Record<string, unknown> => JSON.parse(text(file));

function accepted(result: ReturnType<typeof validatePack>) {
  if (!result.ok) throw new Error(`expected the pack to be accepted, got: ${result.issues.map(formatIssue).join('; ')}`);
  return result;
}
function refused(result: ReturnType<typeof validatePack>): PackIssue[] {
  if (result.ok) throw new Error('expected the pack to be refused');
  return result.issues;
}

const pack = (fields: Record<string, unknown>) => ({ format: 'backstory-pack', version: 1, ...fields });

describe('valid packs', () => {
  it('accepts the minimal pack, warning that it is empty', () => {
    const result = accepted(parsePackText(text('valid-minimal.json')));
    expect(result.pack).toEqual({ format: 'backstory-pack', version: 1 });
    expect(result.warnings.map(formatIssue)).toEqual(['This pack holds no people, claims, statements or sources']);
  });

  it('accepts records holding only their required fields', () => {
    const result = accepted(parsePackText(text('valid-required-only.json')));
    expect(result.warnings).toEqual([]);
    expect(result.pack.statements).toEqual([{ text: 'S' }]);
  });

  it('returns an already clean pack unchanged', () => {
    expect(accepted(parsePackText(text('valid-base.json'))).pack).toEqual(json('valid-base.json'));
  });

  it('strips a byte-order mark', () => {
    expect(accepted(parsePackText(text('valid-bom.json'))).pack).toEqual(json('valid-base.json'));
  });

  it('keeps unknown fields at every level, with their values intact', () => {
    const { pack: out } = accepted(parsePackText(text('valid-unknown-fields.json')));
    expect(out.generator).toEqual({ name: 'other-tool', version: '3.2' });
    expect(out.people?.[0]).toMatchObject({ wikidata: 'Q4025950', 'x-notes': [{ lang: 'ru', text: 'дипломат' }] });
    expect(out.claims?.[0]?.firstSeen).toBe('2019-02');
    expect(out.statements?.[0]?.confidence).toBe(0.8);
    expect(out.sources?.[0]).toHaveProperty('ownership', null);
  });

  it('cleans an untidy pack: trims, drops empty optional fields, dedupes lists, normalises domains and verdicts', () => {
    const { pack: out } = accepted(parsePackText(text('valid-messy.json')));
    expect(out.title).toBe('Messy but valid');
    expect(out).not.toHaveProperty('description');
    expect(out.people).toEqual([{ id: 'zamir-kabulov', name: 'Zamir Kabulov', aliases: ['Kabulov', 'Кабулов'] }]);
    expect(out.claims).toEqual([{ id: 'c1', text: 'Claim', verdict: 'disputed' }]);
    expect(out.statements).toEqual([
      { personId: 'zamir-kabulov', text: 'Leap day.', date: '2020-02-29', claimIds: ['c1'] },
      { text: 'Year only.', date: '2021' },
    ]);
    expect(out.sources).toEqual([{ domain: 'example.org' }, { domain: 'xn--e1afmkfd.xn--p1ai' }]);
  });

  it('accepts references to people and claims that are already stored', () => {
    expect(parsePackText(text('malformed/unknown-person.json')).ok).toBe(false);
    accepted(parsePackText(text('malformed/unknown-person.json'), { personIds: new Set(['nobody']) }));
    accepted(parsePackText(text('malformed/unknown-claim.json'), { claimIds: new Set(['no-such-claim']) }));
  });
});

describe('hostile input', () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).polluted;
  });

  it('never lets __proto__, constructor or prototype keys reach Object.prototype or the output', () => {
    const hostile = `{"format":"backstory-pack","version":1,"__proto__":{"polluted":"top"},
      "people":[{"id":"p","__proto__":{"polluted":"person","name":"Injected"},"constructor":{"prototype":{"polluted":"ctor"}}}],
      "claims":[{"id":"c","text":"t","prototype":{"polluted":"claim"}}]}`;
    const issues = refused(parsePackText(hostile));
    // The name a prototype would have supplied does not count: the record still lacks one.
    expect(issues).toEqual([{ list: 'people', index: 0, id: 'p', field: 'name', message: 'is required' }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    const result = accepted(parsePackText(hostile.replace('"id":"p",', '"id":"p","name":"P",')));
    const person = result.pack.people?.[0] ?? {};
    expect(Object.getPrototypeOf(person)).toBe(Object.prototype);
    expect(Object.keys(person).sort()).toEqual(['id', 'name']);
    expect(Object.getPrototypeOf(result.pack)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.warnings.map(formatIssue)).toEqual([
      'Field "__proto__" was ignored: the name is reserved',
      'people[0] (id "p"): field "__proto__" was ignored: the name is reserved',
      'people[0] (id "p"): field "constructor" was ignored: the name is reserved',
      'claims[0] (id "c"): field "prototype" was ignored: the name is reserved',
    ]);
  });

  it('bounds text fields, however long the text', () => {
    const issues = refused(validatePack(pack({ claims: [{ id: 'c', text: 'x'.repeat(5_000_000), summary: 's'.repeat(20_001) }] })));
    expect(issues.map((issue) => [issue.field, issue.message])).toEqual([
      ['text', 'must be at most 20000 characters (found 5000000)'],
      ['summary', 'must be at most 20000 characters (found 20001)'],
    ]);
  });

  it('refuses lists longer than the record limit without checking each record', () => {
    const issues = refused(validatePack(pack({ people: new Array(100_001).fill(null) })));
    expect(issues).toEqual([{ list: 'people', message: 'has 100001 records; a pack may hold at most 100000 per list' }]);
  });

  it('refuses files too large to be a pack before parsing them', () => {
    const issues = refused(parsePackText(' '.repeat(MAX_PACK_CHARS + 1)));
    expect(issues[0]?.message).toMatch(/^This file is too large to be a pack/);
  });

  it('reports every problem across lists, in file order', () => {
    const issues = refused(
      validatePack(
        pack({
          sources: [{ domain: 'bad domain' }],
          statements: [{ text: '', date: '2020-1' }],
          people: [{ id: 'a', name: 'A', aliases: [''] }],
        }),
      ),
    );
    expect(issues.map(formatIssue)).toEqual([
      'people[0] (id "a"): field "aliases[0]" must not be empty',
      'statements[0]: field "text" must not be empty',
      'statements[0]: field "date" must be a date written YYYY, YYYY-MM or YYYY-MM-DD (found "2020-1")',
      'sources[0] (domain "bad domain"): field "domain" must be a host name like "example.org", not a web address or other text (found the text "bad domain")',
    ]);
  });

  it(`lists at most ${MAX_ISSUES} problems and counts the rest`, () => {
    const people = Array.from({ length: MAX_ISSUES + 10 }, (_, i) => ({ id: `p${i}` }));
    const issues = refused(validatePack(pack({ people })));
    expect(issues).toHaveLength(MAX_ISSUES + 1);
    expect(issues[MAX_ISSUES - 1]).toMatchObject({ index: MAX_ISSUES - 1, field: 'name' });
    expect(issues[MAX_ISSUES]?.message).toBe('…and 10 more problems not listed');
  });

  it('never throws and never pollutes prototypes, whatever JSON it is given', () => {
    const anyList = fc.oneof(fc.jsonValue(), fc.array(fc.dictionary(fc.constantFrom('id', 'name', 'text', 'domain', '__proto__', 'aliases', 'date', 'claimIds', 'personId'), fc.jsonValue())));
    fc.assert(
      fc.property(fc.jsonValue(), anyList, anyList, anyList, anyList, (top, people, claims, statements, sources) => {
        for (const input of [top, pack({ people, claims, statements, sources })]) {
          const result = parsePackText(JSON.stringify(input) ?? 'null');
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(result.issues.length).toBeLessThanOrEqual(MAX_ISSUES + 1);
        }
        expect(Object.keys(Object.prototype)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent: a cleaned pack validates to itself', () => {
    const word = fc.string({ minLength: 1, maxLength: 12 });
    const person = fc.record({ id: word, name: word, aliases: fc.array(word, { maxLength: 3 }) }, { requiredKeys: ['id', 'name'] });
    fc.assert(
      fc.property(fc.uniqueArray(person, { selector: (p) => p.id.trim(), maxLength: 5 }), fc.constantFrom('2020', '2020-02', '2020-02-29'), (people, date) => {
        const first = validatePack(pack({ people, statements: [{ text: 'said', date }] }));
        fc.pre(first.ok);
        if (!first.ok) return;
        expect(accepted(validatePack(first.pack)).pack).toEqual(first.pack);
      }),
      { numRuns: 200 },
    );
  });
});

describe('formatIssue', () => {
  it('names list, index, id and field in reader-facing words', () => {
    expect(formatIssue({ list: 'people', index: 3, id: 'x', field: 'name', message: 'is required' })).toBe('people[3] (id "x"): field "name" is required');
  });
  it('names a source by its domain', () => {
    expect(formatIssue({ list: 'sources', index: 0, id: 'example.org', field: 'tags[1]', message: 'must be text' })).toBe(
      'sources[0] (domain "example.org"): field "tags[1]" must be text',
    );
  });
  it('shortens very long ids and reads as a sentence without a list', () => {
    expect(formatIssue({ list: 'people', index: 0, id: 'y'.repeat(200), field: 'id', message: 'is too long' })).toBe(
      `people[0] (id "${'y'.repeat(60)}…"): field "id" is too long`,
    );
    expect(formatIssue({ field: 'title', message: 'must be text' })).toBe('Field "title" must be text');
    expect(formatIssue({ list: 'claims', message: 'must be a list' })).toBe('claims: must be a list');
  });
});
