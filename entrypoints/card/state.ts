/** The card frame's state: signals the App reads, set by the command handlers in App.tsx. */
import { signal } from '@preact/signals';
import type { CardPage } from '@/lib/messaging';
import type { SaveForm } from '@/components/cards/SaveForm';
import type { ComponentProps } from 'preact';
import type { CardContent } from '@/lib/db/cards';

export type SaveStatus = ComponentProps<typeof SaveForm>['status'];

export function createCardState() {
  return {
    /** What the content script found on the page; every card's context. */
    page: signal<CardPage | null>(null),
    screen: signal<CardContent | null>(null),
    /** The `show` command the screen answers, so the content script can match the "ready". */
    seq: signal(0),
    focus: signal(false),
    /** Set when a card was opened from the "On this page" list, for the way back. */
    fromList: signal(false),
    error: signal<string | null>(null),
    saveStatus: signal<SaveStatus>({ kind: 'editing' }),
    /** Quotes (by start offset) saved as statements while this page is open. */
    savedQuotes: signal<ReadonlySet<number>>(new Set()),
  };
}

export type CardState = ReturnType<typeof createCardState>;
