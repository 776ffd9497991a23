/**
 * The background's part in reading on the page: the snippet anchors a page asks
 * for, and the context menu item and keyboard shortcuts, which only tell the
 * tab's content script to open its save form or its "On this page" list.
 */
import { browser, type Browser } from '#imports';
import { sendMessage, type CardView } from '@/lib/messaging';
import {
  createStatement,
  loadCard,
  pageSnippetAnchors,
  saveSnippet,
  type BackstoryDB,
  type CardContent,
  type CardPageRef,
  type NewSnippet,
  type SnippetAnchor,
  type StatementFields,
} from '@/lib/db';
import { fail, ok, type Result } from '@/lib/types';

/** The context menu item's id. */
export const SAVE_MENU_ID = 'backstory-save-selection';
/** Command names, as declared in the manifest (wxt.config.ts). */
export const COMMANDS = { save: 'save-selection', list: 'open-page-list' } as const;

type Tab = Pick<Browser.tabs.Tab, 'id'>;
type Sender = { url?: string; tab?: { id?: number } };

// Card-frame tokens per tab, in storage.session so they outlive the worker's sleep.
const tokensKey = (tabId: number) => `card-tokens:${tabId}`;
// Every frame of a page runs a content script; a page rarely has more frames than this.
const TOKENS_PER_TAB = 32;

// Card content holds the reader's notes and saving writes: only the card page (an
// extension page, which no web page can impersonate) may ask, not content scripts.
const fromCard = (sender: Sender) => sender.url?.split('#')[0] === browser.runtime.getURL('/card.html');
const NOT_CARD = 'Only the Backstory card may ask for this.';

/** One function each; index.ts wires them to messages and browser events. */
export function createReadingHandlers(db: BackstoryDB, ready: Promise<Result<null>>) {
  return {
    async getPageSnippets(page: { url: string; canonicalUrl: string }): Promise<Result<SnippetAnchor[]>> {
      const opened = await ready;
      return opened.ok ? pageSnippetAnchors(db, page) : opened;
    },

    async loadCard(request: { view: CardView; page: CardPageRef; chosen?: string }, sender: Sender): Promise<Result<CardContent>> {
      if (!fromCard(sender)) return fail(NOT_CARD);
      const opened = await ready;
      return opened.ok ? loadCard(db, request.view, request.page, request.chosen) : opened;
    },

    async saveSnippet(snippet: NewSnippet, sender: Sender): Promise<Result<SnippetAnchor>> {
      if (!fromCard(sender)) return fail(NOT_CARD);
      const saved = await saveSnippet(db, snippet);
      return saved.ok ? ok({ id: saved.value.id, anchor: saved.value.anchor }) : saved;
    },

    async saveQuote(statement: StatementFields & { personId: string }, sender: Sender): Promise<Result<null>> {
      if (!fromCard(sender)) return fail(NOT_CARD);
      const created = await createStatement(db, statement);
      return created.ok ? ok(null) : created;
    },

    /** A content script is about to create its card frame: remember the frame's token for its tab. */
    async registerCardToken(token: string, sender: Sender): Promise<Result<null>> {
      const tabId = sender.tab?.id;
      if (tabId === undefined || fromCard(sender)) return fail('Only a content script may register a card.');
      const key = tokensKey(tabId);
      const known = ((await browser.storage.session.get(key))[key] as string[] | undefined) ?? [];
      await browser.storage.session.set({ [key]: [...known.filter((t) => t !== token), token].slice(-TOKENS_PER_TAB) });
      return ok(null);
    },

    /** The card frame checks the token it was given: registered by a content script of its own tab? */
    async checkCardToken(token: string, sender: Sender): Promise<Result<boolean>> {
      const tabId = sender.tab?.id;
      if (tabId === undefined || !fromCard(sender)) return ok(false);
      const key = tokensKey(tabId);
      const known = ((await browser.storage.session.get(key))[key] as string[] | undefined) ?? [];
      return ok(known.includes(token));
    },

    async forgetTab(tabId: number): Promise<void> {
      await browser.storage.session.remove(tokensKey(tabId));
    },

    /** Creates the "Save to Backstory" item (menus persist, so once per install or update). */
    createMenus(): void {
      browser.contextMenus.create({ id: SAVE_MENU_ID, title: 'Save to Backstory', contexts: ['selection'] }, () => {
        // Re-creating after an update reports "duplicate id"; the item is there either way.
        void browser.runtime.lastError;
      });
    },

    /** The menu item: the frame the selection is in opens the save form. */
    async onMenuClicked(info: { menuItemId: string | number; frameId?: number }, tab: Tab | undefined): Promise<Result<boolean>> {
      if (info.menuItemId !== SAVE_MENU_ID) return fail('Not a Backstory menu item.');
      if (tab?.id === undefined) return fail('The menu was not used in a tab.');
      return sendMessage('openSaveForm', undefined, { tabId: tab.id, frameId: info.frameId ?? 0 });
    },

    /**
     * A keyboard shortcut: save the selection, or open the top frame's "On this page" list.
     * The selection may be in any frame, so every frame is asked to save; each checks its own
     * selection and only the one holding it opens the form (the answer is the first frame's).
     */
    async onCommand(command: string, tab: Tab | undefined): Promise<Result<boolean | null>> {
      if (tab?.id === undefined) return fail('The shortcut was not used in a tab.');
      if (command === COMMANDS.list) return sendMessage('openPageList', undefined, { tabId: tab.id, frameId: 0 });
      if (command === COMMANDS.save) return sendMessage('openSaveForm', undefined, tab.id);
      return fail(`Unknown command: ${command}`);
    },
  };
}
