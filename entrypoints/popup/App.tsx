/** The toolbar popup: what this page names, the site's note and snippets, and the reader's saved snippets. */
import { useEffect } from 'preact/hooks';
import { browser } from '#imports';
import { setSiteEnabled } from '@/lib/settings';
import { libraryHref, snippetPageUrl, type Route } from '@/lib/router';
import type { Snippet } from '@/lib/types';
import { PageSummary } from '@/components/PageSummary';
import { SiteNote } from '@/components/SiteNote';
import { SavedList } from '@/components/SavedList';
import { SnippetRow } from '@/components/SnippetRow';
import { Tabs } from '@/components/Tabs';
import { SeenThisWeek } from '@/components/SeenThisWeek';
import { PersonCard } from '@/components/cards/PersonCard';
import { ClaimCard } from '@/components/cards/ClaimCard';
import { createPopupState, type PopupTab } from './state';

const state = createPopupState();
const OPTIONS_URL = browser.runtime.getURL('/options.html');
const library = (route: Route) => libraryHref(OPTIONS_URL, route);
const pageUrlOf = (s: Snippet) => snippetPageUrl(s.url, s.anchor.exact || s.text);
const editUrlOf = (s: Snippet) => library({ page: 'snippet', id: s.id });
const TABS: readonly { id: PopupTab; label: string }[] = [
  { id: 'page', label: 'This page' },
  { id: 'saved', label: 'Saved' },
];
const NO_QUOTES = new Set<number>();

/** The open person or claim card, in the hover cards' own components. */
function CardDetail() {
  const card = state.card.value;
  const close = () => void state.select('person', null);
  if (!card) return <p class="muted" role="status">Loading…</p>;
  return (
    <div class="popup-card" data-testid="popup-card">
      {card.kind === 'person' ? (
        <PersonCard
          data={card.data}
          quotes={[]}
          savedQuotes={NO_QUOTES}
          snippetPlaces={{}}
          libraryUrl={library({ page: 'person', id: card.data.person.id })}
          onSaveQuote={() => {}}
          onClose={close}
        />
      ) : (
        <ClaimCard data={card.data} terms={[]} snippetPlaces={{}} libraryUrl={library({ page: 'claim', id: card.data.claim.id })} onClose={close} />
      )}
    </div>
  );
}

function ThisPage() {
  const { report, site, fromPage, labels } = state;
  const toggleSite = async (enabled: boolean) => {
    await setSiteEnabled(site.value, enabled);
    // The page follows the switch and re-reports; read the fresh report once it has.
    setTimeout(() => void state.start(), 400);
  };
  return (
    <>
      <PageSummary
        report={report.value}
        people={state.people.value}
        claims={state.claims.value}
        site={site.value}
        onToggleSite={(on) => void toggleSite(on)}
        selected={state.selected.value}
        detail={<CardDetail />}
        onSelect={(kind, id) => void state.select(kind, id)}
      >
        {site.value && (
          <SiteNote
            key={site.value}
            site={site.value}
            note={state.source.value?.note}
            onSave={state.saveNote}
            libraryUrl={library({ page: 'source', domain: site.value })}
          />
        )}
        <h3>Saved from this page</h3>
        {fromPage.value.length === 0 ? (
          <p class="empty">Nothing saved from this page. Select a passage and choose “Save to Backstory” from the right-click menu.</p>
        ) : (
          <div data-testid="page-snippets">
            {fromPage.value.map((s) => (
              <SnippetRow
                key={s.id}
                snippet={s}
                personName={s.personId ? labels.value.people.get(s.personId) : undefined}
                claimLabels={s.claimIds.flatMap((c) => labels.value.claims.get(c) ?? [])}
                pageUrl={pageUrlOf(s)}
                editUrl={editUrlOf(s)}
              />
            ))}
          </div>
        )}
      </PageSummary>
      <SeenThisWeek claims={state.popular.value} hrefOf={(id) => library({ page: 'claim', id })} />
    </>
  );
}

function Saved() {
  const results = state.searchResults.value;
  const page = state.saved.value;
  const shown = results ?? page;
  return (
    <SavedList
      query={state.query.value}
      onQuery={(q) => void state.search(q)}
      items={shown?.items ?? []}
      total={shown?.total ?? 0}
      loading={shown === null}
      people={state.labels.value.people}
      claims={state.labels.value.claims}
      pageUrlOf={pageUrlOf}
      editUrlOf={editUrlOf}
      onMore={() => void state.showMore()}
      resultsFor={results ? state.query.value : undefined}
    />
  );
}

export function App() {
  useEffect(() => {
    void state.start().then(() => {
      // The benchmark (scripts/bench/popup.mjs) reads when the first screen was complete.
      requestAnimationFrame(() => {
        document.documentElement.dataset.readyAt = String(performance.now());
        // After the first screen is painted: the week's list is extra, never in the way.
        setTimeout(() => void state.loadPopular(), 0);
      });
    });
  }, []);

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>Backstory</h1>
        <a href={OPTIONS_URL} target="_blank" rel="noopener" data-testid="open-library">
          Open library
        </a>
      </header>
      {state.error.value && (
        <p role="alert" class="error">
          {state.error.value}
        </p>
      )}
      {!state.loading.value && (
        <Tabs label="Backstory views" tabs={TABS} selected={state.tab.value} onSelect={(t) => void state.showTab(t)}>
          {state.tab.value === 'page' ? <ThisPage /> : <Saved />}
        </Tabs>
      )}
    </main>
  );
}
