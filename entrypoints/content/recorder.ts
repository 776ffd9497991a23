/**
 * Tells the background what each scanned page names and says, once per change of what
 * it found, so sightings and discovery are recorded without slowing the page: the work
 * runs in the idle callback that already re-reads the page (reading.ts).
 */
import { sendMessage } from '@/lib/messaging';
import { articleFingerprint } from '@/lib/recurrence/fingerprint';
import { allSentences } from '@/lib/matching/quotes';
import { foundOnPage, unmatchedSentences } from '@/lib/recurrence/page-record';
import type { PageFacts } from './page-facts';

export function createRecorder() {
  let last = '';
  return {
    record(facts: PageFacts) {
      // The top frame speaks for the page; embedded frames (ads, widgets) are not articles.
      if (window !== window.top) return;
      const { text } = facts.map;
      const sentences = allSentences(text);
      const found = foundOnPage(text, facts.people, facts.claims, sentences);
      const key = `${location.href}\n${found.map((f) => `${f.kind}:${f.refId}`).sort().join(',')}\n${text.length}`;
      if (key === last) return;
      last = key;
      const { page } = facts;
      const fingerprint = articleFingerprint(text);
      void sendMessage('recordPage', {
        page: {
          url: page.url,
          canonicalUrl: page.canonicalUrl,
          title: page.title,
          ...(page.publishedDate && { publishedDate: page.publishedDate }),
          ...(fingerprint && { fingerprint }),
        },
        found,
        sentences: unmatchedSentences(text, facts.claims, sentences),
      }).catch(() => {});
    },
  };
}
