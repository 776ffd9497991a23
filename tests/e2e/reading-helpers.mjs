// Shared by the reading*.test.mjs files: find highlights, hover them, reach the card frame.
import { eventually, tabIdOf } from './harness.mjs';

/** Centre of the first painted highlight of `kind` whose text is `text` (or starts with it). */
export async function highlightPoint(page, kind, text) {
  return eventually(
    () =>
      page.evaluate(
        ({ kind, text }) => {
          for (const r of CSS.highlights.get(`backstory-${kind}`) ?? []) {
            const live = document.createRange();
            live.setStart(r.startContainer, r.startOffset);
            live.setEnd(r.endContainer, r.endOffset);
            if (!live.toString().startsWith(text)) continue;
            live.startContainer.parentElement?.scrollIntoView({ block: 'center' });
            const box = live.getClientRects()[0];
            return box && { x: box.left + Math.min(box.width / 2, 20), y: box.top + box.height / 2 };
          }
          return null;
        },
        { kind, text },
      ),
    { message: `a ${kind} highlight "${text}"` },
  );
}

/** The text of every highlight of `kind` ('person', 'claim', 'snippet') on a page or frame (playwright or puppeteer), read live. */
export const highlightTexts = (page, kind) =>
  page.evaluate(
    (name) =>
      [...(CSS.highlights.get(name) ?? [])].map((r) => {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        return live.toString();
      }),
    `backstory-${kind}`,
  );

/** The card frame (an extension page in an iframe), once the content script made it. */
export const cardFrame = (page) => eventually(() => page.frames().find((f) => f.url().includes('/card.html')), { message: 'the card frame' });

/** Whether the card iframe is shown (read through the browser's own frame tree, not the page). */
export async function cardShown(page) {
  const frame = page.frames().find((f) => f.url().includes('/card.html'));
  if (!frame) return false;
  const element = await frame.frameElement();
  return element.evaluate((el) => getComputedStyle(el).visibility === 'visible' && el.getBoundingClientRect().height > 0);
}

export const waitShown = (page, shown = true) => eventually(async () => (await cardShown(page)) === shown, { message: shown ? 'the card to show' : 'the card to hide' });

/** Hovers a highlight and waits for the card; returns the card frame. */
export async function hoverCard(page, kind, text) {
  await page.mouse.move(5, 5);
  await waitShown(page, false);
  const point = await highlightPoint(page, kind, text);
  await page.mouse.move(point.x, point.y);
  await waitShown(page);
  return cardFrame(page);
}

/** The tab id of a page, from the report its content script sent. */
export const tabOf = (ext, page) => eventually(() => tabIdOf(ext.worker, page.url()), { message: 'the tab report' });

/** Runs a keyboard-shortcut command through the background's own handler (headless Chromium cannot press extension shortcuts). */
export const runCommand = (ext, command, tabId) =>
  ext.worker.evaluate(({ command, tabId }) => globalThis.backstoryReading.onCommand(command, { id: tabId }), { command, tabId });

/** Clicks "Save to Backstory" in the context menu, through the background's own handler (headless menus cannot be clicked). */
export const clickSaveMenu = (ext, tabId) =>
  ext.worker.evaluate((tabId) => globalThis.backstoryReading.onMenuClicked({ menuItemId: 'backstory-save-selection', frameId: 0 }, { id: tabId }), tabId);

/** Selects the first occurrence of `text` inside the first element matching `selector`. */
export async function selectText(page, selector, text) {
  await page.evaluate(
    ({ selector, text }) => {
      const el = document.querySelector(selector);
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        getSelection().removeAllRanges();
        getSelection().addRange(range);
        return;
      }
      throw new Error(`no text "${text}" in ${selector}`);
    },
    { selector, text },
  );
}

/** Where the floating save button sits for the current selection (it lives in a closed shadow root). */
export const saveButtonPoint = (page) =>
  page.evaluate(() => {
    const rects = getSelection().getRangeAt(0).getClientRects();
    const last = rects[rects.length - 1];
    return { x: Math.min(last.right + 4, innerWidth - 150) + 20, y: Math.min(last.bottom + 6, innerHeight - 36) + 10 };
  });

/** All snippets in the extension's database, read in the background. */
export const storedSnippets = (ext) =>
  ext.worker.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('backstory');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('snippets').objectStore('snippets').getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve(all.result);
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
