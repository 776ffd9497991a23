import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PackIssue } from '../../../lib/pack/format';
import { parsePackText } from '../../../lib/pack/validate';

const DIR = join(__dirname, '../../fixtures/packs/malformed');
const read = (file: string) => readFileSync(join(DIR, file), 'utf8');

/** Where the one issue must point, and what its message must say. */
type Expected = Omit<PackIssue, 'message'> & { message: string | RegExp };

const notJsonColumn = () => (read('not-json.json').split('\n')[2] ?? '').indexOf(',}') + 2;

// Each file is valid-base.json with one fault (or not a pack at all), so exactly one issue is expected.
const CASES: Record<string, () => Expected> = {
  'not-json.json': () => ({ message: `This file is not valid JSON: expected a property name in double quotes, found "}" at line 3 column ${notJsonColumn()}` }),
  'single-quotes.json': () => ({ message: `This file is not valid JSON: expected a property name in double quotes, found "'" at line 1 column 2` }),
  'truncated.json': () => ({ message: /^This file is not valid JSON: .+ at line \d+ column \d+$/ }),
  'empty.json': () => ({ message: 'This file is empty' }),
  'bom-then-garbage.json': () => ({ message: 'This file is not valid JSON: unexpected "f" where a value was expected at line 1 column 1' }),
  'wrong-format.json': () => ({ message: 'This is not a Backstory pack: format is "foo"' }),
  'no-format.json': () => ({ message: 'This is not a Backstory pack: it has no "format" field' }),
  'wrong-version.json': () => ({ message: 'Pack version 2 is not supported (this Backstory reads version 1)' }),
  'version-string.json': () => ({ message: 'Pack version must be the number 1 (found the text "1"); this Backstory reads version 1' }),
  'no-version.json': () => ({ message: 'This pack has no "version" field (this Backstory reads version 1)' }),
  'null.json': () => ({ message: 'This is not a Backstory pack: the file holds null, not a pack object' }),
  'array.json': () => ({ message: 'This is not a Backstory pack: the file holds a list, not a pack object' }),
  'people-not-array.json': () => ({ list: 'people', message: /^must be a list of records .*\(found an object\)$/ }),
  'person-not-object.json': () => ({ list: 'people', index: 1, message: /^must be a record .*\(found the text "Sergei Shoigu"\)$/ }),
  'person-missing-id.json': () => ({ list: 'people', index: 1, field: 'id', message: 'is required' }),
  'person-id-too-long.json': () => ({ list: 'people', index: 1, id: 'x'.repeat(129), field: 'id', message: 'must be at most 128 characters (found 129)' }),
  'person-id-blank.json': () => ({ list: 'people', index: 1, field: 'id', message: 'must not be empty' }),
  'person-id-number.json': () => ({ list: 'people', index: 1, field: 'id', message: 'must be text (found the number 7)' }),
  'duplicate-person-id.json': () => ({ list: 'people', index: 2, id: 'zamir-kabulov', field: 'id', message: /repeats the id of people\[0\]/ }),
  'duplicate-claim-id.json': () => ({ list: 'claims', index: 1, id: 'unmarked-helicopters', field: 'id', message: /repeats the id of claims\[0\]/ }),
  'person-name-empty.json': () => ({ list: 'people', index: 1, id: 'sergei-shoigu', field: 'name', message: 'must not be empty' }),
  'person-name-missing.json': () => ({ list: 'people', index: 1, id: 'sergei-shoigu', field: 'name', message: 'is required' }),
  'person-name-too-long.json': () => ({ list: 'people', index: 1, id: 'sergei-shoigu', field: 'name', message: 'must be at most 300 characters (found 301)' }),
  'aliases-not-array.json': () => ({ list: 'people', index: 0, id: 'zamir-kabulov', field: 'aliases', message: 'must be a list of texts (found the text "Kabulov")' }),
  'alias-not-string.json': () => ({ list: 'people', index: 0, id: 'zamir-kabulov', field: 'aliases[1]', message: 'must be text (found the number 5)' }),
  'too-many-aliases.json': () => ({ list: 'people', index: 0, id: 'zamir-kabulov', field: 'aliases', message: 'must have at most 1000 entries (found 1001)' }),
  'claim-text-missing.json': () => ({ list: 'claims', index: 0, id: 'unmarked-helicopters', field: 'text', message: 'is required' }),
  'bad-verdict.json': () => ({ list: 'claims', index: 0, id: 'unmarked-helicopters', field: 'verdict', message: /^must be one of unverified, disputed, misleading, false, true \(found the text "mostly true"\)$/ }),
  'variants-not-array.json': () => ({ list: 'claims', index: 0, id: 'unmarked-helicopters', field: 'variants', message: /^must be a list of texts/ }),
  'statement-text-missing.json': () => ({ list: 'statements', index: 0, id: 'kabulov-nato', field: 'text', message: 'is required' }),
  'date-month-13.json': () => ({ list: 'statements', index: 0, id: 'kabulov-nato', field: 'date', message: 'has no month 13 (found "2020-13")' }),
  'date-feb-30.json': () => ({ list: 'statements', index: 0, id: 'kabulov-nato', field: 'date', message: 'is not a real day: February 2020 has 29 days (found "2020-02-30")' }),
  'date-feb-29-2021.json': () => ({ list: 'statements', index: 0, id: 'kabulov-nato', field: 'date', message: 'is not a real day: February 2021 has 28 days (found "2021-02-29")' }),
  'date-two-digit-year.json': () => ({ list: 'statements', index: 0, id: 'kabulov-nato', field: 'date', message: /^must be a date written YYYY, YYYY-MM or YYYY-MM-DD \(found "20-01"\)$/ }),
  'date-number.json': () => ({ list: 'statements', index: 0, id: 'kabulov-nato', field: 'date', message: 'must be text (found the number 2020)' }),
  'unknown-person.json': () => ({ list: 'statements', index: 0, id: 'kabulov-nato', field: 'personId', message: /^refers to person "nobody", who is neither in this pack nor already stored$/ }),
  'unknown-claim.json': () => ({ list: 'statements', index: 0, id: 'kabulov-nato', field: 'claimIds[1]', message: /^refers to claim "no-such-claim"/ }),
  'claim-ids-not-array.json': () => ({ list: 'statements', index: 0, id: 'kabulov-nato', field: 'claimIds', message: /^must be a list of texts/ }),
  'javascript-url.json': () => ({ list: 'statements', index: 0, id: 'kabulov-nato', field: 'sourceUrl', message: /http:\/\/ or https:\/\/; "javascript:" addresses are refused$/ }),
  'relative-url.json': () => ({ list: 'statements', index: 0, id: 'kabulov-nato', field: 'sourceUrl', message: /^must be a full web address/ }),
  'source-missing-domain.json': () => ({ list: 'sources', index: 0, field: 'domain', message: 'is required' }),
  'source-invalid-domain.json': () => ({ list: 'sources', index: 0, id: 'not a domain', field: 'domain', message: /^must be a host name like "example.org"/ }),
  'source-domain-is-url.json': () => ({ list: 'sources', index: 0, id: 'https://example.org/news', field: 'domain', message: /not a web address/ }),
  'duplicate-source-domain.json': () => ({ list: 'sources', index: 1, id: 'example.org', field: 'domain', message: /repeats the domain of sources\[0\]/ }),
  'tag-not-string.json': () => ({ list: 'sources', index: 0, id: 'example.org', field: 'tags[1]', message: 'must be text (found null)' }),
  'title-not-string.json': () => ({ field: 'title', message: 'must be text (found the number 5)' }),
};

describe('malformed pack fixtures', () => {
  it('has an expectation for every file in the folder, and a file for every expectation', () => {
    expect(readdirSync(DIR).sort()).toEqual(Object.keys(CASES).sort());
  });

  it('covers at least 30 distinct faults', () => {
    expect(Object.keys(CASES).length).toBeGreaterThanOrEqual(30);
  });

  for (const [file, expectation] of Object.entries(CASES)) {
    it(`refuses ${file} with exactly one issue at the right place`, () => {
      const result = parsePackText(read(file));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const { message, ...where } = expectation();
      expect(result.issues).toHaveLength(1);
      const [issue] = result.issues;
      expect({ list: issue?.list, index: issue?.index, id: issue?.id, field: issue?.field }).toEqual({
        list: where.list,
        index: where.index,
        id: where.id,
        field: where.field,
      });
      if (typeof message === 'string') expect(issue?.message).toBe(message);
      else expect(issue?.message).toMatch(message);
    });
  }
});
