import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { sendMessage, type PageReport } from '@/lib/messaging';
import { PageSummary } from '@/components/PageSummary';

/** The tab the popup describes: the active tab, or `?tab=ID` when the popup is opened as a page. */
async function targetTabId(): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function App() {
  const [report, setReport] = useState<PageReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    void (async () => {
      const tabId = await targetTabId();
      if (tabId === undefined) {
        setLoading(false);
        return;
      }
      const result = await sendMessage('getTabReport', tabId);
      if (result.ok) setReport(result.value);
      else setError(result.error);
      setLoading(false);
    })().catch((e: unknown) => {
      setError(`Backstory could not reach its background page (${String(e)}). Try reopening the popup.`);
      setLoading(false);
    });
  }, []);

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>Backstory</h1>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
          Open library
        </a>
      </header>
      {error && <p role="alert" class="error">{error}</p>}
      {!loading && !error && <PageSummary report={report} />}
    </main>
  );
}
