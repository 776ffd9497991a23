import { defineBackground } from '#imports';
import { onMessage } from '@/lib/messaging';
import { createHandlers } from './handlers';

export default defineBackground(() => {
  const handlers = createHandlers();
  onMessage('ping', () => handlers.ping());
  onMessage('reportPage', ({ data, sender }) => handlers.reportPage(data, sender.tab?.id));
  onMessage('getTabReport', ({ data }) => handlers.getTabReport(data));
});
