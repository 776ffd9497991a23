/**
 * Everything the library page writes: record edits (errors in the reader's words), deletes
 * with Undo, and settings. Each edit resolves to an error sentence, or null when saved.
 */
import {
  createClaim,
  createPerson,
  createSource,
  createStatement,
  describeRemoval,
  plainEditError,
  removeRecord,
  restoreRemoval,
  updateClaim,
  updatePerson,
  updateSnippet,
  updateSource,
  updateStatement,
  type ClaimFields,
  type PersonFields,
  type RemovableKind,
  type SnippetChanges,
  type SourceFields,
  type StatementFields,
} from '@/lib/db';
import { routeHash, type Route } from '@/lib/router';
import { setHighlightColours, setSightingsLogging, setSiteEnabled, type HighlightColours } from '@/lib/settings';
import type { Result } from '@/lib/types';
import type { LibraryState } from './state';

const go = (route: Route) => (location.hash = routeHash(route));

// Fields the reader emptied must be cleared, not kept from the stored record.
const CLEARED_PERSON = { role: undefined, organization: undefined, country: undefined, summary: undefined };
const CLEARED_STATEMENT = { date: undefined, sourceName: undefined, sourceUrl: undefined };
const CLEARED_SOURCE = { name: undefined, note: undefined };

const LIST_OF: Record<RemovableKind, Route> = {
  person: { page: 'search', filters: { kind: 'person' } },
  claim: { page: 'search', filters: { kind: 'claim' } },
  source: { page: 'search', filters: { kind: 'source' } },
  statement: { page: 'search', filters: { kind: 'statement' } },
  snippet: { page: 'search', filters: { kind: 'snippet' } },
};

/** The library's writes, bound to its state. */
export function createLibraryActions(state: LibraryState) {
  const { db } = state;
  const done = async <T>(result: Result<T>, after?: (value: T) => void): Promise<string | null> => {
    if (!result.ok) return plainEditError(result.error);
    after?.(result.value);
    return null;
  };
  const sourcesChanged = () => state.reload(['sources']);

  return {
    savePerson: (id: string, fields: PersonFields) => updatePerson(db, id, { ...CLEARED_PERSON, ...fields }).then((r) => done(r)),
    newPerson: (fields: PersonFields) => createPerson(db, fields).then((r) => done(r, (p) => go({ page: 'person', id: p.id }))),
    saveClaim: (id: string, fields: Partial<ClaimFields>) =>
      updateClaim(db, id, 'text' in fields ? { summary: undefined, ...fields } : fields).then((r) => done(r)),
    newClaim: (fields: ClaimFields) => createClaim(db, fields).then((r) => done(r, (c) => go({ page: 'claim', id: c.id }))),
    saveSource: async (domain: string, fields: SourceFields) => {
      const { domain: _key, ...changes } = fields;
      const exists = state.catalog.value?.sources.has(domain);
      const result = exists ? await updateSource(db, domain, { ...CLEARED_SOURCE, ...changes }) : await createSource(db, { ...fields, domain });
      await sourcesChanged();
      return done(result);
    },
    newSource: async (fields: SourceFields) => {
      const result = await createSource(db, fields);
      await sourcesChanged();
      return done(result, (s) => go({ page: 'source', domain: s.domain }));
    },
    addStatement: (personId: string, fields: Omit<StatementFields, 'personId'>) => createStatement(db, { ...fields, personId }).then((r) => done(r)),
    saveStatement: (id: string, fields: Omit<StatementFields, 'personId'>) => updateStatement(db, id, { ...CLEARED_STATEMENT, ...fields }).then((r) => done(r)),
    saveSnippet: (id: string, changes: SnippetChanges) => updateSnippet(db, id, changes).then((r) => done(r)),

    /** Deletes, offers Undo, and leaves the page of what was deleted. */
    async remove(kind: RemovableKind, id: string) {
      const removed = await removeRecord(db, kind, id);
      if (!removed.ok) return void (state.message.value = { ok: false, text: removed.error });
      state.removal.value = removed.value;
      if (kind === 'source') await sourcesChanged();
      const r = state.route.value;
      const shownId = r.page === 'source' ? r.domain : 'id' in r ? r.id : null;
      const onIt = r.page === kind && shownId === id;
      if (onIt) go(LIST_OF[kind]);
    },

    async undo() {
      const removal = state.removal.value;
      if (!removal) return;
      const restored = await restoreRemoval(db, removal);
      if (!restored.ok) return void (state.message.value = { ok: false, text: restored.error });
      state.removal.value = null;
      if (removal.kind === 'source') await sourcesChanged();
      state.message.value = { ok: true, text: `Restored: ${describeRemoval(removal).replace(/^Deleted /, '')}` };
    },

    async setColours(colours: HighlightColours | null) {
      await setHighlightColours(colours);
      await state.refreshSettings();
    },
    async siteOn(site: string) {
      await setSiteEnabled(site, true);
      await state.refreshSettings();
    },
    async setSightings(on: boolean) {
      await setSightingsLogging(on);
      await state.refreshSettings();
    },
  };
}

export type LibraryActions = ReturnType<typeof createLibraryActions>;
