import { browser, defineBackground } from '#imports';
import { onMessage } from '@/lib/messaging';
import { createHandlers } from './handlers';
import { createKnowledge } from './knowledge';
import { createReadingHandlers } from './reading';
import { createRecurrence } from './recurrence';

export default defineBackground(() => {
  const knowledge = createKnowledge();
  // Every wake-up makes sure storage is open and the built-in pack is current;
  // handlers wait for it so no content script sees a half-installed library.
  const ready = knowledge.ready();
  const handlers = createHandlers(knowledge, ready);

  onMessage('ping', () => handlers.ping());
  onMessage('getPageSetup', ({ data }) => handlers.getPageSetup(data));
  onMessage('reportPage', ({ data, sender }) => handlers.reportPage(data, sender.tab?.id));
  onMessage('getTabReport', ({ data }) => handlers.getTabReport(data));

  const reading = createReadingHandlers(knowledge.db, ready);
  onMessage('getPageSnippets', ({ data }) => reading.getPageSnippets(data));
  onMessage('loadCard', ({ data, sender }) => reading.loadCard(data, sender));
  onMessage('saveSnippet', ({ data, sender }) => reading.saveSnippet(data, sender));
  onMessage('saveQuote', ({ data, sender }) => reading.saveQuote(data, sender));
  onMessage('registerCardToken', ({ data, sender }) => reading.registerCardToken(data, sender));
  onMessage('checkCardToken', ({ data, sender }) => reading.checkCardToken(data, sender));
  const recurrence = createRecurrence(knowledge.db, ready);
  onMessage('recordPage', ({ data, sender }) => recurrence.recordPage(data, sender));
  browser.tabs.onRemoved.addListener((tabId) => void Promise.all([handlers.forgetTab(tabId), reading.forgetTab(tabId)]));
  browser.runtime.onInstalled.addListener(() => reading.createMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => void reading.onMenuClicked(info, tab).catch(() => {}));
  browser.commands.onCommand.addListener((command, tab) => void reading.onCommand(command, tab).catch(() => {}));
  // Test seam (tests/e2e/reading*.test.mjs): headless Chromium can neither click a context
  // menu nor press an extension shortcut, so the e2e suite calls these same handlers here.
  Object.assign(globalThis, { backstoryReading: { onMenuClicked: reading.onMenuClicked, onCommand: reading.onCommand } });
});
