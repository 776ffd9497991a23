import { defineContentScript } from '#imports';
import { onMessage, sendMessage, type PageReport } from '@/lib/messaging';
import { ok } from '@/lib/types';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const report = (): PageReport => ({
      url: location.href,
      title: document.title,
      people: {},
      claims: {},
      status: 'active',
      scannedAt: Date.now(),
    });

    const removeListener = onMessage('describePage', () => ok(report()));
    ctx.onInvalidated(removeListener);
    void sendMessage('reportPage', report());
  },
});
