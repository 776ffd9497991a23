import { defineContentScript } from '#imports';
import { startSession } from './session';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    startSession(ctx);
  },
});
