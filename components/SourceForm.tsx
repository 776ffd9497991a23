import type { SourceFields } from '@/lib/db';
import { Field, tagsOf } from './Field';
import { FormActions } from './FormActions';
import { useForm } from './use-form';

interface Props {
  initial?: Partial<SourceFields>;
  /** Asked for only when creating: the domain is the note's key. */
  askDomain?: boolean;
  saveLabel: string;
  onSave(fields: SourceFields): Promise<string | null>;
  onCancel?(): void;
}

/** A note on a site: who runs it, how far to trust it, with tags. */
export function SourceForm({ initial = {}, askDomain, saveLabel, onSave, onCancel }: Props) {
  const form = useForm(
    { domain: initial.domain ?? '', name: initial.name ?? '', note: initial.note ?? '', tags: (initial.tags ?? []).join(', ') },
    (d) =>
      onSave({
        domain: d.domain.trim().toLowerCase(),
        tags: tagsOf(d.tags),
        ...(d.name.trim() && { name: d.name.trim() }),
        ...(d.note.trim() && { note: d.note.trim() }),
      }),
    onCancel,
  );
  const { draft, set } = form;
  return (
    <form class="record-form" onSubmit={form.submit} data-testid="source-form">
      {askDomain && <Field label="Site" value={draft.domain} onInput={set('domain')} required placeholder="example.org" testId="source-domain" />}
      <Field label="Name" value={draft.name} onInput={set('name')} placeholder="e.g. Sputnik" />
      <Field label="Note" value={draft.note} onInput={set('note')} rows={4} testId="source-note" />
      <Field label="Tags" value={draft.tags} onInput={set('tags')} hint="Separated by commas, e.g. state-affiliated, russia" testId="source-tags" />
      <FormActions saveLabel={saveLabel} busy={form.busy} error={form.error} onCancel={onCancel} testId="source-form" />
    </form>
  );
}
