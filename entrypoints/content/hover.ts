/**
 * Hover cards: one passive, frame-throttled pointermove listener hit-tests the
 * scanner's index (highlights add no DOM to listen on). A card opens after the
 * pointer rests on a match for OPEN_DELAY, stays while the pointer is on the
 * match or the card, and closes CLOSE_DELAY after it leaves both, or on Esc.
 * Keyboard focus on an element holding a match (a linked name) opens its card too.
 */
import { UI_ATTRIBUTE, hitTest, type HitIndex, type PlacedMatch } from '@/lib/page';
import type { CardView } from '@/lib/messaging';
import type { CardHost } from './card-host';

export const OPEN_DELAY = 150;
export const CLOSE_DELAY = 300;

interface Options {
  host: CardHost;
  hitIndex(): HitIndex | null;
  matches(): readonly PlacedMatch[];
  viewOf(placed: PlacedMatch): CardView;
  doc?: Document;
}

/** Starts listening; destroy() removes every listener and timer. */
export function createHoverController({ host, hitIndex, matches, viewOf, doc = document }: Options) {
  const win = doc.defaultView ?? window;
  let current: { placed: PlacedMatch; seq: number } | null = null;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let overCard = false;
  // Focus handed back to the page as a card closes (synchronously, in hide()) must not reopen it.
  let closing = false;
  let queued = false;
  let x = 0;
  let y = 0;

  const cancelClose = () => clearTimeout(closeTimer);
  const scheduleClose = () => {
    cancelClose();
    if (overCard || host.mode === 'pinned') return;
    closeTimer = setTimeout(() => {
      if (host.mode === 'hover') host.hide();
      else forget();
    }, CLOSE_DELAY);
  };
  const forget = () => {
    clearTimeout(openTimer);
    if (current) host.cancel(current.seq);
    current = null;
  };

  const check = () => {
    queued = false;
    if (host.mode === 'pinned') return;
    const index = hitIndex();
    // Over Backstory's own UI (the save button) the caret APIs would find the text beneath it.
    const onOwnUi = doc.elementFromPoint(x, y)?.hasAttribute(UI_ATTRIBUTE) ?? false;
    const hit = index && !onOwnUi ? hitTest(index, x, y, doc) : null;
    if (hit && hit.placed === current?.placed) return cancelClose();
    if (!hit) return current ? scheduleClose() : undefined;
    open(hit.placed, hit.rect);
  };

  const open = (placed: PlacedMatch, rect: DOMRect) => {
    cancelClose();
    forget();
    // Render while the delay runs, so the card is ready the moment it is due.
    const seq = host.prepare(viewOf(placed));
    current = { placed, seq };
    openTimer = setTimeout(() => host.show(seq, { near: rect }), OPEN_DELAY);
  };

  const onFocus = (e: FocusEvent) => {
    const el = e.target;
    if (!(el instanceof Element) || el === doc.body || host.mode === 'pinned') return;
    if (closing) return;
    const inside = matches().filter((m) => m.nodes[0] && el.contains(m.nodes[0]));
    const placed = inside.find((m) => m.match.kind === 'person') ?? inside[0];
    if (placed) open(placed, el.getBoundingClientRect());
  };
  const onBlur = () => {
    if (current) scheduleClose();
  };

  const onMove = (e: PointerEvent) => {
    x = e.clientX;
    y = e.clientY;
    if (!queued) {
      queued = true;
      win.requestAnimationFrame(check);
    }
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && host.mode) host.hide();
  };
  const onScroll = () => {
    if (host.mode === 'hover' && !overCard) host.hide();
  };

  doc.addEventListener('pointermove', onMove, { passive: true });
  doc.addEventListener('keydown', onKey, true);
  doc.addEventListener('focusin', onFocus);
  doc.addEventListener('focusout', onBlur);
  win.addEventListener('scroll', onScroll, { passive: true });

  return {
    /** The pointer entered or left the card. */
    pointer(inside: boolean) {
      overCard = inside;
      if (inside) cancelClose();
      else scheduleClose();
    },
    /** The card closed: start afresh. */
    closed() {
      closing = true;
      queueMicrotask(() => (closing = false));
      overCard = false;
      cancelClose();
      forget();
    },
    destroy() {
      doc.removeEventListener('pointermove', onMove);
      doc.removeEventListener('keydown', onKey, true);
      doc.removeEventListener('focusin', onFocus);
      doc.removeEventListener('focusout', onBlur);
      win.removeEventListener('scroll', onScroll);
      cancelClose();
      forget();
    },
  };
}
