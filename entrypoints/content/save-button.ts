/**
 * The small "Save to Backstory" button next to a non-empty selection, in a
 * closed shadow root so page scripts and styles cannot reach it.
 */
import type { ContentScriptContext } from '#imports';
import { UI_ATTRIBUTE } from '@/lib/page';
import { isInsideExcluded } from '@/lib/page/dom-rules';

const SETTLE_MS = 200;
const MIN_CHARS = 3;

const STYLE = `
button {
  all: initial; position: fixed; box-sizing: border-box; cursor: pointer;
  font: 600 13px/1 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  padding: 7px 10px; border-radius: 6px; background: #0b57d0; color: #ffffff;
  box-shadow: 0 2px 8px rgba(0, 0, 0, 0.25);
}
button[hidden] { display: none; }
button:focus-visible { outline: 2px solid #ffffff; outline-offset: -4px; }
@media (prefers-color-scheme: dark) { button { background: #9cc0ff; color: #0b1d3a; } button:focus-visible { outline-color: #0b1d3a; } }
`;

/** The selection worth saving, if any: enough text, outside form fields and Backstory's own UI. */
export function savableRange(doc: Document = document): Range | null {
  const selection = doc.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (selection.toString().trim().length < MIN_CHARS || isInsideExcluded(range.commonAncestorContainer)) return null;
  return range;
}

/** Shows the button while there is a savable selection and `enabled()` holds; `onSave` runs on click. */
export function createSaveButton(ctx: ContentScriptContext, onSave: () => void, enabled: () => boolean, doc: Document = document) {
  const host = doc.createElement('backstory-save');
  host.setAttribute(UI_ATTRIBUTE, '');
  host.setAttribute('style', 'all: initial !important; position: fixed !important; inset: 0 auto auto 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483646 !important; display: block !important;');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = 'Save to Backstory';
  button.setAttribute('aria-label', 'Save the selected text to Backstory');
  button.hidden = true;
  shadow.append(style, button);

  let timer: ReturnType<typeof setTimeout> | undefined;
  const hide = () => void (button.hidden = true);
  const update = () => {
    const range = enabled() ? savableRange(doc) : null;
    const rects = range ? range.getClientRects() : [];
    const last = rects[rects.length - 1];
    if (!last) return hide();
    if (!host.isConnected) doc.documentElement.append(host);
    const win = doc.defaultView ?? window;
    button.style.left = `${Math.min(last.right + 4, win.innerWidth - 150)}px`;
    button.style.top = `${Math.min(last.bottom + 6, win.innerHeight - 36)}px`;
    button.hidden = false;
  };
  const onSelection = () => {
    clearTimeout(timer);
    timer = setTimeout(update, SETTLE_MS);
  };
  // Keep the selection: a press on the button must not collapse it.
  button.addEventListener('mousedown', (e) => e.preventDefault());
  button.addEventListener('click', () => {
    hide();
    onSave();
  });
  doc.addEventListener('selectionchange', onSelection);
  const win = doc.defaultView ?? window;
  win.addEventListener('scroll', hide, { passive: true });

  const destroy = () => {
    clearTimeout(timer);
    doc.removeEventListener('selectionchange', onSelection);
    win.removeEventListener('scroll', hide);
    host.remove();
  };
  ctx.onInvalidated(destroy);
  return { hide, destroy };
}
