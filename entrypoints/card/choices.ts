/**
 * The reader's answer to "Which one?" for an ambiguous name, remembered per page
 * (canonical URL) in extension storage, which page scripts cannot read.
 */
import { browser } from '#imports';

const keyOf = (pageUrl: string) => `card-choice:${pageUrl}`;
const idsKey = (ids: readonly string[]) => [...ids].sort().join('|');

/** The person the reader chose for these candidates on this page, if any. */
export async function rememberedChoice(pageUrl: string, ids: readonly string[]): Promise<string | undefined> {
  const stored = (await browser.storage.local.get(keyOf(pageUrl)))[keyOf(pageUrl)] as Record<string, string> | undefined;
  const chosen = stored?.[idsKey(ids)];
  return chosen && ids.includes(chosen) ? chosen : undefined;
}

/** Records (or, with undefined, forgets) the reader's choice. */
export async function rememberChoice(pageUrl: string, ids: readonly string[], chosen: string | undefined): Promise<void> {
  const key = keyOf(pageUrl);
  const stored = { ...((await browser.storage.local.get(key))[key] as Record<string, string> | undefined) };
  if (chosen) stored[idsKey(ids)] = chosen;
  else delete stored[idsKey(ids)];
  await browser.storage.local.set({ [key]: stored });
}
