import { ConfirmButton } from './ConfirmButton';
import { plural } from '@/lib/format';

export interface DataActions {
  exportPack(): Promise<void>;
  exportBackup(): Promise<void>;
  exportSnippets(format: 'markdown' | 'csv'): Promise<void>;
  removeBuiltIn(): Promise<void>;
  restoreBuiltIn(): Promise<void>;
  clearAll(): Promise<void>;
}

interface Props {
  actions: DataActions;
  builtIn: { installed: boolean; removed: boolean } | null;
  counts: { people: number; claims: number; statements: number; snippets: number; sources: number } | null;
  /** The outcome of the last action, in words. */
  message: { ok: boolean; text: string } | null;
}

/** Backup, export, the built-in pack, and starting over. */
export function DataPanel({ actions, builtIn, counts, message }: Props) {
  return (
    <section aria-labelledby="data-heading" class="panel">
      <h2 id="data-heading">Your data</h2>
      {counts && (
        <p data-testid="library-counts">
          {plural(counts.people, 'person', 'people')}, {plural(counts.claims, 'claim')}, {plural(counts.statements, 'prior statement')},{' '}
          {plural(counts.sources, 'source note')} and {plural(counts.snippets, 'saved snippet')}, all stored in this browser only.
        </p>
      )}
      <div class="actions">
        <button type="button" data-testid="export-backup" aria-describedby="backup-help" onClick={() => void actions.exportBackup()}>
          Back up everything (.json)
        </button>
        <button type="button" data-testid="export-pack" onClick={() => void actions.exportPack()}>
          Export a pack to share, without your snippets (.json)
        </button>
        <button type="button" onClick={() => void actions.exportSnippets('markdown')}>
          Export snippets as Markdown
        </button>
        <button type="button" onClick={() => void actions.exportSnippets('csv')}>
          Export snippets as CSV
        </button>
      </div>
      <p class="muted" id="backup-help">
        A backup restores the whole library, saved snippets included, in this or another browser: import it under “Import a context pack” above.
      </p>
      <h3>Built-in pack</h3>
      {builtIn?.installed && (
        <ConfirmButton
          question="Remove the built-in people, claims and statements? Your own notes and anything you edited stay."
          confirmLabel="Remove"
          testId="remove-builtin"
          onConfirm={actions.removeBuiltIn}
        >
          Remove the built-in pack
        </ConfirmButton>
      )}
      {builtIn && !builtIn.installed && (
        <button type="button" data-testid="restore-builtin" onClick={() => void actions.restoreBuiltIn()}>
          Restore the built-in pack
        </button>
      )}
      <h3>Start over</h3>
      <ConfirmButton
        question="Delete everything Backstory stored, including your saved snippets? This cannot be undone."
        confirmLabel="Delete everything"
        danger
        testId="clear-all"
        onConfirm={actions.clearAll}
      >
        Clear all data…
      </ConfirmButton>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} class={message.ok ? 'success' : 'error'} data-testid="data-message">
          {message.text}
        </p>
      )}
    </section>
  );
}
