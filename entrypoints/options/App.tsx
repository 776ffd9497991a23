/** The library: a full tab to search, read, edit and manage everything Backstory knows. */
import { useEffect } from 'preact/hooks';
import { claimView, describeRemoval, personView, sourceView } from '@/lib/db';
import { routeHash, type Route } from '@/lib/router';
import { LibraryNav } from '@/components/LibraryNav';
import { damagedMessage } from '@/lib/db/intact';
import { SearchPanel } from '@/components/SearchPanel';
import { PersonPage } from '@/components/PersonPage';
import { ClaimPage } from '@/components/ClaimPage';
import { SourcePage } from '@/components/SourcePage';
import { SnippetPage } from '@/components/SnippetPage';
import { PersonForm } from '@/components/PersonForm';
import { ClaimForm } from '@/components/ClaimForm';
import { SourceForm } from '@/components/SourceForm';
import { SettingsPanel } from '@/components/SettingsPanel';
import { CandidatesPage } from '@/components/CandidatesPage';
import { ImportPanel } from '@/components/ImportPanel';
import { DataPanel } from '@/components/DataPanel';
import { UndoBar } from '@/components/UndoBar';
import { CANDIDATES_SHOWN, createLibraryState } from './state';
import { createLibraryActions } from './actions';
import { createDataActions } from './data';
import { createRecurrenceActions } from './recurrence';

const state = createLibraryState();
const act = createLibraryActions(state);
const data = createDataActions(state);
const recur = createRecurrenceActions(state);

// Typing in the search box replaces the history entry instead of adding one per letter.
function showSearch(filters: Extract<Route, { page: 'search' }>['filters']) {
  const route: Route = { page: 'search', filters };
  history.replaceState(null, '', routeHash(route));
  state.route.value = route;
}

const missing = (what: string) => (
  <p class="empty" role="alert">
    {what} is not in your library (it may have been deleted). <a href="#/">Back to the library</a>
  </p>
);

function Page({ route }: { route: Route }) {
  const catalog = state.catalog.value;
  if (!catalog) return <p role="status">Reading your library…</p>;
  switch (route.page) {
    case 'search': {
      const search = state.search.value;
      return <SearchPanel filters={route.filters} onFilters={showSearch} results={search?.items ?? null} tookMs={search?.tookMs} catalog={catalog} choices={state.choices.value} />;
    }
    case 'person': {
      const view = personView(catalog, route.id);
      if (!view) return missing('This person');
      return (
        <PersonPage
          key={route.id}
          view={view}
          recurrence={state.recurrence.value}
          catalog={catalog}
          onSave={(f) => act.savePerson(route.id, f)}
          onDelete={() => void act.remove('person', route.id)}
          onAddStatement={(f) => act.addStatement(route.id, f)}
          onUpdateStatement={act.saveStatement}
          onDeleteStatement={(id) => void act.remove('statement', id)}
          onDeleteSnippet={(id) => void act.remove('snippet', id)}
        />
      );
    }
    case 'claim': {
      const view = claimView(catalog, route.id);
      if (!view) return missing('This claim');
      return (
        <ClaimPage
          key={route.id}
          view={view}
          recurrence={state.recurrence.value}
          catalog={catalog}
          onSave={(f) => act.saveClaim(route.id, f)}
          onDelete={() => void act.remove('claim', route.id)}
          onUpdateStatement={act.saveStatement}
          onDeleteStatement={(id) => void act.remove('statement', id)}
          onDeleteSnippet={(id) => void act.remove('snippet', id)}
        />
      );
    }
    case 'source': {
      const view = sourceView(catalog, route.domain);
      return (
        <SourcePage
          key={route.domain}
          view={view}
          catalog={catalog}
          onSave={(f) => act.saveSource(view.source?.domain ?? view.domain, f)}
          onDelete={() => void act.remove('source', view.source?.domain ?? view.domain)}
          onDeleteSnippet={(id) => void act.remove('snippet', id)}
        />
      );
    }
    case 'snippet': {
      const snippet = catalog.snippets.get(route.id);
      if (!snippet) return missing('This snippet');
      return <SnippetPage snippet={snippet} catalog={catalog} onSave={(c) => act.saveSnippet(route.id, c)} onDelete={() => void act.remove('snippet', route.id)} />;
    }
    case 'new':
      return (
        <section class="panel" aria-labelledby="new-heading">
          <h2 id="new-heading">{{ person: 'A new person', claim: 'A new claim', source: 'A note on a site' }[route.kind]}</h2>
          {route.kind === 'person' && <PersonForm saveLabel="Add person" onSave={act.newPerson} onCancel={() => history.back()} />}
          {route.kind === 'claim' && <ClaimForm saveLabel="Add claim" withVariants onSave={act.newClaim} onCancel={() => history.back()} />}
          {route.kind === 'source' && <SourceForm askDomain saveLabel="Add note" onSave={act.newSource} onCancel={() => history.back()} />}
        </section>
      );
    case 'candidates':
      return <CandidatesPage candidates={state.candidates.value} onPromote={recur.promote} onDismiss={(key) => void recur.dismiss(key)} />;
    case 'settings':
      return (
        <>
          <SettingsPanel
            colours={state.colours.value}
            onColours={(c) => void act.setColours(c)}
            offSites={state.off.value}
            onSiteOn={(site) => void act.siteOn(site)}
            sightings={state.logSightings.value}
            onSightings={(on) => void act.setSightings(on)}
            excludedSites={state.excludedSites.value}
            onExcludeSite={(site) => void recur.excludeSite(site)}
            onIncludeSite={(site) => void recur.includeSite(site)}
            onClearHistory={recur.clearHistory}
          />
          <ImportPanel onImport={data.importFile} />
          <DataPanel actions={data} builtIn={state.builtIn.value} counts={state.counts.value} message={state.message.value} />
        </>
      );
  }
}

export function App() {
  useEffect(() => {
    // The benchmark (scripts/bench/popup.mjs) reads when the library was ready.
    void state.start().then(() => (document.documentElement.dataset.ready = String(performance.now())));
  }, []);

  const route = state.route.value;
  const removal = state.removal.value;
  const message = state.message.value;
  if (state.fatal.value) {
    return (
      <main class="library">
        <h1>Backstory library</h1>
        <p role="alert" class="error">
          {state.fatal.value}
        </p>
      </main>
    );
  }
  return (
    <div class="library">
      <header class="library-header">
        <h1>
          <a href="#/">Backstory library</a>
        </h1>
        <LibraryNav route={route} candidates={state.candidates.value?.length ?? null} candidateLimit={CANDIDATES_SHOWN} />
      </header>
      <main>
        {(state.catalog.value?.damaged ?? 0) > 0 && (
          <p role="alert" class="error" data-testid="damaged-records">
            {damagedMessage(state.catalog.value?.damaged ?? 0)}
          </p>
        )}
        {removal && <UndoBar message={describeRemoval(removal)} onUndo={() => void act.undo()} onDismiss={() => (state.removal.value = null)} />}
        {message && route.page !== 'settings' && (
          <p role={message.ok ? 'status' : 'alert'} class={message.ok ? 'success' : 'error'} data-testid="library-message">
            {message.text}
          </p>
        )}
        <Page route={route} />
      </main>
    </div>
  );
}
