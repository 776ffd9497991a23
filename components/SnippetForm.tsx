import type { SnippetChanges } from '@/lib/db';
import type { Snippet } from '@/lib/types';
import { Field, tagsOf } from './Field';
import { FormActions } from './FormActions';
import { ClaimPicker } from './ClaimPicker';
import { useForm } from './use-form';
import { PersonSelect } from './PersonSelect';

interface Props {
  snippet: Snippet;
  people: readonly { id: string; name: string }[];
  claims: readonly { id: string; text: string }[];
  onSave(changes: SnippetChanges): Promise<string | null>;
}

/** The reader's note, tags, and who and what a saved snippet is filed under. */
export function SnippetForm({ snippet, people, claims, onSave }: Props) {
  const form = useForm(
    { note: snippet.note, tags: snippet.tags.join(', '), personId: snippet.personId ?? '', claimIds: snippet.claimIds },
    (d) => onSave({ note: d.note.trim(), tags: tagsOf(d.tags), personId: d.personId || undefined, claimIds: d.claimIds }),
  );
  const { draft, set } = form;
  return (
    <form class="record-form" onSubmit={form.submit} data-testid="snippet-form">
      <Field label="Your note" value={draft.note} onInput={set('note')} rows={3} testId="snippet-note-input" />
      <Field label="Tags" value={draft.tags} onInput={set('tags')} hint="Separated by commas" testId="snippet-tags" />
      <label class="field">
        <span class="label">Who said it</span>
        <PersonSelect people={people} value={draft.personId} onChange={set('personId')} testId="snippet-person" />
      </label>
      <ClaimPicker legend="Claims it makes" claims={claims} selected={draft.claimIds} onChange={set('claimIds')} />
      <FormActions saveLabel="Save changes" busy={form.busy} error={form.error} testId="snippet-form" />
    </form>
  );
}
