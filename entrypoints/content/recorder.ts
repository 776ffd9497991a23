/**
 * Tells the background what each scanned page names and says, once per change of what it
 * found, so sightings and discovery are recorded without slowing the page. It works from the
 * scanner's matches and at most the opening ~10,000 words of the page's text, so its idle
 * task stays short even on a 200,000-word page.
 */
import { sendMessage } from '@/lib/messaging';
import { articleFingerprint } from '@/lib/recurrence/fingerprint';
import { allSentences } from '@/lib/matching/quotes';
import { tidySentence as tidy, unmatchedSentences, type FoundOnPage } from '@/lib/recurrence/page-record';
import { extractText, type PlacedMatch } from '@/lib/page';
import { readPageMeta } from '@/lib/page/page-meta';

/** About 10,000 words: enough to tell copies of one article apart, and to find its repeated sentences. */
const OPENING_CHARS = 60_000;
const BLOCKS = 'p, li, blockquote, h1, h2, h3, h4, h5, h6, td, th, dd, figcaption, article, section, div';

/** The sentence that states a claim is the match itself; a name's is its paragraph (its start). */
function foundIn(matches: readonly PlacedMatch[]): FoundOnPage[] {
  const found = new Map<string, FoundOnPage>();
  for (const { match, text, nodes } of matches) {
    // An ambiguous name ("Marek" for two people) is not a sighting of either.
    if (match.kind === 'person' && match.ids.length !== 1) continue;
    const sentence = match.kind === 'claim' ? text : (nodes[0]?.parentElement?.closest(BLOCKS)?.textContent ?? text);
    for (const refId of match.ids) {
      const key = `${match.kind}:${refId}`;
      if (!found.has(key)) found.set(key, { kind: match.kind, refId, sentence: tidy(sentence) });
    }
  }
  return [...found.values()];
}

export function createRecorder(doc: Document = document) {
  let last = '';
  return {
    record(matches: readonly PlacedMatch[]) {
      // The top frame speaks for the page; embedded frames (ads, widgets) are not articles.
      if (window !== window.top) return;
      const found = foundIn(matches);
      const key = `${location.href}\n${found.map((f) => `${f.kind}:${f.refId}`).sort().join(',')}`;
      if (key === last) return;
      last = key;
      const opening = extractText(doc.body ?? doc.documentElement).text.slice(0, OPENING_CHARS);
      const claimed = new Set(matches.filter((m) => m.match.kind === 'claim').map((m) => tidy(m.text)));
      const meta = readPageMeta(doc);
      const fingerprint = articleFingerprint(opening);
      void sendMessage('recordPage', {
        page: {
          url: location.href,
          canonicalUrl: meta.canonicalUrl,
          title: meta.title,
          ...(meta.publishedDate && { publishedDate: meta.publishedDate }),
          ...(fingerprint && { fingerprint }),
        },
        found,
        sentences: unmatchedSentences(opening, allSentences(opening), claimed),
      }).catch(() => {});
    },
  };
}
