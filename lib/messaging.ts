/**
 * The only door between contexts (content script, background, popup, library).
 * One protocol map types every message end to end. Built on @webext-core/messaging,
 * which answers through `sendResponse`, so replies arrive even where Chromium's
 * native `browser` global would drop a Promise returned from a listener.
 * Handlers return a Result and never throw across contexts: an Error does not serialise.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import { browser } from '#imports';
import type { Result, TextAnchor } from './types';
import type { CompiledLibrary } from './matching/library';
import type { Quote } from './matching/quotes';
import type { FoundOnPage } from './recurrence/page-record';
import type { CardContent, CardPageRef, SnippetAnchor } from './db/cards';
import type { NewSnippet } from './db/queries';
import type { StatementFields } from './db/edit';

/** What a content script found on its page, as reported to the background. */
export interface PageReport {
  url: string;
  /** The page's canonical link (or og:url), so snippets and sightings saved under it are recognised. */
  canonicalUrl: string;
  title: string;
  /** Per person id: how many times the page names them. */
  people: Record<string, number>;
  /** Per claim id: how many sentences state it. */
  claims: Record<string, number>;
  /** Why the scanner is not running, when it is not (site switched off, unsupported page...). */
  status: 'active' | 'off' | 'unsupported';
  scannedAt: number;
}

export interface BackgroundInfo {
  version: string;
}

/** One scanned page's contribution to recurrence: where it is, what it names, what else it says. */
export interface PageRecord {
  page: { url: string; canonicalUrl?: string; title: string; publishedDate?: string; fingerprint?: number[] };
  found: FoundOnPage[];
  sentences: string[];
}

/** What a content script needs before it scans: whether to, and what to look for. */
export interface PageSetup {
  enabled: boolean;
  library: CompiledLibrary;
}

interface ProtocolMap {
  /** Any context: is the background alive, and which version is it. */
  ping(): Result<BackgroundInfo>;
  /** Content script → background: may this site be scanned, and the compiled library to scan with. */
  getPageSetup(site: string): Result<PageSetup>;
  /** Content script → background: what this page contains. */
  reportPage(report: PageReport): Result<null>;
  /** Popup → background: the latest report of a tab. */
  getTabReport(tabId: number): Result<PageReport | null>;
  /** Background/popup → content script: the page's current report, computed live. */
  describePage(): Result<PageReport>;
  /** Content script → background: the anchors (never the notes) of snippets saved from this page. */
  getPageSnippets(page: { url: string; canonicalUrl: string }): Result<SnippetAnchor[]>;
  /** Background → content script (context menu, shortcut): open the save form for the selection; false when nothing is selected. */
  openSaveForm(): Result<boolean>;
  /** Background → content script (shortcut): open the "On this page" list. */
  openPageList(): Result<null>;
  /** Card frame → background: a card's content (only the card page may ask: it holds the reader's notes). */
  loadCard(request: { view: CardView; page: CardPageRef; chosen?: string }): Result<CardContent>;
  /** Card frame → background, on the reader's click or key press in the save form. */
  saveSnippet(snippet: NewSnippet): Result<SnippetAnchor>;
  /** Content script → background: who and what this page names, and its unmatched sentences (recurrence). */
  recordPage(record: PageRecord): Result<null>;
  /** Content script → background: the token of the card frame it is about to create in this tab. */
  registerCardToken(token: string): Result<null>;
  /** Card frame → background: was this token registered by a content script of the frame's own tab? */
  checkCardToken(token: string): Result<boolean>;
  /** Card frame → background, on the reader's click: a quote on the page becomes a prior statement. */
  saveQuote(statement: StatementFields & { personId: string }): Result<null>;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
export type { ProtocolMap };

// ---- The card channel: content script ⇄ its card frame (an extension page in an iframe) ----
//
// Page scripts share the window with the content script, so plain window.postMessage could
// be spoofed, and Firefox gives an extension frame inside a web page no tabs API, so
// runtime/tabs messaging cannot reach it either. The content script therefore hands the
// frame a MessageChannel port, posted only to the extension's origin. The frame accepts a
// port only with the token the content script put in the iframe's name AND registered with
// the background for its tab, so a page that embeds card.html itself (choosing its name)
// cannot drive it. After the hand-over nothing crosses the page's window.

/** How a saved snippet fares on the page now: found as saved, found with changed text, or gone. */
export type SnippetPlace = 'exact' | 'changed' | 'missing';

/** What the page shows, as the content script found it: the frame's context for every card. */
export interface CardPage {
  url: string;
  canonicalUrl: string;
  /** Host name without "www.". */
  site: string;
  title: string;
  siteName?: string;
  publishedDate?: string;
  people: Record<string, number>;
  claims: Record<string, number>;
  /** Per claim id: the words on the page that made it match. */
  claimTerms: Record<string, string[]>;
  quotes: Quote[];
  snippets: Record<string, SnippetPlace>;
}

/** A passage the reader is about to save, as the content script read it from the selection. */
export interface SnippetDraft {
  text: string;
  anchor: TextAnchor;
  personId?: string;
  claimIds: string[];
}

/** What the card frame should show. Person ids are several for an ambiguous name. */
export type CardView =
  | { kind: 'person'; ids: string[]; surface: string }
  | { kind: 'claim'; id: string }
  | { kind: 'list' }
  | { kind: 'save'; draft: SnippetDraft };

/** Content script → card frame. */
export type CardCommand =
  | { type: 'page'; page: CardPage }
  | { type: 'show'; seq: number; view: CardView; focus: boolean };

/** Card frame → content script. */
export type FrameEvent =
  | { type: 'ready'; seq: number; height: number }
  | { type: 'resize'; height: number }
  | { type: 'close' }
  | { type: 'saved'; snippet: SnippetAnchor }
  /** The reader asked to save the sentence a claim card was opened on. */
  | { type: 'save-passage'; claimId: string };

/** Content script: hands its card frame a private channel once the frame has loaded. */
export function openCardChannel(frame: HTMLIFrameElement, token: string, onEvent: (event: FrameEvent) => void) {
  const channel = new MessageChannel();
  channel.port1.onmessage = (e: MessageEvent) => onEvent(e.data as FrameEvent);
  const origin = new URL(browser.runtime.getURL('/')).origin;
  frame.contentWindow?.postMessage({ backstoryChannel: token }, origin, [channel.port2]);
  return { send: (command: CardCommand) => channel.port1.postMessage(command), close: () => channel.port1.close() };
}

/**
 * Card frame: takes the channel its content script hands over; `verify` asks the background
 * whether the token was registered for this tab. Returns the function that answers the page.
 */
export function acceptCardChannel(
  token: string,
  verify: (token: string) => Promise<boolean>,
  onCommand: (command: CardCommand) => void,
): (event: FrameEvent) => void {
  let port: MessagePort | null = null;
  addEventListener('message', (e: MessageEvent) => {
    const offered = e.ports[0];
    if (e.source !== parent || (e.data as { backstoryChannel?: unknown } | null)?.backstoryChannel !== token || !offered) return;
    void verify(token).then((trusted) => {
      if (!trusted) return offered.close();
      port?.close();
      port = offered;
      port.onmessage = (m: MessageEvent) => onCommand(m.data as CardCommand);
    });
  });
  return (event) => port?.postMessage(event);
}
