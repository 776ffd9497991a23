/**
 * Record-level schemas: one loose object per pack list, so unknown fields pass
 * through untouched, plus the translation of valibot issues into PackIssues
 * that name list, index, id and field.
 */

import * as v from 'valibot';
import type { PackIssue } from './format';
import {
  LIMITS,
  anchor,
  date,
  describeValue,
  domain,
  id,
  optionalText,
  originTag,
  requiredText,
  requiredUrl,
  stringList,
  timestamp,
  url,
  verdict,
} from './validate-fields';

/** The record lists of a pack, in the order they are checked; `snippets` is Backstory's backup extension. */
export const LISTS = ['people', 'claims', 'statements', 'sources', 'snippets'] as const;
export type ListName = (typeof LISTS)[number];

/** Keys that could reach an object's prototype if copied by assignment; never carried over. */
const UNSAFE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

const record = <T extends v.ObjectEntries>(entries: T) =>
  v.looseObject(entries, (issue) => `must be a record in braces {…} (found ${describeValue(issue.input)})`);

/** Where a record came from, written only into backups so a restore keeps the reader's ownership and edits. */
const PROVENANCE = { backstoryOrigin: originTag(), backstoryEditedAt: timestamp() };

const SCHEMAS = {
  people: record({
    ...PROVENANCE,
    id: id(),
    name: requiredText(LIMITS.name),
    aliases: stringList(LIMITS.listItems, LIMITS.name),
    role: optionalText(LIMITS.shortText),
    organization: optionalText(LIMITS.shortText),
    country: optionalText(LIMITS.shortText),
    summary: optionalText(LIMITS.longText),
  }),
  claims: record({
    ...PROVENANCE,
    id: id(),
    text: requiredText(LIMITS.longText),
    variants: stringList(LIMITS.listItems, LIMITS.longText),
    summary: optionalText(LIMITS.longText),
    verdict: verdict(),
  }),
  statements: record({
    ...PROVENANCE,
    id: v.nullish(id()),
    personId: v.nullish(id()),
    text: requiredText(LIMITS.longText),
    date: date(),
    sourceUrl: url(),
    sourceName: optionalText(LIMITS.shortText),
    claimIds: stringList(LIMITS.listItems, LIMITS.id),
  }),
  sources: record({
    ...PROVENANCE,
    domain: domain(),
    name: optionalText(LIMITS.shortText),
    note: optionalText(LIMITS.longText),
    tags: stringList(LIMITS.tags, LIMITS.tag),
  }),
  snippets: record({
    id: id(),
    text: requiredText(LIMITS.longText),
    // Bounds as loose as what a save from any page can store, so every backup restores.
    url: requiredUrl(LIMITS.longText),
    canonicalUrl: url(LIMITS.longText),
    title: optionalText(LIMITS.longText),
    site: optionalText(LIMITS.longText),
    publishedDate: date(),
    savedAt: timestamp(),
    updatedAt: timestamp(),
    anchor: anchor(),
    personId: v.nullish(id()),
    claimIds: stringList(LIMITS.listItems, LIMITS.id),
    note: optionalText(LIMITS.longText),
    tags: stringList(LIMITS.listItems, LIMITS.longText),
  }),
} as const;

/** Top-level optional fields (format and version are checked before anything else). */
const TOP = record({ title: optionalText(LIMITS.shortText), description: optionalText(LIMITS.longText) });

/** A record's key for messages: its id, or for sources its domain, when that is a usable string. */
export function recordKey(list: ListName | undefined, raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const key = (raw as Record<string, unknown>)[list === 'sources' ? 'domain' : 'id'];
  if (typeof key !== 'string') return undefined;
  const trimmed = key.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** "aliases[2]" from valibot's path ["aliases", 2]. */
function fieldPath(issue: v.BaseIssue<unknown>): string | undefined {
  let path = '';
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    if (typeof key === 'number') path += `[${key}]`;
    else if (typeof key === 'string') path += path ? `.${key}` : key;
  }
  return path || undefined;
}

function toPackIssue(issue: v.BaseIssue<unknown>, where: Omit<PackIssue, 'message' | 'field'>): PackIssue {
  const last = issue.path?.[issue.path.length - 1];
  const missing = last?.origin === 'key';
  const field = fieldPath(issue);
  return { ...where, ...(field ? { field } : {}), message: missing ? 'is required' : issue.message };
}

/** Drops known optional fields that are null, undefined or empty text, so absent means absent. */
function dropAbsent(value: Record<string, unknown>, known: readonly string[]): Record<string, unknown> {
  for (const key of known) {
    const field = value[key];
    if (field === null || field === undefined || field === '') delete value[key];
  }
  return value;
}

/** Notes for reserved keys the record carried; valibot already leaves them out of the output. */
function unsafeKeyWarnings(raw: unknown, where: Omit<PackIssue, 'message' | 'field'>): PackIssue[] {
  if (typeof raw !== 'object' || raw === null) return [];
  return UNSAFE_KEYS.filter((key) => Object.prototype.hasOwnProperty.call(raw, key)).map((key) => ({
    ...where,
    field: key,
    message: 'was ignored: the name is reserved',
  }));
}

export type Checked<T> = { value?: T; issues: PackIssue[]; warnings: PackIssue[] };

function run<T>(schema: v.GenericSchema<unknown, unknown>, raw: unknown, where: Omit<PackIssue, 'message' | 'field'>): Checked<T> {
  const result = v.safeParse(schema, raw);
  const warnings = unsafeKeyWarnings(raw, where);
  if (!result.success) return { issues: result.issues.map((issue) => toPackIssue(issue, where)), warnings };
  const known = Object.keys((schema as v.LooseObjectSchema<v.ObjectEntries, undefined>).entries);
  return { value: dropAbsent(result.output as Record<string, unknown>, known) as T, issues: [], warnings };
}

/** Validates one record of `list` at `index`; issues carry the list, index and id. */
export function checkRecord<T>(list: ListName, index: number, raw: unknown): Checked<T> {
  const key = recordKey(list, raw);
  return run<T>(SCHEMAS[list], raw, { list, index, ...(key === undefined ? {} : { id: key }) });
}

/** Validates the pack's own optional fields (title, description) and keeps its unknown ones. */
export function checkTop(raw: Record<string, unknown>): Checked<Record<string, unknown>> {
  return run(TOP, raw, {});
}
