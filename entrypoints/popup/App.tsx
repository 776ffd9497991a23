import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { sendMessage, type PageReport } from '@/lib/messaging';
import { BackstoryDB, labelsFor } from '@/lib/db';
import { setSiteEnabled, siteOf } from '@/lib/settings';
import { PageSummary, type FoundItem } from '@/components/PageSummary';

const db = new BackstoryDB();

/** The tab the popup describes: the active tab, or `?tab=ID` when the popup is opened as a page. */
async function targetTabId(): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

const byCount = (a: FoundItem, b: FoundItem) => b.count - a.count || a.label.localeCompare(b.label);

function found(counts: Record<string, number>, labels: Map<string, string>): FoundItem[] {
  return Object.entries(counts)
    .flatMap(([id, count]) => {
      const label = labels.get(id);
      return label === undefined ? [] : [{ id, label, count }];
    })
    .sort(byCount);
}

export function App() {
  const [report, setReport] = useState<PageReport | null>(null);
  const [people, setPeople] = useState<FoundItem[]>([]);
  const [claims, setClaims] = useState<FoundItem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);

  async function load() {
    const tabId = await targetTabId();
    if (tabId === undefined) return;
    const result = await sendMessage('getTabReport', tabId);
    if (!result.ok) return setError(result.error);
    setReport(result.value);
    if (!result.value) return;
    const labels = await labelsFor(db, Object.keys(result.value.people), Object.keys(result.value.claims));
    if (!labels.ok) return setError(labels.error);
    setPeople(found(result.value.people, labels.value.people));
    setClaims(found(result.value.claims, labels.value.claims));
  }

  useEffect(() => {
    load()
      .catch((e: unknown) => setError(`Backstory could not read this tab (${String(e)}). Try opening the popup again.`))
      .finally(() => setLoading(false));
  }, []);

  const site = report ? siteOf(report.url) : '';
  const toggleSite = async (enabled: boolean) => {
    await setSiteEnabled(site, enabled);
    // The page follows the switch and re-reports; read the fresh report once it has.
    setTimeout(() => void load(), 400);
  };

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>Backstory</h1>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener" data-testid="open-library">
          Open library
        </a>
      </header>
      {error && <p role="alert" class="error">{error}</p>}
      {!loading && !error && (
        <PageSummary report={report} people={people} claims={claims} site={site} onToggleSite={(on) => void toggleSite(on)} />
      )}
    </main>
  );
}
