/**
 * Field-level valibot schemas for pack records. Every message is a fragment
 * that reads after 'field "x" ' (see formatIssue), and names what was found,
 * because the reader fixing the file needs to know what the importer saw.
 */

import * as v from 'valibot';
import { VERDICTS } from '../types';

/** Bounds that keep a hostile or broken file from exhausting memory or the UI. */
export const LIMITS = {
  id: 128,
  name: 300,
  shortText: 300,
  longText: 20_000,
  url: 2_048,
  domain: 253,
  tag: 100,
  tags: 100,
  listItems: 1_000,
  records: 100_000,
} as const;

/** "the text "abc"", "the number 3", "a list" — how a found value is named in messages. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') {
    return value.length > 40 ? `a text of ${value.length} characters` : `the text ${JSON.stringify(value)}`;
  }
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `the value ${value}`;
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

const found = (input: unknown) => ` (found ${describeValue(input)})`;

const string = () => v.string((issue) => `must be text${found(issue.input)}`);
const maxChars = (max: number) =>
  v.maxLength<string, number, v.ErrorMessage<v.MaxLengthIssue<string, number>>>(max, (issue) => `must be at most ${max} characters (found ${issue.input.length})`);

/** Required text: trimmed, not empty, bounded. */
export const requiredText = (max: number) => v.pipe(string(), v.trim(), v.nonEmpty('must not be empty'), maxChars(max));

/**
 * Optional text: trimmed and bounded. null and "" are accepted as "absent"
 * (other tools write them for missing values) and removed by dropAbsent.
 */
export const optionalText = (max: number) => v.nullish(v.pipe(string(), v.trim(), maxChars(max)));

/** An id or a reference to one: 1–128 characters after trimming. */
export const id = () => requiredText(LIMITS.id);

/** A list of non-empty strings, bounded, with exact duplicates removed. */
export const stringList = (maxItems: number, itemMax: number) =>
  v.nullish(
    v.pipe(
      v.array(requiredText(itemMax), (issue) => `must be a list of texts${found(issue.input)}`),
      v.maxLength(maxItems, (issue) => `must have at most ${maxItems} entries (found ${issue.input.length})`),
      v.transform((items) => [...new Set(items)]),
    ),
  );

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Why a pack date is not YYYY, YYYY-MM or YYYY-MM-DD naming a real day; null when it is fine. */
export function dateProblem(date: string): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return `must be a date written YYYY, YYYY-MM or YYYY-MM-DD (found ${JSON.stringify(date)})`;
  const year = Number(m[1]);
  if (m[2] === undefined) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return `has no month ${m[2]} (found ${JSON.stringify(date)})`;
  if (m[3] === undefined) return null;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month - 1] ?? 31);
  const day = Number(m[3]);
  if (day < 1 || day > days) return `is not a real day: ${MONTHS[month - 1]} ${year} has ${days} days (found ${JSON.stringify(date)})`;
  return null;
}

/** Why a source URL is unsafe or malformed; null when it is an http(s) address. */
export function urlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `must be a full web address starting with http:// or https:// (found ${describeValue(url)})`;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return `must be a web address starting with http:// or https://; "${parsed.protocol}" addresses are refused`;
  }
  return null;
}

const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * A source's domain as Backstory stores it: lowercased, without a trailing
 * dot, with a leading "www." removed (the same outlet answers on both
 * names, and pages are matched to sources by host), international names in
 * their ASCII (punycode) form. Returns an error message instead when the
 * text is not a host name.
 */
export function normaliseDomain(raw: string): { domain: string } | { problem: string } {
  const text = raw.trim().toLowerCase().replace(/\.$/, '');
  if (/[/:?#@\s]/.test(text)) {
    return { problem: `must be a host name like "example.org", not a web address or other text (found ${describeValue(raw)})` };
  }
  let ascii = text;
  if (/[^\x00-\x7f]/.test(text)) {
    try {
      ascii = new URL(`http://${text}/`).hostname;
    } catch {
      ascii = '';
    }
  }
  const host = ascii.startsWith('www.') ? ascii.slice(4) : ascii;
  const labels = host.split('.');
  if (host.length > LIMITS.domain || labels.length < 2 || !labels.every((label) => HOST_LABEL.test(label))) {
    return { problem: `must be a host name like "example.org" (found ${describeValue(raw)})` };
  }
  return { domain: host };
}

/** Adds the message of `problem` (a message or null) as an issue; "" is left to the other checks. */
const checkedBy = (problem: (value: string) => string | null) =>
  v.rawCheck<string>(({ dataset, addIssue }) => {
    if (!dataset.typed || dataset.value === '') return;
    const message = problem(dataset.value);
    if (message) addIssue({ message });
  });

/** Optional text checked by `problem`; "" counts as absent. */
const checkedText = (max: number, problem: (value: string) => string | null) =>
  v.nullish(v.pipe(string(), v.trim(), maxChars(max), checkedBy(problem)));

export const date = () => checkedText(10, dateProblem);

const ORIGIN_TAG = /^(?:user|pack:\S.{0,127})$/s;
/** A backed-up record's origin, "user" or "pack:<pack id>" (Backstory's backup extension). */
export const originTag = () =>
  checkedText(LIMITS.id + 5, (value) => (ORIGIN_TAG.test(value) ? null : `must be "user" or "pack:" and a pack id (found ${describeValue(value)})`));
export const url = (max: number = LIMITS.url) => checkedText(max, urlProblem);
export const requiredUrl = (max: number = LIMITS.url) => v.pipe(requiredText(max), checkedBy(urlProblem));

/** An optional moment as epoch milliseconds, the way JavaScript's Date.now() gives it. */
export const timestamp = () =>
  v.nullish(
    v.pipe(
      v.number((issue) => `must be a number of milliseconds since 1970${found(issue.input)}`),
      v.finite((issue) => `must be a finite number${found(issue.input)}`),
      v.minValue(0, (issue) => `must not be negative${found(issue.input)}`),
    ),
  );

const notOffset = (issue: v.BaseIssue<unknown>) => `must be a whole number, 0 or more${found(issue.input)}`;
const offset = () => v.pipe(v.number(notOffset), v.integer(notOffset), v.minValue(0, notOffset));

// Not trimmed: the spaces around a quote are part of what finds it on the page again.
const anchorText = () => v.pipe(string(), maxChars(LIMITS.longText));

/** An optional text-quote anchor (where a snippet sits in its page's text); every part is required. */
export const anchor = () =>
  v.nullish(
    v.object(
      { exact: anchorText(), prefix: anchorText(), suffix: anchorText(), start: offset(), end: offset() },
      (issue) => `must be a record in braces {…} (found ${describeValue(issue.input)})`,
    ),
  );

export const domain = () =>
  v.pipe(
    requiredText(LIMITS.domain + 8),
    v.rawTransform<string, string>(({ dataset, addIssue, NEVER }) => {
      const result = normaliseDomain(dataset.value);
      if ('domain' in result) return result.domain;
      addIssue({ message: result.problem });
      return NEVER;
    }),
  );

export const verdict = () =>
  v.nullish(
    v.pipe(
      string(),
      v.trim(),
      v.toLowerCase(),
      v.picklist(VERDICTS, (issue) => `must be one of ${VERDICTS.join(', ')}${found(issue.input)}`),
    ),
  );
