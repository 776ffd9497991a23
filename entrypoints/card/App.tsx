/**
 * The card frame: an extension page the content script shows in an iframe next to
 * what the reader hovers. It takes commands only over the channel its own content
 * script hands it (see lib/messaging.ts) and gets card content from the background: stored
 * notes never pass through the page or its content script. (The frame cannot open
 * IndexedDB itself: Chromium partitions or blocks storage for extension frames
 * embedded in web pages.)
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { browser } from '#imports';
import { acceptCardChannel, sendMessage, type CardCommand, type FrameEvent } from '@/lib/messaging';
import type { Quote } from '@/lib/matching/quotes';
import { PersonCard } from '@/components/cards/PersonCard';
import { ClaimCard } from '@/components/cards/ClaimCard';
import { WhichOne } from '@/components/cards/WhichOne';
import { OnThisPage } from '@/components/cards/OnThisPage';
import { SaveForm, type SaveChoices } from '@/components/cards/SaveForm';
import { rememberChoice, rememberedChoice } from './choices';
import { createCardState } from './state';
import { routeHash } from '@/lib/router';
import { sightingsExcludedSites } from '@/lib/settings';
import { fail } from '@/lib/types';
import type { SnippetAnchor } from '@/lib/db/cards';

const state = createCardState();
const token = window.name;
let latest = 0;
// Shows the frame starts itself (list → card, back) count down, apart from the content script's.
let localSeq = 0;
const ownSeq = () => --localSeq;

const verifyToken = async (candidate: string) => {
  const checked = await sendMessage('checkCardToken', candidate).catch(() => null);
  return checked?.ok === true && checked.value;
};
const tell: (event: FrameEvent) => void = acceptCardChannel(token, verifyToken, (command) => {
  if (command.type === 'page') state.page.value = command.page;
  else if (command.type === 'show') void show(command.view, command.seq, command.focus);
});
const close = () => tell({ type: 'close' });
const libraryUrl = (page: 'person' | 'claim', id: string) => `${browser.runtime.getURL('/options.html')}${routeHash({ page, id })}`;

/** Loads and shows a view; a newer command supersedes one still loading. */
async function show(view: Extract<CardCommand, { type: 'show' }>['view'], seq: number, focus: boolean, fromList = false, chosen?: string) {
  const page = state.page.value;
  if (!page) return;
  latest = seq;
  const [remembered, excludedSites] = await Promise.all([
    chosen ?? (view.kind === 'person' && view.ids.length > 1 ? rememberedChoice(page.canonicalUrl, view.ids) : undefined),
    sightingsExcludedSites(),
  ]);
  const pick = chosen ?? remembered;
  const ref = { url: page.url, canonicalUrl: page.canonicalUrl, site: page.site, people: page.people, claims: page.claims, excludedSites };
  const screen = await sendMessage('loadCard', { view, page: ref, ...(pick && { chosen: pick }) }).catch(() => fail(UNREACHABLE));
  if (seq !== latest) return;
  if (view.kind === 'save') saveId = crypto.randomUUID();
  state.error.value = screen.ok ? null : screen.error;
  state.screen.value = screen.ok ? screen.value : null;
  state.saveStatus.value = { kind: 'editing' };
  state.fromList.value = fromList;
  state.focus.value = focus;
  state.seq.value = seq;
}

// One id per save form: a save retried after the service worker died mid-save is not doubled.
let saveId = crypto.randomUUID();
const UNREACHABLE =
  'Backstory’s background service did not answer (the browser may have restarted it). Nothing was lost: your quote and note are still here. Press Save again.';

// Only a user's own click or key press inside this frame may write; no command can.
const userActed = () => (navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation?.isActive !== false;

async function save(choices: SaveChoices) {
  const page = state.page.value;
  const screen = state.screen.value;
  if (!page || screen?.kind !== 'save' || !userActed()) return;
  state.saveStatus.value = { kind: 'saving' };
  const { draft } = screen;
  const saved = await sendMessage('saveSnippet', {
    id: saveId,
    text: draft.text,
    anchor: draft.anchor,
    url: page.url,
    canonicalUrl: page.canonicalUrl,
    title: page.title,
    site: page.site,
    ...(page.publishedDate && { publishedDate: page.publishedDate }),
    ...choices,
  }).catch(() => fail<SnippetAnchor>(UNREACHABLE));
  if (!saved.ok) {
    state.saveStatus.value = { kind: 'error', message: saved.error };
    return;
  }
  state.saveStatus.value = { kind: 'saved' };
  tell({ type: 'saved', snippet: saved.value });
}

async function saveQuote(personId: string, quote: Quote) {
  const page = state.page.value;
  if (!page || !userActed()) return;
  const created = await sendMessage('saveQuote', {
    personId,
    text: quote.text,
    sourceUrl: page.canonicalUrl,
    sourceName: page.siteName ?? page.site,
    ...(page.publishedDate && { date: page.publishedDate }),
  }).catch(() => fail<null>(UNREACHABLE));
  if (!created.ok) {
    state.error.value = created.error;
    return;
  }
  state.savedQuotes.value = new Set([...state.savedQuotes.value, quote.start]);
  const screen = state.screen.value;
  if (screen?.kind === 'person') await show({ kind: 'person', ids: screen.candidates, surface: screen.surface }, ownSeq(), false, state.fromList.value, personId);
}

async function choose(candidates: string[], surface: string, id: string | undefined) {
  const page = state.page.value;
  if (!page) return;
  await rememberChoice(page.canonicalUrl, candidates, id);
  await show({ kind: 'person', ids: candidates, surface }, ownSeq(), true, state.fromList.value, id);
}

document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') {
    e.preventDefault();
    close();
  }
});

export function App() {
  const root = useRef<HTMLDivElement>(null);
  const screen = state.screen.value;
  const seq = state.seq.value;

  useLayoutEffect(() => {
    const el = root.current;
    if (!el) return;
    tell({ type: 'ready', seq, height: Math.ceil(el.getBoundingClientRect().height) });
    if (state.focus.value) {
      window.focus();
      // The first thing to act on: the form's note, the list's first item, a choice, else the heading.
      const target = ['[autofocus]', '.list-item', '.choice', 'h1'].map((s) => el.querySelector<HTMLElement>(s)).find(Boolean);
      target?.focus();
    }
    const observer = new ResizeObserver(() => tell({ type: 'resize', height: Math.ceil(el.getBoundingClientRect().height) }));
    observer.observe(el);
    return () => observer.disconnect();
  }, [screen, seq]);

  const page = state.page.value;
  const places = page?.snippets ?? {};
  return (
    <div ref={root} data-testid="card-root" data-seq={seq}>
      {state.fromList.value && (
        <button type="button" class="back" onClick={() => void show({ kind: 'list' }, ownSeq(), true)}>
          ← On this page
        </button>
      )}
      {state.error.value && (
        <p class="error" role="alert">
          {state.error.value}
        </p>
      )}
      {screen?.kind === 'person' && (
        <PersonCard
          data={screen.data}
          quotes={page?.quotes.filter((q) => q.personId === screen.data.person.id) ?? []}
          savedQuotes={state.savedQuotes.value}
          snippetPlaces={places}
          libraryUrl={libraryUrl('person', screen.data.person.id)}
          onChangeChoice={screen.candidates.length > 1 ? () => void choose(screen.candidates, screen.surface, undefined) : undefined}
          onSaveQuote={(q) => void saveQuote(screen.data.person.id, q)}
          onClose={close}
        />
      )}
      {screen?.kind === 'which' && (
        <WhichOne surface={screen.surface} people={screen.people} onChoose={(id) => void choose(screen.candidates, screen.surface, id)} onClose={close} />
      )}
      {screen?.kind === 'claim' && (
        <ClaimCard
          data={screen.data}
          terms={page?.claimTerms[screen.data.claim.id] ?? []}
          snippetPlaces={places}
          libraryUrl={libraryUrl('claim', screen.data.claim.id)}
          onSavePassage={() => tell({ type: 'save-passage', claimId: screen.data.claim.id })}
          onClose={close}
        />
      )}
      {screen?.kind === 'list' && (
        <OnThisPage
          people={screen.people}
          claims={screen.claims}
          snippets={screen.snippets}
          snippetPlaces={places}
          onOpen={(kind, id) => void show(kind === 'person' ? { kind, ids: [id], surface: '' } : { kind, id }, ownSeq(), true, true)}
          onClose={close}
        />
      )}
      {screen?.kind === 'save' && (
        <SaveForm
          key={seq}
          draft={screen.draft}
          people={screen.people}
          claims={screen.claims}
          status={state.saveStatus.value}
          onSave={(choices) => void save(choices)}
          onCancel={close}
        />
      )}
    </div>
  );
}
