import { browser, defineBackground } from '#imports';
import { onMessage } from '@/lib/messaging';
import { createHandlers } from './handlers';
import { createKnowledge } from './knowledge';

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
  browser.tabs.onRemoved.addListener((tabId) => void handlers.forgetTab(tabId));
});
