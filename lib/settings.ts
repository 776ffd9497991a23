/**
 * Reader settings kept in extension storage (readable by every context, including
 * content scripts, which cannot open the extension's IndexedDB).
 */
import { browser } from '#imports';

const OFF_SITES_KEY = 'settings:off-sites';

/** The site key a page belongs to: its host name without a leading "www.". */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return '';
  }
}

/** Sites on which the reader switched Backstory off. */
export async function offSites(): Promise<string[]> {
  const stored = await browser.storage.local.get(OFF_SITES_KEY);
  const value = stored[OFF_SITES_KEY];
  return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : [];
}

export async function isSiteEnabled(site: string): Promise<boolean> {
  return !(await offSites()).includes(site);
}

/** Switches Backstory on or off for one site; remembered across sessions. */
export async function setSiteEnabled(site: string, enabled: boolean): Promise<void> {
  const sites = new Set(await offSites());
  if (enabled) sites.delete(site);
  else sites.add(site);
  await browser.storage.local.set({ [OFF_SITES_KEY]: [...sites].sort() });
}

/** Calls `listener` whenever the list of switched-off sites changes, in any context; returns the unsubscribe. */
export function watchOffSites(listener: () => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && OFF_SITES_KEY in changes) listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
