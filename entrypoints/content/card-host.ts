/**
 * Hosts the card frame: an extension page (card.html) in an iframe inside a closed
 * shadow root, created once and kept warm (hidden) so opening a card only swaps
 * its content and shows it. Page scripts cannot read the frame (another origin) or
 * reach the iframe (closed shadow root); page CSS cannot style either.
 */
import { createIframeUi, type ContentScriptContext } from '#imports';
import { openCardChannel, sendMessage, type CardCommand, type CardPage, type CardView, type FrameEvent } from '@/lib/messaging';
import type { SnippetAnchor } from '@/lib/db/cards';
import { UI_ATTRIBUTE } from '@/lib/page';

const WIDTH = 380;
const MAX_HEIGHT = 500;
const GAP = 6;
const MARGIN = 8;

/** Where to put the card: next to a rect on the page, or in the top-right corner. */
export type Placement = { near: DOMRect } | 'corner';

/** How a card was opened: hover cards close when the pointer leaves; pinned ones stay until closed. */
export type CardMode = 'hover' | 'pinned';

export interface CardHostEvents {
  /** The pointer entered (true) or left (false) the card. */
  onPointer(inside: boolean): void;
  /** The card closed (Esc, its close button, or the page's choice). */
  onClosed(): void;
  onSaved(snippet: SnippetAnchor): void;
  onSavePassage(claimId: string): void;
}

const HOST_STYLE = 'all: initial !important; position: fixed !important; inset: 0 auto auto 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483647 !important; display: block !important;';
const FRAME_STYLE = `position: fixed; border: 0; margin: 0; padding: 0; width: ${WIDTH}px; height: 120px; max-width: calc(100vw - ${2 * MARGIN}px); visibility: hidden; pointer-events: none; background: transparent; color-scheme: light dark; left: 0; top: 0;`;

/**
 * 128 random bits as hex. Not crypto.randomUUID(): a content script runs in the page's
 * context, and on plain-http pages (not secure contexts) randomUUID does not exist.
 */
function randomToken(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Creates the host; the frame itself is made by warm() or the first show. */
export function createCardHost(ctx: ContentScriptContext, events: CardHostEvents) {
  const token = randomToken();
  let ui: ReturnType<typeof createIframeUi> | null = null;
  let host: HTMLElement | null = null;
  let loaded = false;
  let page: CardPage | null = null;
  let seq = 0;
  /** The latest seq the frame rendered, and its height. */
  let ready = { seq: -1, height: 120 };
  let wanted: { seq: number; placement: Placement; focus: boolean; mode: CardMode; revealed: boolean } | null = null;
  let shown: { placement: Placement; mode: CardMode } | null = null;
  let returnFocus: Element | null = null;

  const frame = () => ui?.iframe ?? null;
  let channel: ReturnType<typeof openCardChannel> | null = null;
  const sendToCard = (command: CardCommand) => channel?.send(command);
  // Registered before the frame exists, so the frame can verify the token it is handed.
  const registered = sendMessage('registerCardToken', token).catch(() => null);

  function warm() {
    if (host?.isConnected && ui) return;
    host?.remove();
    host = document.createElement('backstory-card');
    host.setAttribute(UI_ATTRIBUTE, '');
    host.setAttribute('style', HOST_STYLE);
    const shadow = host.attachShadow({ mode: 'closed' });
    const slot = document.createElement('div');
    shadow.append(slot);
    document.documentElement.append(host);
    loaded = false;
    ui = createIframeUi(ctx, {
      page: '/card.html',
      position: 'inline',
      anchor: () => slot,
      onBeforeMount(_wrapper, iframe) {
        // The token travels in the frame's name: a page cannot read a cross-origin frame's name.
        iframe.name = token;
        iframe.title = 'Backstory card';
        iframe.setAttribute('style', FRAME_STYLE);
        iframe.setAttribute('aria-hidden', 'true');
        iframe.tabIndex = -1;
        iframe.addEventListener('load', () => {
          void registered.then(() => {
            loaded = true;
            channel?.close();
            channel = openCardChannel(iframe, token, onEvent);
            if (page) sendToCard({ type: 'page', page });
            if (wanted) sendShow();
          });
        });
        iframe.addEventListener('pointerenter', () => events.onPointer(true));
        iframe.addEventListener('pointerleave', () => events.onPointer(false));
      },
    });
    ui.mount();
  }

  let lastView: CardView | null = null;
  const sendShow = () => {
    if (loaded && wanted && lastView) sendToCard({ type: 'show', seq: wanted.seq, view: lastView, focus: wanted.focus });
  };

  function place(iframe: HTMLIFrameElement, placement: Placement, height: number) {
    const h = Math.min(MAX_HEIGHT, Math.max(40, height));
    const width = Math.min(WIDTH, innerWidth - 2 * MARGIN);
    let left = innerWidth - width - 2 * MARGIN;
    let top = 2 * MARGIN;
    if (placement !== 'corner') {
      const { near } = placement;
      left = Math.min(Math.max(MARGIN, near.left), innerWidth - width - MARGIN);
      const below = near.bottom + GAP;
      top = below + h <= innerHeight - MARGIN || near.top - GAP - h < MARGIN ? below : near.top - GAP - h;
    }
    // Never past the viewport's bottom: a tall card may cover text rather than be cut off.
    iframe.style.left = `${left}px`;
    iframe.style.top = `${Math.max(MARGIN, Math.min(top, innerHeight - h - MARGIN))}px`;
    iframe.style.height = `${h}px`;
  }

  function reveal() {
    const iframe = frame();
    if (!iframe || !wanted || !wanted.revealed || ready.seq !== wanted.seq) return;
    const { placement, focus, mode } = wanted;
    wanted = null;
    place(iframe, placement, ready.height);
    iframe.style.visibility = 'visible';
    iframe.style.pointerEvents = 'auto';
    iframe.removeAttribute('aria-hidden');
    iframe.tabIndex = 0;
    shown = { placement, mode };
    if (focus) {
      returnFocus = document.activeElement;
      iframe.focus();
    }
    // "Painted": the frame after the one that made the card visible has been presented.
    requestAnimationFrame(() =>
      setTimeout(() => {
        performance.mark('backstory:card-painted');
        performance.measure('backstory:card-open', 'backstory:card-reveal', 'backstory:card-painted');
      }),
    );
  }

  function onEvent(event: FrameEvent) {
    if (event.type === 'ready') {
      ready = { seq: event.seq, height: event.height };
      if (wanted?.seq === event.seq && wanted.revealed) reveal();
    } else if (event.type === 'resize') {
      ready.height = event.height;
      const iframe = frame();
      if (iframe && shown) place(iframe, shown.placement, event.height);
    } else if (event.type === 'close') {
      hide();
    } else if (event.type === 'saved') {
      events.onSaved(event.snippet);
    } else if (event.type === 'save-passage') {
      events.onSavePassage(event.claimId);
    }
  }

  function hide() {
    const iframe = frame();
    wanted = null;
    if (!iframe || !shown) return;
    shown = null;
    const hadFocus = document.activeElement === host;
    iframe.style.visibility = 'hidden';
    iframe.style.pointerEvents = 'none';
    iframe.setAttribute('aria-hidden', 'true');
    iframe.tabIndex = -1;
    events.onClosed();
    if (hadFocus || returnFocus) {
      if (returnFocus instanceof HTMLElement && returnFocus !== document.body) returnFocus.focus();
      else iframe.blur();
    }
    returnFocus = null;
  }

  ctx.onInvalidated(() => {
    channel?.close();
    host?.remove();
  });

  return {
    warm,
    /** Hands the frame the page's facts; kept for frames created later. */
    setPage(next: CardPage) {
      page = next;
      if (loaded) sendToCard({ type: 'page', page });
    },
    /** Starts rendering a view without showing it; returns its seq for {@link show}. */
    prepare(view: CardView, focus = false, mode: CardMode = 'hover', placement: Placement = 'corner'): number {
      warm();
      seq += 1;
      lastView = view;
      wanted = { seq, placement, focus, mode, revealed: false };
      sendShow();
      return seq;
    },
    /** Shows a prepared view as soon as the frame has rendered it. */
    show(shownSeq: number, placement?: Placement) {
      if (!wanted || wanted.seq !== shownSeq) return;
      performance.clearMarks('backstory:card-reveal');
      performance.clearMarks('backstory:card-painted');
      performance.mark('backstory:card-reveal');
      wanted.revealed = true;
      if (placement) wanted.placement = placement;
      reveal();
    },
    /** Drops a prepared view that was never shown (the pointer moved on). */
    cancel(preparedSeq: number) {
      if (wanted?.seq === preparedSeq) wanted = null;
    },
    hide,
    /** The open card's mode; a pinned card about to show already counts, so a hover cannot replace it. */
    get mode(): CardMode | null {
      return shown?.mode ?? (wanted?.revealed ? wanted.mode : null);
    },
  };
}

export type CardHost = ReturnType<typeof createCardHost>;
