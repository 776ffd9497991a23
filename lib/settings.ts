/**
 * Reader settings kept in extension storage (readable by every context, including
 * content scripts, which cannot open the extension's IndexedDB).
 */
import { browser } from '#imports';
import { DEFAULT_COLOURS, type HighlightColours } from './page/highlights';

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

const HIGHLIGHT_COLOURS_KEY = 'settings:highlight-colours';
const SIGHTINGS_KEY = 'settings:log-sightings';
const SIGHTINGS_EXCLUDED_KEY = 'settings:sightings-excluded-sites';

export type { HighlightColours };

/** The colours highlights have until the reader chooses others. */
export const DEFAULT_HIGHLIGHT_COLOURS: Readonly<HighlightColours> = DEFAULT_COLOURS;

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

/** Stored colours as usable ones: anything missing or malformed falls back to the default. */
export function readHighlightColours(value: unknown): HighlightColours {
  const stored = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const pick = (kind: keyof HighlightColours): string => {
    const colour = stored[kind];
    return typeof colour === 'string' && HEX_COLOUR.test(colour) ? colour.toLowerCase() : DEFAULT_HIGHLIGHT_COLOURS[kind];
  };
  return { person: pick('person'), claim: pick('claim'), snippet: pick('snippet') };
}

/** The reader's highlight colours (for the content script's ::highlight() rules and the settings page). */
export async function highlightColours(): Promise<HighlightColours> {
  const stored = await browser.storage.local.get(HIGHLIGHT_COLOURS_KEY);
  return readHighlightColours(stored[HIGHLIGHT_COLOURS_KEY]);
}

/** Saves the reader's highlight colours; null goes back to the defaults. */
export async function setHighlightColours(colours: HighlightColours | null): Promise<void> {
  if (colours === null) await browser.storage.local.remove(HIGHLIGHT_COLOURS_KEY);
  else await browser.storage.local.set({ [HIGHLIGHT_COLOURS_KEY]: readHighlightColours(colours) });
}

/** Whether pages on which a known person or claim appears are logged as sightings (on unless switched off). */
export async function sightingsLogging(): Promise<boolean> {
  const stored = await browser.storage.local.get(SIGHTINGS_KEY);
  return stored[SIGHTINGS_KEY] !== false;
}

export async function setSightingsLogging(on: boolean): Promise<void> {
  await browser.storage.local.set({ [SIGHTINGS_KEY]: on });
}

/** Sites (as siteOf gives them) whose pages are never logged as sightings nor used for discovery. */
export async function sightingsExcludedSites(): Promise<string[]> {
  const stored = await browser.storage.local.get(SIGHTINGS_EXCLUDED_KEY);
  const value = stored[SIGHTINGS_EXCLUDED_KEY];
  return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : [];
}

export async function setSightingsExcludedSites(sites: readonly string[]): Promise<void> {
  const clean = [...new Set(sites.map((s) => siteOf(s.includes('://') ? s : `https://${s.trim()}`)).filter((s) => s !== ''))].sort();
  await browser.storage.local.set({ [SIGHTINGS_EXCLUDED_KEY]: clean });
}

/** Calls `listener` when the highlight colours or sightings switch change, in any context; returns the unsubscribe. */
export function watchReaderSettings(listener: () => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (HIGHLIGHT_COLOURS_KEY in changes || SIGHTINGS_KEY in changes)) listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
