/**
 * The only door between contexts (content script, background, popup, library).
 * One protocol map types every message end to end. Built on @webext-core/messaging,
 * which answers through `sendResponse`, so replies arrive even where Chromium's
 * native `browser` global would drop a Promise returned from a listener.
 * Handlers return a Result and never throw across contexts: an Error does not serialise.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Result } from './types';
import type { CompiledLibrary } from './matching/library';

/** What a content script found on its page, as reported to the background. */
export interface PageReport {
  url: string;
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
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
export type { ProtocolMap };
