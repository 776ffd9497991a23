/**
 * Stored records can be damaged (written by a buggy version, another tool, or a browser
 * fault). Readers skip a damaged record instead of failing on it, count it so the reader is
 * told, and never delete it: what can be kept stays in storage, exactly as it is.
 */
import type { CatalogTable } from './library-catalog';

const isText = (v: unknown): v is string => typeof v === 'string';
const isTextList = (v: unknown): boolean => Array.isArray(v) && v.every(isText);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The fields every reader of a table relies on, per table. */
const CHECKS: Record<CatalogTable, (r: Record<string, unknown>) => boolean> = {
  people: (r) => isText(r.id) && isText(r.name) && isTextList(r.aliases),
  claims: (r) => isText(r.id) && isText(r.text) && isTextList(r.variants),
  statements: (r) => isText(r.id) && isText(r.text) && isTextList(r.claimIds),
  snippets: (r) => isText(r.id) && isText(r.text) && isText(r.url) && isTextList(r.claimIds) && isTextList(r.tags) && isRecord(r.anchor),
  sources: (r) => isText(r.domain) && isTextList(r.tags),
};

/** The rows of `table` that readers can use, and how many were damaged and skipped. */
export function intactRows<T>(table: CatalogTable, rows: readonly unknown[]): { rows: T[]; damaged: number } {
  const check = CHECKS[table];
  const kept = rows.filter((r): r is T => isRecord(r) && check(r));
  return { rows: kept, damaged: rows.length - kept.length };
}

/** The sentence shown when some records could not be read. */
export const damagedMessage = (n: number): string =>
  `${n} stored record${n === 1 ? ' is' : 's are'} damaged and could not be shown. ${n === 1 ? 'It is' : 'They are'} kept in storage unchanged; an export of everything else still works.`;
