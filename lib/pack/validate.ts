/**
 * Validation of context packs (docs/pack-format.md). A pack file is untrusted
 * input written by other tools, so this checks every field, bounds every size,
 * reports every problem it finds (up to MAX_ISSUES) in words a reader can act
 * on, and returns a cleaned copy: text trimmed, absent optional fields
 * removed, source domains normalised, unknown fields kept.
 */

import type { Pack, PackIssue } from './format';
import { LIMITS, describeValue } from './validate-fields';
import { locateJsonError } from './validate-json';
import { LISTS, checkRecord, checkTop, recordKey, type ListName } from './validate-records';

/** The outcome of validating a pack: a clean pack to import, or everything wrong with it. */
export type PackValidation = { ok: true; pack: Pack; warnings: PackIssue[] } | { ok: false; issues: PackIssue[] };

/** Ids already in the reader's store, which a pack's statements and snippets may refer to. */
export interface KnownIds {
  personIds?: ReadonlySet<string>;
  claimIds?: ReadonlySet<string>;
}

/** More problems than this are summed up in one closing line instead of listed. */
export const MAX_ISSUES = 50;

/** Pack files above this size are refused before parsing (characters of text). */
export const MAX_PACK_CHARS = 64 * 1024 * 1024;

const EMPTY: ReadonlySet<string> = new Set();

const refuse = (message: string): PackValidation => ({ ok: false, issues: [{ message }] });

function capped(issues: PackIssue[]): PackIssue[] {
  if (issues.length <= MAX_ISSUES) return issues;
  const more = issues.length - MAX_ISSUES;
  return [...issues.slice(0, MAX_ISSUES), { message: `…and ${more} more problem${more === 1 ? '' : 's'} not listed` }];
}

/** The refusal for anything that is not a version-1 Backstory pack, or null when it is one. */
function identityProblem(input: unknown): string | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return `This is not a Backstory pack: the file holds ${describeValue(input)}, not a pack object`;
  }
  const { format, version } = input as Record<string, unknown>;
  if (format === undefined) return 'This is not a Backstory pack: it has no "format" field';
  if (format !== 'backstory-pack') {
    return `This is not a Backstory pack: format is ${typeof format === 'string' ? JSON.stringify(format) : describeValue(format)}`;
  }
  if (version === undefined) return 'This pack has no "version" field (this Backstory reads version 1)';
  if (typeof version !== 'number') {
    return `Pack version must be the number 1 (found ${describeValue(version)}); this Backstory reads version 1`;
  }
  if (version !== 1) return `Pack version ${version} is not supported (this Backstory reads version 1)`;
  return null;
}

/** Issues for keys (ids; domains for sources) that repeat within one list, naming both indexes. */
function duplicateIssues(list: ListName, keys: readonly { index: number; key: string }[]): PackIssue[] {
  const firstIndex = new Map<string, number>();
  const issues: PackIssue[] = [];
  const field = list === 'sources' ? 'domain' : 'id';
  for (const { index, key } of keys) {
    const first = firstIndex.get(key);
    if (first === undefined) firstIndex.set(key, index);
    else issues.push({ list, index, id: key, field, message: `repeats the ${field} of ${list}[${first}]; ${field}s must be unique` });
  }
  return issues;
}

const trimmedString = (value: unknown): string | undefined => (typeof value === 'string' ? value.trim() : undefined);

/**
 * Issues for records of `list` whose personId or claimIds name nothing known. Read
 * from the raw records, so a record with other faults still gets its
 * references checked and the reader sees every problem in one pass. A null
 * set means that list is unreadable as a whole, so references to it are not
 * checked (the list's own issue says what to fix).
 */
function referenceIssues(
  list: 'statements' | 'snippets',
  records: readonly unknown[],
  people: ReadonlySet<string> | null,
  claims: ReadonlySet<string> | null,
): PackIssue[] {
  const issues: PackIssue[] = [];
  records.forEach((raw, index) => {
    if (typeof raw !== 'object' || raw === null) return;
    const { personId: rawPerson, claimIds: rawClaims } = raw as Record<string, unknown>;
    const id = recordKey(list, raw);
    const where = { list, index, ...(id === undefined ? {} : { id }) };
    const personId = trimmedString(rawPerson);
    if (personId && people && !people.has(personId)) {
      issues.push({ ...where, field: 'personId', message: `refers to person ${JSON.stringify(personId)}, who is neither in this pack nor already stored` });
    }
    if (!claims || !Array.isArray(rawClaims)) return;
    rawClaims.forEach((rawClaim: unknown, k) => {
      const claimId = trimmedString(rawClaim);
      if (claimId && !claims.has(claimId)) {
        issues.push({ ...where, field: `claimIds[${k}]`, message: `refers to claim ${JSON.stringify(claimId)}, which is neither in this pack nor already stored` });
      }
    });
  });
  return issues;
}

/** records is absent when the list is absent; broken when it is not a readable list at all. */
type ListCheck = { records?: Record<string, unknown>[]; broken?: true; issues: PackIssue[]; warnings: PackIssue[] };

/**
 * Checks one list of the pack. Ids of people and claims, valid or not, are
 * added to `ids` so that a statement or snippet is not also blamed for a record the
 * reader must fix anyway.
 */
function checkList(list: ListName, records: unknown, ids: { people: Set<string>; claims: Set<string> }): ListCheck {
  if (records === undefined || records === null) return { issues: [], warnings: [] };
  if (!Array.isArray(records)) {
    return { broken: true, issues: [{ list, message: `must be a list of records in brackets […] (found ${describeValue(records)})` }], warnings: [] };
  }
  if (records.length > LIMITS.records) {
    return { broken: true, issues: [{ list, message: `has ${records.length} records; a pack may hold at most ${LIMITS.records} per list` }], warnings: [] };
  }
  const result: Required<Omit<ListCheck, 'broken'>> = { records: [], issues: [], warnings: [] };
  const keys: { index: number; key: string }[] = [];
  records.forEach((record: unknown, index) => {
    const checked = checkRecord<Record<string, unknown>>(list, index, record);
    result.issues.push(...checked.issues);
    result.warnings.push(...checked.warnings);
    if (checked.value) result.records.push(checked.value);
    // Sources collide on the normalised domain ("www.x.org" is "x.org"); other lists on the id.
    const key = list === 'sources' ? (checked.value?.domain as string | undefined) : recordKey(list, record);
    if (key === undefined) return;
    keys.push({ index, key });
    if (list === 'people' || list === 'claims') ids[list].add(key);
  });
  result.issues.push(...duplicateIssues(list, keys));
  return result;
}

/**
 * Validates a parsed pack. `known` holds ids already stored, which statements and
 * snippets may refer to besides the pack's own people and claims.
 */
export function validatePack(input: unknown, known: KnownIds = {}): PackValidation {
  const refusal = identityProblem(input);
  if (refusal) return refuse(refusal);
  const raw = input as Record<string, unknown>;
  const top = checkTop(raw);
  const issues = [...top.issues];
  const warnings = [...top.warnings];
  const clean: Record<string, unknown> = { ...top.value, format: 'backstory-pack', version: 1 };
  const ids = { people: new Set(known.personIds ?? EMPTY), claims: new Set(known.claimIds ?? EMPTY) };
  const broken = new Set<ListName>();
  for (const list of LISTS) {
    const checked = checkList(list, raw[list], ids);
    if (checked.broken) broken.add(list);
    issues.push(...checked.issues);
    warnings.push(...checked.warnings);
    if (checked.records) clean[list] = checked.records;
    else delete clean[list];
  }
  for (const list of ['statements', 'snippets'] as const) {
    const records = raw[list];
    if (!Array.isArray(records) || broken.has(list)) continue;
    issues.push(...referenceIssues(list, records, broken.has('people') ? null : ids.people, broken.has('claims') ? null : ids.claims));
  }
  if (issues.length > 0) return { ok: false, issues: capped(sortIssues(issues)) };

  const pack = clean as Pack;
  if (LISTS.every((list) => (pack[list]?.length ?? 0) === 0)) {
    warnings.push({ message: 'This pack holds no people, claims, statements or sources' });
  }
  return { ok: true, pack, warnings };
}

/** Problems in file order: top-level first, then by list and index, so the reader can work down the file. */
function sortIssues(issues: PackIssue[]): PackIssue[] {
  const listRank = (issue: PackIssue) => (issue.list === undefined ? -1 : LISTS.indexOf(issue.list));
  return issues
    .map((issue, order) => ({ issue, order }))
    .sort((a, b) => listRank(a.issue) - listRank(b.issue) || (a.issue.index ?? -1) - (b.issue.index ?? -1) || a.order - b.order)
    .map((entry) => entry.issue);
}

/** Parses and validates the text of a pack file, explaining JSON syntax errors by line and column. */
export function parsePackText(text: string, known: KnownIds = {}): PackValidation {
  if (text.length > MAX_PACK_CHARS) {
    return refuse(`This file is too large to be a pack (${Math.ceil(text.length / 1048576)} MB of text; the limit is ${MAX_PACK_CHARS / 1048576} MB)`);
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return refuse('This file is empty');
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    const located = locateJsonError(body);
    const detail = located ? `${located.problem} at line ${located.line} column ${located.column}` : String((error as Error).message);
    return refuse(`This file is not valid JSON: ${detail}`);
  }
  return validatePack(parsed, known);
}

/** One issue in reader-facing words, e.g. 'people[3] (id "x"): field "name" is required'. */
export function formatIssue(issue: PackIssue): string {
  let where = '';
  if (issue.list !== undefined) {
    where = issue.index === undefined ? issue.list : `${issue.list}[${issue.index}]`;
    if (issue.id !== undefined) {
      const shown = issue.id.length > 60 ? `${issue.id.slice(0, 60)}…` : issue.id;
      where += ` (${issue.list === 'sources' ? 'domain' : 'id'} ${JSON.stringify(shown)})`;
    }
  }
  const what = issue.field === undefined ? issue.message : `field "${issue.field}" ${issue.message}`;
  if (where) return `${where}: ${what}`;
  return what.charAt(0).toUpperCase() + what.slice(1);
}
