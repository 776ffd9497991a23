/**
 * Reading on the page: hover cards, the "On this page" list, saving snippets and
 * marking saved ones. Fed by the session's scanner results; the card content
 * itself lives in the card frame (card-host.ts), never in this script.
 */
import type { ContentScriptContext } from '#imports';
import { onMessage, sendMessage, type CardView } from '@/lib/messaging';
import type { SnippetAnchor } from '@/lib/db/cards';
import { createHighlighter, liveRange, type HitIndex, type PlacedMatch, type ScanResult } from '@/lib/page';
import { readPageMeta } from '@/lib/page/page-meta';
import { ok } from '@/lib/types';
import { createCardHost } from './card-host';
import { createHoverController } from './hover';
import { candidatesAt, draftOf, readFacts, type PageFacts } from './page-facts';
import { createSaveButton, savableRange } from './save-button';
import { createRecorder } from './recorder';

/** About 40,000 words: re-reading a longer page for cards (offsets, quotes, snippets) takes more than a frame. */
const EAGER_READ_CHARS = 250_000;

export function startReading(ctx: ContentScriptContext, site: string) {
  let matches: readonly PlacedMatch[] = [];
  let hitIndex: HitIndex | null = null;
  let facts: PageFacts | null = null;
  let anchors: SnippetAnchor[] | null = null;
  let painted: StaticRange[] = [];
  let refreshQueued = false;
  /** True while the scanner runs here: false until the first result and after the site is switched off. */
  let active = false;
  /** The page's text length at the last full scan. */
  let pageChars = 0;
  /** The match whose card was last opened from the page. */
  let lastViewed: PlacedMatch | null = null;
  const snippetHighlights = createHighlighter(document);
  const recorder = createRecorder();

  const host = createCardHost(ctx, {
    onPointer: (inside) => hover.pointer(inside),
    onClosed: () => hover.closed(),
    onSaved: (snippet) => {
      anchors = [...(anchors ?? []), snippet];
      refresh();
    },
    // The sentence the card was opened on, or (a card opened from the page list) the claim's first.
    onSavePassage: (claimId) => {
      const isClaim = (m: PlacedMatch | null) => m?.match.kind === 'claim' && m.match.ids.includes(claimId);
      const placed = isClaim(lastViewed) ? lastViewed : matches.find(isClaim);
      if (placed) openSaveForm(liveRange(placed));
    },
  });

  const viewOf = (placed: PlacedMatch): CardView => {
    lastViewed = placed;
    // On a very long page the facts are read when the reader first asks for a card.
    facts ??= refresh();
    return placed.match.kind === 'person'
      ? { kind: 'person', ids: candidatesAt(facts, placed), surface: placed.text }
      : { kind: 'claim', id: placed.match.ids[0] ?? '' };
  };
  const hover = createHoverController({ host, hitIndex: () => hitIndex, matches: () => matches, viewOf });

  /** Reads the page again: offsets, quotes, snippet places; repaints snippets and updates the frame. */
  function refresh(): PageFacts {
    refreshQueued = false;
    const started = performance.now();
    facts = readFacts(matches, site, anchors ?? []);
    // Visible in DevTools next to backstory:scan: what re-reading the page for cards costs.
    performance.measure('backstory:read-page', { start: started });
    snippetHighlights.remove('snippet', painted);
    painted = facts.snippetRanges;
    snippetHighlights.add('snippet', painted);
    host.setPage(facts.page);
    return facts;
  }

  const queueRefresh = () => {
    if (refreshQueued) return;
    refreshQueued = true;
    // Through ctx: bound to the window (Firefox throws on an unbound requestIdleCallback) and dropped on invalidation.
    ctx.requestIdleCallback(() => refreshQueued && refresh(), { timeout: 1000 });
  };

  async function loadSnippets() {
    const found = await sendMessage('getPageSnippets', { url: document.URL, canonicalUrl: readPageMeta().canonicalUrl }).catch(() => null);
    anchors = found?.ok ? found.value : [];
    // Nothing to mark: the scanner's first result decides when the page is read.
    if (anchors.length === 0) return;
    host.warm();
    queueRefresh();
  }

  /** Opens the save form on `passage`, or else on the reader's selection. */
  function openSaveForm(passage?: Range): boolean {
    // Switched off on this site: no button, menu item or shortcut saves anything here.
    if (!active) return false;
    const range = passage ?? savableRange();
    if (!range) return false;
    const draft = draftOf(refresh(), range);
    if (!draft) return false;
    saveButton.hide();
    const rects = range.getClientRects();
    const last = rects[rects.length - 1];
    const seq = host.prepare({ kind: 'save', draft }, true, 'pinned');
    host.show(seq, last ? { near: last } : 'corner');
    return true;
  }

  function openPageList() {
    refresh();
    const seq = host.prepare({ kind: 'list' }, true, 'pinned');
    host.show(seq, 'corner');
  }

  const saveButton = createSaveButton(ctx, () => void openSaveForm(), () => active);
  const removeSave = onMessage('openSaveForm', () => ok(openSaveForm()));
  const removeList = onMessage('openPageList', () => {
    openPageList();
    return ok(null);
  });
  void loadSnippets();

  ctx.onInvalidated(() => {
    removeSave();
    removeList();
    hover.destroy();
    snippetHighlights.destroy();
  });

  return {
    /** A new scanner result: keep its hover index and re-read the page when idle. */
    update(result: ScanResult) {
      active = true;
      matches = result.matches;
      hitIndex = result.hitIndex;
      if (result.reason === 'full') pageChars = result.stats.textLength;
      if (matches.length > 0) host.warm();
      const scanned = matches;
      ctx.requestIdleCallback(() => {
        const began = performance.now();
        recorder.record(scanned);
        performance.measure('backstory:record-page', { start: began });
      }, { timeout: 2000 });
      // Re-reading a very long page would be one long task: there it waits for the reader,
      // unless saved snippets need marking.
      if (pageChars <= EAGER_READ_CHARS || (anchors?.length ?? 0) > 0) queueRefresh();
      else facts = null;
    },
    /** The scanner stopped (site switched off): nothing to hover any more. */
    clear() {
      active = false;
      saveButton.hide();
      matches = [];
      hitIndex = null;
      host.hide();
      queueRefresh();
    },
  };
}
